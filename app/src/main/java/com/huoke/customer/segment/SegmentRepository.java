package com.huoke.customer.segment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SegmentRepository extends JpaRepository<Segment, UUID> {

  List<Segment> findAllByOrderByNameAsc();

  boolean existsByName(String name);

  boolean existsByNameAndIdNot(String name, UUID id);
}
