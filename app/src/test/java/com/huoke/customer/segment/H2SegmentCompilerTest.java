package com.huoke.customer.segment;

/** {@link SegmentCompilerScenario} on the embedded H2 database. */
class H2SegmentCompilerTest extends SegmentCompilerScenario {}
