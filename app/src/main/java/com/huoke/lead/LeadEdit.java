package com.huoke.lead;

import com.huoke.workers.lead.CompanySize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * {@code PUT /api/v1/leads/{id}}: the fields sales may edit, all replaced ({@code null} clears
 * one). Contact details (phone, WeChat id, e-mail) are what the lead gave and are not edited here.
 *
 * @param version the version the edit is based on, unless sent as {@code If-Match}; a stale one is
 *     refused so no one overwrites a change they have not seen
 */
public record LeadEdit(
    @Size(max = 100) String contactName,
    @Size(max = 200) String company,
    @Size(max = 100) String industry,
    @Size(max = 100) String region,
    @Size(max = 100) String jobTitle,
    CompanySize companySize,
    @Size(max = 200) String sourceChannel,
    @Size(max = 200) String sourceCampaign,
    @Size(max = 2000) String notes,
    @Min(0) Long version) {}
