package com.huoke.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

  Optional<UserAccount> findByUsername(String username);

  boolean existsByUsername(String username);

  List<UserAccount> findAllByOrderByUsernameAsc();

  /** Enabled users holding ADMIN, for the rule that one must always remain. */
  @Query(
      "select count(u) from UserAccount u join u.roles r"
          + " where u.enabled = true and r = com.huoke.security.Role.ADMIN")
  long countEnabledAdmins();
}
