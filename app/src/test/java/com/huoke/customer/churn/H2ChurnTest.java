package com.huoke.customer.churn;

/** {@link ChurnScenario} on the embedded H2 database (its own, as its context is its own). */
class H2ChurnTest extends ChurnScenario {}
