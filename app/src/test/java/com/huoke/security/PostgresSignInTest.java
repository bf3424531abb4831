package com.huoke.security;

import com.huoke.testsupport.PostgresTest;

/** {@link SignInScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresSignInTest extends SignInScenario {}
