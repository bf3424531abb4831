package com.huoke.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Someone who signs in to the console: roles say what they may do, groups which tasks they see. */
@Entity
@Table(name = "users")
class UserAccount {

  @Id private UUID id;

  @Column(updatable = false)
  private String username;

  private String displayName;
  private String passwordHash;
  private boolean enabled;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_groups", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "group_name")
  private Set<String> groups = new HashSet<>();

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version private Long version;

  protected UserAccount() {}

  static UserAccount create(String username, String passwordHash, Instant now) {
    UserAccount user = new UserAccount();
    user.id = UUID.randomUUID();
    user.username = username;
    user.passwordHash = passwordHash;
    user.enabled = true;
    user.createdAt = now;
    user.updatedAt = now;
    return user;
  }

  void describe(String displayName, Set<Role> roles, Set<String> groups, boolean enabled) {
    this.displayName = displayName;
    this.roles.clear();
    this.roles.addAll(roles);
    this.groups.clear();
    this.groups.addAll(groups);
    this.enabled = enabled;
  }

  void changePassword(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  void touch(Instant now) {
    this.updatedAt = now;
  }

  UserView view() {
    return new UserView(
        id,
        username,
        displayName,
        roles.stream().sorted(Comparator.naturalOrder()).map(Role::name).toList(),
        groups.stream().sorted().toList(),
        enabled,
        createdAt,
        updatedAt);
  }

  UUID id() {
    return id;
  }

  String username() {
    return username;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean enabled() {
    return enabled;
  }

  Set<Role> roles() {
    return Set.copyOf(roles);
  }

  Set<String> groups() {
    return Set.copyOf(groups);
  }
}
