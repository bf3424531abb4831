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
      value =
          "select ct.tag_id, count(*) from customer_tags ct join customers c on c.id ="
              + " ct.customer_id where c.merged_into_id is null group by ct.tag_id",
      nativeQuery = true)
  List<Object[]> countLiveCustomersPerTag();
}
