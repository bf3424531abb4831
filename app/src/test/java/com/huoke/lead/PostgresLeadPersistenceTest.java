package com.huoke.lead;

import com.huoke.testsupport.PostgresTest;

/** {@link LeadPersistenceTest} on the local PostgreSQL server (jsonb columns). */
@PostgresTest
class PostgresLeadPersistenceTest extends LeadPersistenceTest {}
