package com.huoke.security;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RefreshTokenRepository extends JpaRepository<RefreshToken, UUID> {

  Optional<RefreshToken> findByTokenHash(String tokenHash);

  /**
   * Marks the token used unless it already is (or is revoked): 1 when this caller won it, 0 when
   * another exchange got there first — which is a re-use.
   */
  @Modifying
  @Query(
      "update RefreshToken t set t.usedAt = :now"
          + " where t.id = :id and t.usedAt is null and t.revokedAt is null")
  int markUsed(@Param("id") UUID id, @Param("now") Instant now);

  @Modifying
  @Query(
      "update RefreshToken t set t.revokedAt = :now"
          + " where t.familyId = :familyId and t.revokedAt is null")
  int revokeFamily(@Param("familyId") UUID familyId, @Param("now") Instant now);

  @Modifying
  @Query(
      "update RefreshToken t set t.revokedAt = :now"
          + " where t.userId = :userId and t.revokedAt is null")
  int revokeAllOf(@Param("userId") UUID userId, @Param("now") Instant now);

  /** The user's tokens nobody can exchange any more, tidied up at each sign-in. */
  @Modifying
  @Query("delete from RefreshToken t where t.userId = :userId and t.expiresAt < :now")
  int deleteExpired(@Param("userId") UUID userId, @Param("now") Instant now);
}
