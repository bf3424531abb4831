package com.huoke.customer;

import com.huoke.testsupport.PostgresTest;

/** {@link CustomerDirectoryScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresCustomerDirectoryTest extends CustomerDirectoryScenario {}
