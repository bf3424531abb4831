package com.huoke.lead;

/** Ids in {@code processes/lead-intake.bpmn} that the app relies on. */
final class LeadIntakeProcess {

  static final String PROCESS_ID = "lead-intake";
  static final String QUALIFY_TASK = "UserTask_QualifyLead";

  static final String LEAD_ID = "leadId";
  static final String HOT_THRESHOLD = "hotThreshold";
  static final String QUALIFY_SLA = "qualifySla";

  private LeadIntakeProcess() {}
}
