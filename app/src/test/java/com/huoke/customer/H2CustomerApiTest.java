package com.huoke.customer;

/** {@link CustomerApiScenario} on the embedded H2 database. */
class H2CustomerApiTest extends CustomerApiScenario {}
