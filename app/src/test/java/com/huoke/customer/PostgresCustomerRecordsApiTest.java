package com.huoke.customer;

import com.huoke.testsupport.PostgresTest;

/** {@link CustomerRecordsApiScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresCustomerRecordsApiTest extends CustomerRecordsApiScenario {}
