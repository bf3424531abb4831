package com.huoke.workers.lead;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the business sells to ({@code huoke.scoring.*}): the attribute score rewards leads in a
 * target industry (+20), with a decision-maker job title (+15) and of a target company size (+10).
 *
 * @param targetIndustries industries matched case-insensitively against the lead's industry
 * @param decisionMakerRoles words that mark a decision maker when the job title contains one
 * @param targetCompanySizes headcount bands the business sells to
 */
@ConfigurationProperties("huoke.scoring")
public record LeadScoringProperties(
    List<String> targetIndustries,
    List<String> decisionMakerRoles,
    List<CompanySize> targetCompanySizes) {
  public LeadScoringProperties {
    targetIndustries = targetIndustries == null ? List.of() : List.copyOf(targetIndustries);
    decisionMakerRoles = decisionMakerRoles == null ? List.of() : List.copyOf(decisionMakerRoles);
    targetCompanySizes = targetCompanySizes == null ? List.of() : List.copyOf(targetCompanySizes);
  }
}
