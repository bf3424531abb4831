package com.huoke.process;

import com.huoke.testsupport.PostgresTest;

/** {@link ProcessApiScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresProcessApiTest extends ProcessApiScenario {}
