package com.huoke.workers.lead;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An in-memory lead store that remembers what the workers wrote. */
final class FakeLeadRecords implements LeadRecords {

  final Map<String, LeadProfile> profiles = new HashMap<>();
  final Map<String, ScoreBreakdown> scores = new HashMap<>();
  final Map<String, Boolean> hot = new HashMap<>();
  final List<String> nurtured = new ArrayList<>();
  final List<LeadEscalated> escalations = new ArrayList<>();
  final Map<String, LeadQualification> qualifications = new HashMap<>();

  FakeLeadRecords with(String leadId, LeadProfile profile) {
    profiles.put(leadId, profile);
    return this;
  }

  @Override
  public LeadProfile profile(String leadId) {
    return known(leadId);
  }

  @Override
  public void recordScore(String leadId, ScoreBreakdown breakdown, boolean isHot) {
    known(leadId);
    scores.put(leadId, breakdown);
    hot.put(leadId, isHot);
  }

  @Override
  public void addToNurturePool(String leadId) {
    known(leadId);
    nurtured.add(leadId);
  }

  @Override
  public void recordEscalation(String leadId, LeadEscalated escalation) {
    known(leadId);
    escalations.add(escalation);
  }

  @Override
  public void recordQualification(String leadId, LeadQualification qualification) {
    known(leadId);
    qualifications.put(leadId, qualification);
  }

  private LeadProfile known(String leadId) {
    LeadProfile profile = profiles.get(leadId);
    if (profile == null) {
      throw new UnknownLeadException(leadId);
    }
    return profile;
  }
}
