package com.huoke.customer;

/** {@link CustomerRecordsApiScenario} on the embedded H2 database. */
class H2CustomerRecordsApiTest extends CustomerRecordsApiScenario {}
