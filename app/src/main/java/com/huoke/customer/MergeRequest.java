package com.huoke.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Merge customer {@code customerId} into the one in the path, for {@code reason}. */
public record MergeRequest(@NotNull UUID customerId, @NotBlank @Size(max = 1000) String reason) {}
