package com.huoke.customer.segment;

import com.huoke.testsupport.PostgresTest;
import org.springframework.test.context.TestPropertySource;

/**
 * {@link SegmentApiScenario} on PostgreSQL with every "any" counted as the union of its branches,
 * which the default share leaves to rules whose branches are selective on a large database.
 */
@PostgresTest
@TestPropertySource(properties = "huoke.customers.segments.union-share=1000000")
class PostgresUnionCountSegmentApiTest extends SegmentApiScenario {}
