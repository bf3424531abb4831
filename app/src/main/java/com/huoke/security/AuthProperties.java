package com.huoke.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code huoke.security.*}: how callers sign in and how long what they get lasts.
 *
 * @param jwtSecret base64 of at least 32 bytes: the HS256 key access tokens are signed with; every
 *     node of a cluster needs the same one
 * @param keyFile where a generated signing key is kept when {@code jwtSecret} is not set (embedded
 *     mode), beside the personal-data keys
 * @param accessTokenTtl how long an access token is accepted; also how long a disabled user or a
 *     changed role may still act through a token already issued
 * @param refreshTokenTtl how long a refresh token may be exchanged; each exchange starts it anew,
 *     so this is how long a console may lie unused before its user signs in again
 * @param initialAdmin the user created when there is none
 * @param signInLimit how many failed sign-ins are tolerated
 */
@Validated
@ConfigurationProperties("huoke.security")
record AuthProperties(
    String jwtSecret,
    @DefaultValue("./data/security-keys.properties") Path keyFile,
    @DefaultValue("PT15M") Duration accessTokenTtl,
    @DefaultValue("P14D") Duration refreshTokenTtl,
    @DefaultValue InitialAdmin initialAdmin,
    @DefaultValue SignInLimit signInLimit) {

  /**
   * @param username the first admin's user name
   * @param displayName the first admin's name as shown in the console
   * @param password the first admin's password; unset: a strong one is generated and logged once
   */
  record InitialAdmin(
      @DefaultValue("admin") @NotBlank String username,
      @DefaultValue("管理员") @NotBlank String displayName,
      String password) {}

  /**
   * @param maxFailures failed sign-ins per user name, and per client address, within {@code
   *     window}; the next attempt is answered 429 until the oldest of them is {@code window} old
   * @param window how long a failed sign-in counts
   */
  record SignInLimit(
      @DefaultValue("5") @Min(1) int maxFailures, @DefaultValue("PT15M") Duration window) {}
}
