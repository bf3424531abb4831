package com.huoke.security;

/** {@link SignInScenario} on the embedded H2 database. */
class H2SignInTest extends SignInScenario {}
