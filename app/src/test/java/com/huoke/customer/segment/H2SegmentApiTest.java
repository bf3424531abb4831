package com.huoke.customer.segment;

/** {@link SegmentApiScenario} on the embedded H2 database. */
class H2SegmentApiTest extends SegmentApiScenario {}
