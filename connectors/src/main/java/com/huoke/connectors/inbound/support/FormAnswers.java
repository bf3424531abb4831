package com.huoke.connectors.inbound.support;

import com.huoke.connectors.inbound.InboundLead;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers of a lead form in the order given: every answer by its label (for {@code
 * formFields}), and the first answer for each recognised {@link LeadField}.
 */
public final class FormAnswers {

  private final Map<String, String> byLabel = new LinkedHashMap<>();
  private final Map<LeadField, String> byField = new EnumMap<>(LeadField.class);

  /** Adds an answer, recognising its field from the label. Blank values are skipped. */
  public FormAnswers add(String label, String value) {
    return add(label, value, LeadField.forLabel(label).orElse(null));
  }

  /**
   * Adds an answer whose field the platform states (e.g. Baidu's {@code type: "phone"}); {@code
   * field} may be {@code null} for answers that fill no lead field.
   */
  public FormAnswers add(String label, String value, LeadField field) {
    if (value == null || value.isBlank()) {
      return this;
    }
    String trimmed = value.trim();
    byLabel.put(uniqueLabel(label), trimmed);
    if (field != null) {
      byField.putIfAbsent(field, trimmed);
    }
    return this;
  }

  /** The first answer for a field, or {@code null}. */
  public String get(LeadField field) {
    return byField.get(field);
  }

  /** Sets the builder's contact and profile fields from the recognised answers. */
  public InboundLead.Builder fill(InboundLead.Builder lead) {
    return lead.contactName(get(LeadField.NAME))
        .contactPhone(get(LeadField.PHONE))
        .contactWechat(get(LeadField.WECHAT))
        .contactEmail(get(LeadField.EMAIL))
        .company(get(LeadField.COMPANY))
        .industry(get(LeadField.INDUSTRY))
        .region(get(LeadField.REGION))
        .jobTitle(get(LeadField.JOB_TITLE))
        .formFields(asMap());
  }

  /** Whether no answer was added. */
  public boolean isEmpty() {
    return byLabel.isEmpty();
  }

  /** Every answer by label, in the order added. */
  public Map<String, String> asMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(byLabel));
  }

  // two questions may share a label ("电话" twice); neither answer may be lost
  private String uniqueLabel(String label) {
    String base = label == null || label.isBlank() ? "未命名" : label.trim();
    String candidate = base;
    for (int n = 2; byLabel.containsKey(candidate); n++) {
      candidate = base + " (" + n + ")";
    }
    return candidate;
  }
}
