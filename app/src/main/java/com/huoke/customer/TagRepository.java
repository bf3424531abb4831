package com.huoke.customer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TagRepository extends JpaRepository<Tag, UUID> {

  Optional<Tag> findByCategoryAndName(TagCategory category, String name);

  List<Tag> findByCategoryOrderByName(TagCategory category);

  List<Tag> findAllByOrderByCategoryAscNameAsc();

  /** Live customers per tag id: rows of [tag id, count]. */
  @Query(
      "select key(t), count(c) from Customer c join c.tags t where c.mergedIntoId is null"
          + " group by key(t)")
  List<Object[]> countLiveCustomersPerTag();
}
