package com.huoke.security;

import com.huoke.security.AccessTokens.IssuedAccessToken;
import java.time.Duration;

/** What a sign-in or refresh hands out: an access token, the next refresh token, and who it is. */
record Session(
    IssuedAccessToken accessToken, String refreshToken, Duration refreshTtl, UserView user) {}
