package com.huoke.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class PersonalDataAccessTest {

  final PersonalDataAccess access = new PersonalDataAccess(Set.of("ADMIN", "AGENT"));

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void showsPersonalDataToAConfiguredRole() {
    signIn("ROLE_AGENT");

    assertThat(access.currentCallerMaySee()).isTrue();
    assertThat(access.reveal("+8613800138000", Masking::phone)).isEqualTo("+8613800138000");
  }

  @Test
  void masksItForOtherRoles() {
    signIn("ROLE_MARKETER");

    assertThat(access.currentCallerMaySee()).isFalse();
    assertThat(access.reveal("+8613800138000", Masking::phone)).isEqualTo("138****8000");
  }

  @Test
  void masksItForAnonymousCallersAndBackgroundJobs() {
    assertThat(access.currentCallerMaySee()).isFalse();
  }

  private static void signIn(String authority) {
    TestingAuthenticationToken caller = new TestingAuthenticationToken("xiao.wang", "", authority);
    caller.setAuthenticated(true);
    SecurityContextHolder.getContext().setAuthentication(caller);
  }
}
