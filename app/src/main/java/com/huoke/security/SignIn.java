package com.huoke.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in, refresh and sign-out. Passwords are checked outside any transaction (a hash takes about
 * a tenth of a second, a pooled connection should not wait for it); tokens are written in one.
 */
@Service
class SignIn {

  /** BCrypt reads at most 72 bytes; longer passwords cannot be anyone's. */
  static final int MAX_PASSWORD_BYTES = 72;

  private final UserAccountRepository users;
  private final PasswordEncoder passwords;
  private final AccessTokens accessTokens;
  private final RefreshTokens refreshTokens;
  private final SignInThrottle throttle;
  private final TransactionTemplate transaction;
  private final String unknownUsersHash;

  SignIn(
      UserAccountRepository users,
      PasswordEncoder passwords,
      AccessTokens accessTokens,
      RefreshTokens refreshTokens,
      SignInThrottle throttle,
      PlatformTransactionManager transactions) {
    this.users = users;
    this.passwords = passwords;
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
    this.throttle = throttle;
    this.transaction = new TransactionTemplate(transactions);
    // checked against for unknown user names, so they take as long to refuse as wrong passwords
    this.unknownUsersHash = passwords.encode(UUID.randomUUID().toString());
  }

  /**
   * @throws TooManySignInAttemptsException when the user name or the address failed too often
   * @throws BadCredentialsProblem when the user is unknown, disabled or the password wrong
   */
  Session login(String username, String password, String clientAddress) {
    String name = Usernames.normalise(username);
    SignInThrottle.Attempt attempt = throttle.begin(name, clientAddress);
    Optional<UserAccount> found = users.findByUsername(name);
    boolean matches =
        matches(password, found.map(UserAccount::passwordHash).orElse(unknownUsersHash));
    if (found.isEmpty() || !matches || !found.get().enabled()) {
      throw new BadCredentialsProblem();
    }
    attempt.succeeded();
    UserAccount user = found.get();
    String upgraded =
        passwords.upgradeEncoding(user.passwordHash()) ? passwords.encode(password) : null;
    return transaction.execute(
        status -> {
          Instant now = now();
          if (upgraded != null) {
            users.findById(user.id()).ifPresent(stored -> stored.changePassword(upgraded));
          }
          String refreshToken = refreshTokens.startFamily(user.id(), now);
          return session(user.view(), refreshToken);
        });
  }

  /**
   * Exchanges a refresh token for a new access token and the next refresh token, with the user's
   * roles and groups as they are now.
   *
   * @throws InvalidRefreshTokenException when it cannot be exchanged; a re-used token's family is
   *     revoked (and stays revoked: the outcome commits before this is thrown)
   */
  Session refresh(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw new InvalidRefreshTokenException("none was sent (body refreshToken or cookie)");
    }
    Object outcome =
        transaction.execute(
            status -> {
              Instant now = now();
              try {
                RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken, now);
                Optional<UserAccount> user =
                    users.findById(rotation.userId()).filter(UserAccount::enabled);
                if (user.isEmpty()) {
                  refreshTokens.revokeFamily(rotation.familyId(), now);
                  return new InvalidRefreshTokenException("its user is disabled");
                }
                return session(user.get().view(), rotation.nextToken());
              } catch (InvalidRefreshTokenException refused) {
                return refused;
              }
            });
    if (outcome instanceof InvalidRefreshTokenException refused) {
      throw refused;
    }
    return (Session) outcome;
  }

  /**
   * Revokes the sign-in {@code refreshToken} belongs to; unknown or missing tokens are no error.
   */
  void logout(String refreshToken) {
    if (refreshToken == null || refreshToken.isBlank()) {
      return;
    }
    transaction.executeWithoutResult(status -> refreshTokens.revokeFamilyOf(refreshToken, now()));
  }

  private Session session(UserView user, String refreshToken) {
    return new Session(accessTokens.issue(user), refreshToken, refreshTokens.ttl(), user);
  }

  private boolean matches(String password, String hash) {
    if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      passwords.matches("", hash);
      return false;
    }
    return passwords.matches(password, hash);
  }

  /** What the database keeps: microseconds, so what is answered equals what is read back later. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
