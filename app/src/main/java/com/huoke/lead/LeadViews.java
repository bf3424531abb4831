package com.huoke.lead;

import com.huoke.contact.ContactIdentity;
import com.huoke.privacy.Masking;
import java.util.Arrays;
import java.util.List;

/**
 * Maps the lead entity to the API's views; for callers who may not see personal data, phone, WeChat
 * id, e-mail, platform ids and the name are masked (DESIGN §4).
 */
final class LeadViews {

  private LeadViews() {}

  static LeadView of(Lead lead, LeadView.Process process, boolean personalDataVisible) {
    LeadView.Score score =
        lead.score() == null
            ? null
            : new LeadView.Score(
                lead.score(),
                Boolean.TRUE.equals(lead.hot()),
                lead.scoreBreakdown(),
                lead.scoredAt());
    LeadView.Qualification qualification =
        lead.qualificationOutcome() == null
            ? null
            : new LeadView.Qualification(
                lead.qualificationOutcome(),
                lead.qualificationNotes(),
                lead.nextStep(),
                lead.qualifiedAt());
    List<LeadView.Escalation> escalations =
        lead.escalations().stream()
            .map(
                e ->
                    new LeadView.Escalation(
                        e.userTaskKey(),
                        groups(e.fromGroups()),
                        groups(e.toGroups()),
                        e.escalatedAt()))
            .toList();
    return new LeadView(
        lead.id(),
        lead.status(),
        lead.customerId(),
        personalDataVisible ? lead.captured() : masked(lead.captured()),
        score,
        qualification,
        escalations,
        lead.assignedTo(),
        process,
        lead.createdAt(),
        lead.updatedAt());
  }

  static LeadSummary summary(Lead lead, boolean personalDataVisible) {
    return new LeadSummary(
        lead.id(),
        lead.status(),
        lead.customerId(),
        lead.sourcePlatform(),
        personalDataVisible ? lead.contactName() : Masking.name(lead.contactName()),
        lead.company(),
        lead.score(),
        lead.hot(),
        lead.createdAt());
  }

  private static NewLead masked(NewLead lead) {
    return new NewLead(
        lead.sourcePlatform(),
        lead.sourceChannel(),
        lead.sourceCampaign(),
        Masking.name(lead.contactName()),
        Masking.phone(lead.contactPhone()),
        Masking.handle(lead.contactWechat()),
        Masking.email(lead.contactEmail()),
        lead.company(),
        lead.industry(),
        lead.region(),
        lead.jobTitle(),
        lead.companySize(),
        lead.utmSource(),
        lead.utmMedium(),
        lead.utmCampaign(),
        lead.utmContent(),
        lead.rawData(),
        lead.activities(),
        lead.identities().stream()
            .map(identity -> new ContactIdentity(identity.kind(), Masking.handle(identity.id())))
            .toList(),
        lead.ownerUserId(),
        lead.landingUrl());
  }

  private static List<String> groups(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
