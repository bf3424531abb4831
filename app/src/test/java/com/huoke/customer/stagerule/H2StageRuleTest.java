package com.huoke.customer.stagerule;

/** {@link StageRuleScenario} on the embedded H2 database. */
class H2StageRuleTest extends StageRuleScenario {}
