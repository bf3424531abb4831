package com.huoke.customer.stagerule;

import com.huoke.testsupport.PostgresTest;

/** {@link StageRuleScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresStageRuleTest extends StageRuleScenario {}
