/**
 * Sign-in and authorization (seed §5.2): users with roles and task groups, short-lived JWT access
 * tokens with rotating refresh tokens, the first admin, the throttle on failed sign-ins, and the
 * role matrix every {@code /api/v1} endpoint is checked against. The rest of the app reads the
 * caller only through Spring Security's {@code SecurityContextHolder}: {@code
 * Authentication.getName()} is the username, authorities {@code ROLE_<role>} and {@code
 * GROUP_<group>} are the roles and groups.
 */
package com.huoke.security;
