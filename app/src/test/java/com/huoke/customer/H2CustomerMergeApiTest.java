package com.huoke.customer;

/** {@link CustomerMergeApiScenario} on the embedded H2 database. */
class H2CustomerMergeApiTest extends CustomerMergeApiScenario {}
