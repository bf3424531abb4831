package com.huoke.customer;

/** {@link PersonalDataAtRestScenario} on the embedded H2 database. */
class H2PersonalDataAtRestTest extends PersonalDataAtRestScenario {}
