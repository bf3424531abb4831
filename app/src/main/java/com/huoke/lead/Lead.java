package com.huoke.lead;

import com.huoke.contact.ContactIdentity;
import com.huoke.privacy.PersonalDataConverter;
import com.huoke.workers.lead.CompanySize;
import com.huoke.workers.lead.LeadActivity;
import com.huoke.workers.lead.LeadEscalated;
import com.huoke.workers.lead.LeadProfile;
import com.huoke.workers.lead.LeadQualification;
import com.huoke.workers.lead.QualificationOutcome;
import com.huoke.workers.lead.ScoreBreakdown;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A lead (seed PRD §2.1.3): what was captured, its score and where sales and nurturing left it. */
@Entity
@Table(name = "leads")
class Lead {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private SourcePlatform sourcePlatform;

  private String sourceChannel;
  private String sourceCampaign;
  private String contactName;

  // encrypted at rest (DESIGN §4); values from before encryption still read
  @Convert(converter = PersonalDataConverter.class)
  private String contactPhone;

  @Convert(converter = PersonalDataConverter.class)
  private String contactWechat;

  @Convert(converter = PersonalDataConverter.class)
  private String contactEmail;

  private String company;
  private String industry;
  private String region;
  private String jobTitle;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private CompanySize companySize;

  private String utmSource;
  private String utmMedium;
  private String utmCampaign;
  private String utmContent;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> rawData;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<LeadActivity> activities;

  /** Platform ids (openids, external_userid): pseudonymous per app, kept as captured. */
  @JdbcTypeCode(SqlTypes.JSON)
  private List<ContactIdentity> identities;

  private String ownerUserId;
  private String landingUrl;

  /** The customer this lead belongs to; null for leads captured before customers existed. */
  private UUID customerId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private LeadStatus status;

  private Integer score;
  private Boolean hot;

  @JdbcTypeCode(SqlTypes.JSON)
  private ScoreBreakdown scoreBreakdown;

  private Instant scoredAt;
  private String assignedTo;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private QualificationOutcome qualificationOutcome;

  private String qualificationNotes;
  private String nextStep;
  private Instant qualifiedAt;

  @ElementCollection
  @CollectionTable(name = "lead_escalations", joinColumns = @JoinColumn(name = "lead_id"))
  @OrderBy("escalatedAt")
  private List<EscalationEntry> escalations = new ArrayList<>();

  private String processInstanceKey;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version private Long version;

  protected Lead() {}

  /** A freshly captured lead whose intake process {@code processInstanceKey} is already started. */
  static Lead captured(UUID id, NewLead lead, String processInstanceKey, Instant now) {
    return captured(id, lead, null, processInstanceKey, now);
  }

  /** A freshly captured lead of customer {@code customerId}, its intake process started. */
  static Lead captured(
      UUID id, NewLead lead, UUID customerId, String processInstanceKey, Instant now) {
    Lead entity = new Lead();
    entity.id = id;
    entity.sourcePlatform = lead.sourcePlatform();
    entity.sourceChannel = lead.sourceChannel();
    entity.sourceCampaign = lead.sourceCampaign();
    entity.contactName = lead.contactName();
    entity.contactPhone = lead.contactPhone();
    entity.contactWechat = lead.contactWechat();
    entity.contactEmail = lead.contactEmail();
    entity.company = lead.company();
    entity.industry = lead.industry();
    entity.region = lead.region();
    entity.jobTitle = lead.jobTitle();
    entity.companySize = lead.companySize();
    entity.utmSource = lead.utmSource();
    entity.utmMedium = lead.utmMedium();
    entity.utmCampaign = lead.utmCampaign();
    entity.utmContent = lead.utmContent();
    entity.rawData = lead.rawData();
    entity.activities =
        lead.activities().stream().map(a -> new LeadActivity(a.type(), a.occurredAt())).toList();
    entity.identities = lead.identities().isEmpty() ? null : List.copyOf(lead.identities());
    entity.ownerUserId = lead.ownerUserId();
    entity.landingUrl = lead.landingUrl();
    entity.customerId = customerId;
    entity.status = LeadStatus.NEW;
    entity.processInstanceKey = processInstanceKey;
    entity.createdAt = now;
    entity.updatedAt = now;
    return entity;
  }

  LeadProfile profile() {
    return new LeadProfile(industry, jobTitle, companySize, activities);
  }

