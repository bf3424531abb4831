package com.huoke.customer.segment;

import com.huoke.testsupport.PostgresTest;

/** {@link SegmentApiScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresSegmentApiTest extends SegmentApiScenario {}
