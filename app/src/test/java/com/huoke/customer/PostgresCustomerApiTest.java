package com.huoke.customer;

import com.huoke.testsupport.PostgresTest;

/** {@link CustomerApiScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresCustomerApiTest extends CustomerApiScenario {}
