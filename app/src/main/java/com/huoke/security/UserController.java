package com.huoke.security;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/users}: the console's users (admins only, see {@link ApiAccessRules}). */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

  private final UserAccounts users;

  UserController(UserAccounts users) {
    this.users = users;
  }

  /** Every user by user name; a team's users fit one answer. */
  @GetMapping
  List<UserView> list() {
    return users.list();
  }

  @PostMapping
  ResponseEntity<UserView> create(@Valid @RequestBody UserInput input, UriComponentsBuilder uri) {
    UserView created = users.create(input);
    return ResponseEntity.created(
            uri.path("/api/v1/users/{id}").buildAndExpand(created.id()).toUri())
        .body(created);
  }

  @GetMapping("/{id}")
  UserView find(@PathVariable UUID id) {
    return users.find(id);
  }

  @PutMapping("/{id}")
  UserView update(@PathVariable UUID id, @Valid @RequestBody UserInput input) {
    return users.update(id, input);
  }
}
