package com.huoke.customer;

import com.huoke.testsupport.PostgresTest;

/** {@link CustomerMergeApiScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresCustomerMergeApiTest extends CustomerMergeApiScenario {}
