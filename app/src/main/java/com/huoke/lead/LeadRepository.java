package com.huoke.lead;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The lead aggregate's store. */
interface LeadRepository extends JpaRepository<Lead, UUID> {}
