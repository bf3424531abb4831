package com.huoke.lead;

import com.huoke.testsupport.PostgresTest;

/** {@link LeadIntakeApiScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresLeadIntakeApiTest extends LeadIntakeApiScenario {}
