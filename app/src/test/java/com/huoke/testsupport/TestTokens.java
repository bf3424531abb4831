package com.huoke.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Access tokens for test callers, signed with the tests' configured key ({@code
 * huoke.security.jwt-secret} in {@code config/application.yml}, read from there) in the format the
 * app issues: HS256, {@code iss=huoke}, {@code sub}, {@code roles}, {@code groups}.
 *
 * <p>Signed here rather than got by signing in: tests act as any user with any roles and groups
 * without creating users, without a password hash per request, and without tripping the sign-in
 * throttle; the sign-in endpoint itself is tested on its own ({@code com.huoke.security}).
 */
public final class TestTokens {

  public static final String SECRET_PROPERTY = "huoke.security.jwt-secret";
  private static final byte[] SECRET = readSecret();

  private TestTokens() {}

  /** {@code Bearer <token>}: an Authorization header value for {@code caller}, valid 15 minutes. */
  public static String bearer(Caller caller) {
    return "Bearer " + accessToken(caller);
  }

  public static String accessToken(Caller caller) {
    Instant now = Instant.now();
    return accessToken(caller, now, now.plus(Duration.ofMinutes(15)));
  }

  /** A token issued at {@code issuedAt} that expires at {@code expiresAt}, e.g. long expired. */
  public static String accessToken(Caller caller, Instant issuedAt, Instant expiresAt) {
    return sign(caller, "huoke", issuedAt, expiresAt, SECRET);
  }

  /** A token like the app's but signed with another key, which the app must refuse. */
  public static String forgedAccessToken(Caller caller) {
    byte[] other = new byte[32];
    new java.security.SecureRandom().nextBytes(other);
    Instant now = Instant.now();
    return sign(caller, "huoke", now, now.plus(Duration.ofMinutes(15)), other);
  }

  private static String sign(
      Caller caller, String issuer, Instant issuedAt, Instant expiresAt, byte[] key) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .jwtID(UUID.randomUUID().toString())
            .issuer(issuer)
            .subject(caller.username())
            .issueTime(Date.from(issuedAt))
            .expirationTime(Date.from(expiresAt))
            .claim("roles", caller.roles())
            .claim("groups", caller.groups())
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    try {
      jwt.sign(new MACSigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a test token: " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  private static byte[] readSecret() {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("config/application.yml"));
    Properties properties = yaml.getObject();
    String secret = properties == null ? null : properties.getProperty(SECRET_PROPERTY);
    if (secret == null) {
      throw new IllegalStateException(
          "Expected " + SECRET_PROPERTY + " in the tests' config/application.yml, but it is unset");
    }
    return Base64.getDecoder().decode(secret);
  }
}
