package com.huoke.lead;

/** {@link LeadIntakeApiScenario} on the embedded H2 database. */
class H2LeadIntakeApiTest extends LeadIntakeApiScenario {}
