package com.huoke.security;

/** {@link RoleMatrixScenario} on the embedded H2 database. */
class H2RoleMatrixTest extends RoleMatrixScenario {}
