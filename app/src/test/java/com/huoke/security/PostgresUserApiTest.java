package com.huoke.security;

import com.huoke.testsupport.PostgresTest;

/** {@link UserApiScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresUserApiTest extends UserApiScenario {}
