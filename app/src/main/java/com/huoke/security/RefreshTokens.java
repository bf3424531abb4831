package com.huoke.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, rotates and revokes refresh tokens (OAuth 2.0 Security BCP §4.14: rotation with re-use
 * detection). A token is 256 random bits, so its unsalted SHA-256 is as good as a password hash for
 * it, and lets it be found by an index.
 */
@Component
class RefreshTokens {

  private static final int TOKEN_BYTES = 32;

  private final RefreshTokenRepository tokens;
  private final Duration ttl;
  private final SecureRandom random = new SecureRandom();

  RefreshTokens(RefreshTokenRepository tokens, AuthProperties properties) {
    this.tokens = tokens;
    this.ttl = properties.refreshTokenTtl();
  }

  /** The first token of a new family (a sign-in); the user's long expired tokens are tidied up. */
  @Transactional(propagation = Propagation.MANDATORY)
  String startFamily(UUID userId, Instant now) {
    tokens.deleteExpired(userId, now);
    return issue(UUID.randomUUID(), userId, now);
  }

  /**
   * Exchanges {@code token} for the next one of its family and answers whose it is.
   *
   * @throws InvalidRefreshTokenException when it is unknown, expired or revoked, or was already
   *     exchanged — then its whole family is revoked, in a transaction of the caller's that must
   *     commit nonetheless (so the refusal must not mark it rollback-only)
   */
  @Transactional(
      propagation = Propagation.MANDATORY,
      noRollbackFor = InvalidRefreshTokenException.class)
  Rotation rotate(String token, Instant now) {
    RefreshToken presented =
        tokens
            .findByTokenHash(hash(token))
            .orElseThrow(() -> new InvalidRefreshTokenException("it is unknown"));
    if (presented.revoked()) {
      throw new InvalidRefreshTokenException("it was revoked");
    }
    if (!presented.used() && !presented.expiresAt().isAfter(now)) {
      throw new InvalidRefreshTokenException("it expired");
    }
    if (presented.used() || tokens.markUsed(presented.id(), now) == 0) {
      tokens.revokeFamily(presented.familyId(), now);
      throw new InvalidRefreshTokenException(
          "it was already used, so it may have been stolen: every token of its sign-in is revoked");
    }
    return new Rotation(
        presented.userId(),
        presented.familyId(),
        issue(presented.familyId(), presented.userId(), now));
  }

  /** Revokes the family of {@code token}, if it is one of ours; answers whether it was. */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean revokeFamilyOf(String token, Instant now) {
    return tokens
        .findByTokenHash(hash(token))
        .map(
            found -> {
              tokens.revokeFamily(found.familyId(), now);
              return true;
            })
        .orElse(false);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void revokeFamily(UUID familyId, Instant now) {
    tokens.revokeFamily(familyId, now);
  }

  /** Signs the user out everywhere (disabled, new password). */
  @Transactional(propagation = Propagation.MANDATORY)
  void revokeAllOf(UUID userId, Instant now) {
    tokens.revokeAllOf(userId, now);
  }

  Duration ttl() {
    return ttl;
  }

  private String issue(UUID familyId, UUID userId, Instant now) {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.save(new RefreshToken(familyId, userId, hash(token), now, now.plus(ttl)));
    return token;
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Whose the exchanged token was, its family, and the family's next token. */
  record Rotation(UUID userId, UUID familyId, String nextToken) {}
}
