package com.huoke.security;

/** {@code {"refreshToken": "…"}}; clients that keep the cookie send no body at all. */
record RefreshRequest(String refreshToken) {}
