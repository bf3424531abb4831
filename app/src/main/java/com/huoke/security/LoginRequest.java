package com.huoke.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code {"username": "admin", "password": "…"}}. */
record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank String password) {}
