package com.huoke.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CustomFieldDefinitionRepository extends JpaRepository<CustomFieldDefinition, String> {

  List<CustomFieldDefinition> findAllByOrderByCreatedAtAscKeyAsc();
}
