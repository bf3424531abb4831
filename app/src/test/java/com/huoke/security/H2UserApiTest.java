package com.huoke.security;

/** {@link UserApiScenario} on the embedded H2 database. */
class H2UserApiTest extends UserApiScenario {}
