package com.huoke.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Signs access tokens: {@code sub} = username, {@code roles}, {@code groups}; {@link
 * CallerAuthentication} turns them back into the caller. Nothing is stored: a token is valid until
 * it expires, which is why they are short-lived.
 */
@Component
class AccessTokens {

  static final String ISSUER = "huoke";
  static final String ROLES = "roles";
  static final String GROUPS = "groups";

  private final JwtEncoder encoder;
  private final Duration ttl;
  private final Clock clock;

  @Autowired
  AccessTokens(JwtEncoder encoder, AuthProperties properties) {
    this(encoder, properties.accessTokenTtl(), Clock.systemUTC());
  }

  AccessTokens(JwtEncoder encoder, Duration ttl, Clock clock) {
    this.encoder = encoder;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** A token for {@code user} as it is now. */
  IssuedAccessToken issue(UserView user) {
    Instant now = clock.instant();
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .id(UUID.randomUUID().toString())
            .issuer(ISSUER)
            .subject(user.username())
            .issuedAt(now)
            .expiresAt(now.plus(ttl))
            .claim(ROLES, user.roles())
            .claim(GROUPS, user.groups())
            .build();
    String token =
        encoder
            .encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
            .getTokenValue();
    return new IssuedAccessToken(token, ttl.toSeconds());
  }

  /** The signed token and how many seconds it lasts. */
  record IssuedAccessToken(String value, long expiresIn) {}
}
