package com.huoke.security;

import com.huoke.web.ResourceNotFoundException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and what they may do. A new password or disabling a user ends their sign-ins (refresh
 * tokens); access tokens already issued run out within minutes. One enabled admin always remains.
 */
@Service
class UserAccounts {

  private final UserAccountRepository users;
  private final RefreshTokens refreshTokens;
  private final PasswordEncoder passwords;

  UserAccounts(
      UserAccountRepository users, RefreshTokens refreshTokens, PasswordEncoder passwords) {
    this.users = users;
    this.refreshTokens = refreshTokens;
    this.passwords = passwords;
  }

  @Transactional(readOnly = true)
  public List<UserView> list() {
    return users.findAllByOrderByUsernameAsc().stream().map(UserAccount::view).toList();
  }

  @Transactional(readOnly = true)
  public UserView find(UUID id) {
    return load(id).view();
  }

  @Transactional(readOnly = true)
  public UserView findByUsername(String username) {
    return users
        .findByUsername(Usernames.normalise(username))
        .map(UserAccount::view)
        .orElseThrow(() -> new ResourceNotFoundException("user", username));
  }

  @Transactional(readOnly = true)
  public boolean none() {
    return users.count() == 0;
  }

  /** Creates a user; the user name must be new and the password given. */
  @Transactional
  public UserView create(UserInput input) {
    String username = Usernames.normalise(input.username());
    if (input.password() == null) {
      throw new InvalidUserRequestException("password", "must be given for a new user");
    }
    if (users.existsByUsername(username)) {
      throw UserConflictException.usernameTaken(username);
    }
    Instant now = now();
    UserAccount user = UserAccount.create(username, encode(input.password()), now);
    user.describe(
        displayName(input, username),
        roles(input),
        groups(input),
        input.enabled() == null || input.enabled());
    try {
      return users.saveAndFlush(user).view();
    } catch (DataIntegrityViolationException concurrentlyCreated) {
      throw UserConflictException.usernameTaken(username);
    }
  }

  /**
   * Replaces the user's name, roles, groups and whether they are enabled ({@code enabled} left out:
   * unchanged); a password changes it.
   */
  @Transactional
  public UserView update(UUID id, UserInput input) {
    UserAccount user = load(id);
    String username = Usernames.normalise(input.username());
    if (!username.equals(user.username())) {
      throw new InvalidUserRequestException(
          "username",
          "cannot change (tasks and records name the user by it), but '%s' was sent for '%s'"
              .formatted(username, user.username()));
    }
    boolean enabled = input.enabled() == null ? user.enabled() : input.enabled();
    Set<Role> roles = roles(input);
    boolean staysAdmin = enabled && roles.contains(Role.ADMIN);
    if (user.enabled()
        && user.roles().contains(Role.ADMIN)
        && !staysAdmin
        && users.countEnabledAdmins() <= 1) {
      throw UserConflictException.lastAdmin();
    }
    Instant now = now();
    boolean signOut = (user.enabled() && !enabled) || input.password() != null;
    if (input.password() != null) {
      user.changePassword(encode(input.password()));
    }
    user.describe(displayName(input, username), roles, groups(input), enabled);
    user.touch(now);
    if (signOut) {
      refreshTokens.revokeAllOf(user.id(), now);
    }
    return users.saveAndFlush(user).view();
  }

  private String encode(String password) {
    if (password.getBytes(StandardCharsets.UTF_8).length > SignIn.MAX_PASSWORD_BYTES) {
      throw new InvalidUserRequestException(
          "password", "must be at most 72 bytes in UTF-8 (24 Chinese characters)");
    }
    return passwords.encode(password);
  }

  private UserAccount load(UUID id) {
    return users
        .findById(id)
        .orElseThrow(() -> new ResourceNotFoundException("user", id.toString()));
  }

  private static String displayName(UserInput input, String username) {
    return input.displayName() == null || input.displayName().isBlank()
        ? username
        : input.displayName().strip();
  }

  private static Set<Role> roles(UserInput input) {
    return EnumSet.copyOf(input.roles());
  }

  private static Set<String> groups(UserInput input) {
    return new TreeSet<>(input.groups());
  }

  /** What the database keeps: microseconds, so what is answered equals what is read back later. */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
