package com.huoke.security;

import com.huoke.testsupport.PostgresTest;

/** {@link RoleMatrixScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresRoleMatrixTest extends RoleMatrixScenario {}