  void recordScore(ScoreBreakdown breakdown, boolean isHot, Instant now) {
    this.score = breakdown.total();
    this.hot = isHot;
    this.scoreBreakdown = breakdown;
    this.scoredAt = now;
    this.status = isHot ? LeadStatus.QUALIFYING : LeadStatus.SCORED;
    this.updatedAt = now;
  }

  void addToNurturePool(Instant now) {
    this.status = LeadStatus.NURTURING;
    this.updatedAt = now;
  }

  /** Adds the escalation unless this task's escalation is already on record (a retried job). */
  void recordEscalation(LeadEscalated escalation, Instant now) {
    boolean known =
        escalations.stream().anyMatch(e -> e.userTaskKey().equals(escalation.userTaskKey()));
    if (!known) {
      escalations.add(
          new EscalationEntry(
              escalation.userTaskKey(),
              String.join(",", escalation.fromGroups()),
              String.join(",", escalation.toGroups()),
              escalation.escalatedAt()));
      this.updatedAt = now;
    }
  }

  void recordQualification(LeadQualification qualification, Instant now) {
    this.qualificationOutcome = qualification.outcome();
    this.qualificationNotes = qualification.notes();
    this.nextStep = qualification.nextStep();
    this.qualifiedAt = now;
    if (status != LeadStatus.CONVERTED) { // sales may convert a lead before closing its task
      this.status =
          qualification.outcome() == QualificationOutcome.QUALIFIED
              ? LeadStatus.QUALIFIED
              : LeadStatus.DISQUALIFIED;
    }
    this.updatedAt = now;
  }

  NewLead captured() {
    return new NewLead(
        sourcePlatform,
        sourceChannel,
        sourceCampaign,
        contactName,
        contactPhone,
        contactWechat,
        contactEmail,
        company,
        industry,
        region,
        jobTitle,
        companySize,
        utmSource,
        utmMedium,
        utmCampaign,
        utmContent,
        rawData,
        activities.stream().map(a -> new NewLead.Activity(a.type(), a.occurredAt())).toList(),
        identities == null ? List.of() : identities,
        ownerUserId,
        landingUrl);
  }

  UUID id() {
    return id;
  }

  SourcePlatform sourcePlatform() {
    return sourcePlatform;
  }

  String contactName() {
    return contactName;
  }

  UUID customerId() {
    return customerId;
  }

  String company() {
    return company;
  }

  LeadStatus status() {
    return status;
  }

  Integer score() {
    return score;
  }

  Boolean hot() {
    return hot;
  }

  ScoreBreakdown scoreBreakdown() {
    return scoreBreakdown;
  }

  Instant scoredAt() {
    return scoredAt;
  }

  String assignedTo() {
    return assignedTo;
  }

  QualificationOutcome qualificationOutcome() {
    return qualificationOutcome;
  }

  String qualificationNotes() {
    return qualificationNotes;
  }

  String nextStep() {
    return nextStep;
  }

  Instant qualifiedAt() {
    return qualifiedAt;
  }

  List<EscalationEntry> escalations() {
    return List.copyOf(escalations);
  }

  String processInstanceKey() {
    return processInstanceKey;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  // ---- the lead API: editing, assignment, conversion ----

  private String notes;
  private Instant convertedAt;
  private String convertedBy;

  /** Replaces the fields sales may edit; the captured contact details stay as they came. */
  void edit(LeadEdit edit, Instant now) {
    this.contactName = edit.contactName();
    this.company = edit.company();
    this.industry = edit.industry();
    this.region = edit.region();
    this.jobTitle = edit.jobTitle();
    this.companySize = edit.companySize();
    this.sourceChannel = edit.sourceChannel();
    this.sourceCampaign = edit.sourceCampaign();
    this.notes = edit.notes();
    this.updatedAt = now;
  }

  void assignTo(String assignee, Instant now) {
    this.assignedTo = assignee;
    this.updatedAt = now;
  }

  /** Marks the lead won; a lead already converted or ruled out cannot be converted. */
  LeadConverted convert(String by, Instant now) {
    if (status == LeadStatus.CONVERTED || status == LeadStatus.DISQUALIFIED) {
      throw new LeadNotConvertibleException(id, status);
    }
    this.status = LeadStatus.CONVERTED;
    this.convertedAt = now;
    this.convertedBy = by;
    this.updatedAt = now;
    return new LeadConverted(id, by, now, sourcePlatform, assignedTo);
  }

  String notes() {
    return notes;
  }

  Instant convertedAt() {
    return convertedAt;
  }

  String convertedBy() {
    return convertedBy;
  }

  long version() {
    return version;
  }
}
