package com.huoke.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Split the leads {@code leadIds} off the customer in the path into a new one, for {@code reason}.
 */
public record SplitRequest(
    @NotEmpty @Size(max = 100) List<@NotNull UUID> leadIds,
    @NotBlank @Size(max = 1000) String reason) {}
