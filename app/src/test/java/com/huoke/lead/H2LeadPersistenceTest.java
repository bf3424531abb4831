package com.huoke.lead;

/** {@link LeadPersistenceTest} on the embedded H2 database. */
class H2LeadPersistenceTest extends LeadPersistenceTest {}
