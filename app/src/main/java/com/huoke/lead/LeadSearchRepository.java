package com.huoke.lead;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** The lead store's filtered queries, for the lead list. */
interface LeadSearchRepository extends Repository<Lead, UUID>, JpaSpecificationExecutor<Lead> {}
