package com.huoke.lead;

/** {@link LeadListAndStatsScenario} on the embedded H2 database. */
class H2LeadListAndStatsTest extends LeadListAndStatsScenario {}
