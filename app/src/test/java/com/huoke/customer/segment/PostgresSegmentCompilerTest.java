package com.huoke.customer.segment;

import com.huoke.testsupport.PostgresTest;

/** {@link SegmentCompilerScenario} on the local PostgreSQL server. */
@PostgresTest
class PostgresSegmentCompilerTest extends SegmentCompilerScenario {}
