package com.huoke.security;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A user to create or replace: {@code {"username": "xiao.wang", "displayName": "小王", "password":
 * "…", "roles": ["AGENT"], "groups": ["sales"], "enabled": true}}. The password is required for a
 * new user and changes it when given for an existing one; the user name cannot change.
 */
record UserInput(
    @NotNull
        @Pattern(
            regexp = "\\s*" + Usernames.PATTERN + "\\s*",
            message = "must be 2 to 64 letters, digits or . _ - @")
        String username,
    @Size(max = 100) String displayName,
    @Size(min = 8, max = 72, message = "must be 8 to 72 characters") String password,
    @NotEmpty List<@NotNull Role> roles,
    List<
            @NotNull
            @Pattern(
                regexp = "[\\p{L}\\p{N}._-]{1,64}",
                message = "must be 1 to 64 letters, digits or . _ -")
            String>
        groups,
    Boolean enabled) {

  UserInput {
    groups = groups == null ? List.of() : groups;
  }
}
