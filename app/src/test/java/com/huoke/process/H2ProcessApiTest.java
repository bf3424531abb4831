package com.huoke.process;

/** {@link ProcessApiScenario} on the embedded H2 database. */
class H2ProcessApiTest extends ProcessApiScenario {}
