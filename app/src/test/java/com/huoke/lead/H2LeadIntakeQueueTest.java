package com.huoke.lead;

/** {@link LeadIntakeQueueScenario} on the embedded H2 database. */
class H2LeadIntakeQueueTest extends LeadIntakeQueueScenario {}
