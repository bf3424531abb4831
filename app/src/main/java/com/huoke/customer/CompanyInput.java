package com.huoke.customer;

import com.huoke.workers.lead.CompanySize;
import jakarta.validation.constraints.Size;

/**
 * A company as given through the API; {@code region} is free text read into province and city
 * ({@code 广东深圳}, {@code 深圳市}). In an update a null part stays, an empty string clears it.
 */
public record CompanyInput(
    @Size(max = 200) String name,
    @Size(max = 100) String industry,
    CompanySize size,
    @Size(max = 100) String region) {}
