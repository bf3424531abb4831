package com.huoke.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token of a sign-in, stored by the SHA-256 of its value only: the table cannot be used
 * to sign in. Every exchange marks the token used and issues the next one of the same family (one
 * family per sign-in); a used token presented again means it was stolen, and the whole family is
 * revoked.
 */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

  @Id private UUID id;
  private String tokenHash;
  private UUID familyId;
  private UUID userId;
  private Instant issuedAt;
  private Instant expiresAt;
  private Instant usedAt;
  private Instant revokedAt;

  protected RefreshToken() {}

  RefreshToken(UUID familyId, UUID userId, String tokenHash, Instant issuedAt, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.familyId = familyId;
    this.userId = userId;
    this.tokenHash = tokenHash;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  UUID id() {
    return id;
  }

  UUID familyId() {
    return familyId;
  }

  UUID userId() {
    return userId;
  }

  Instant expiresAt() {
    return expiresAt;
  }

  boolean used() {
    return usedAt != null;
  }

  boolean revoked() {
    return revokedAt != null;
  }
}
