package com.huoke.customer;

/** {@link CustomerDirectoryScenario} on the embedded H2 database. */
class H2CustomerDirectoryTest extends CustomerDirectoryScenario {}
