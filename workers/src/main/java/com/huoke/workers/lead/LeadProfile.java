package com.huoke.workers.lead;

import java.util.List;

/** What scoring reads about a lead; any attribute may be {@code null} when the source lacks it. */
public record LeadProfile(
    String industry, String jobTitle, CompanySize companySize, List<LeadActivity> activities) {
  public LeadProfile {
    activities = activities == null ? List.of() : List.copyOf(activities);
  }
}
