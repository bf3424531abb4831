package com.huoke.security;

import com.huoke.privacy.LogMasking;
import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first admin, created at start-up when there are no users at all: with {@code
 * huoke.security.initial-admin.password} when configured, otherwise with a strong generated
 * password that is logged this once — it is stored only as a hash, so no later start can show it
 * again.
 */
@Component
class InitialAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

  /** No 0/O, 1/l/I: read off a console and typed in. 20 of 55 characters: over 115 bits. */
  private static final String ALPHABET =
      "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static final int LENGTH = 20;

  private final UserAccounts users;
  private final AuthProperties.InitialAdmin admin;
  private final SecureRandom random = new SecureRandom();

  InitialAdmin(UserAccounts users, AuthProperties properties) {
    this.users = users;
    this.admin = properties.initialAdmin();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!users.none()) {
      return;
    }
    boolean generated = admin.password() == null || admin.password().isEmpty();
    String password = generated ? generatePassword() : admin.password();
    try {
      users.create(
          new UserInput(
              admin.username(),
              admin.displayName(),
              password,
              List.of(Role.ADMIN),
              List.of(),
              true));
    } catch (UserConflictException anotherNodeWasFaster) {
      return;
    }
    if (generated) {
      log.warn(
          """

          ==========================================================================
            HuoKe: created the first admin. Sign in to the console with

              user name: {}
              password:  {}

            This password is shown this once and never again. Change it after
            signing in, or set huoke.security.initial-admin.password
            (HUOKE_ADMIN_PASSWORD) before the first start of a new installation.
          ==========================================================================""",
          admin.username(),
          password);
    } else {
      log.info(
          "Created the first admin '{}' with the configured password"
              + " (huoke.security.initial-admin.password)",
          admin.username());
    }
  }

  private String generatePassword() {
    String password;
    do {
      StringBuilder chars = new StringBuilder(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        chars.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      password = chars.toString();
      // the log masks what looks like a phone number; the password must come out as it is
    } while (!password.equals(LogMasking.mask(password)));
    return password;
  }
}
