package com.huoke.customer;

import com.huoke.privacy.PersonalDataConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A customer (seed §2.2.4). Phone, WeChat id and e-mail are the primary contact values, stored
 * encrypted; every value that identifies the person (several phones, openids, …) is a row of {@code
 * customer_identities}. A merged customer is a tombstone: {@code mergedIntoId} is set and it owns
 * nothing any more.
 */
@Entity
@Table(name = "customers")
class Customer {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private CustomerType type;

  private String name;
  private String avatar;

  @Convert(converter = PersonalDataConverter.class)
  private String phone;

  @Convert(converter = PersonalDataConverter.class)
  private String wechatId;

  private String dingtalkId;

  @Convert(converter = PersonalDataConverter.class)
  private String email;

  @Embedded private CompanyInfo company;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private CustomerStage stage;

  private Integer score;
  private String ownerUserId;

  @Embedded private FirstTouch firstTouch;

  private Instant lastActivityAt;
  private UUID mergedIntoId;
  private Instant mergedAt;

  /** Tag id → when it was added. */
  @ElementCollection
  @CollectionTable(name = "customer_tags", joinColumns = @JoinColumn(name = "customer_id"))
  @MapKeyColumn(name = "tag_id")
  @Column(name = "added_at")
  private Map<UUID, Instant> tags = new HashMap<>();

  /** Custom field key → value. */
  @ElementCollection
  @CollectionTable(name = "customer_field_values", joinColumns = @JoinColumn(name = "customer_id"))
  @MapKeyColumn(name = "field_key")
  private Map<String, FieldValue> fieldValues = new HashMap<>();

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version private Long version;

  protected Customer() {}

  /** A new prospect; its last activity starts at its creation so churn counts from there. */
  static Customer create(UUID id, CustomerProfile profile, CustomerStage stage, Instant now) {
    Customer customer = new Customer();
    customer.id = id;
    customer.type = profile.type() == null ? CustomerType.PERSON : profile.type();
    customer.stage = stage == null ? CustomerStage.PROSPECT : stage;
    customer.company = CompanyInfo.NONE;
    customer.apply(profile);
    customer.lastActivityAt = now;
    customer.createdAt = now;
    customer.updatedAt = now;
    return customer;
  }

  /** Sets every part of {@code profile} that is not null; {@code ""} clears a text value. */
  void apply(CustomerProfile profile) {
    type = profile.type() == null ? type : profile.type();
    name = pick(profile.name(), name);
    avatar = pick(profile.avatar(), avatar);
    phone = pick(profile.phone(), phone);
    wechatId = pick(profile.wechatId(), wechatId);
    dingtalkId = pick(profile.dingtalkId(), dingtalkId);
    email = pick(profile.email(), email);
    ownerUserId = pick(profile.ownerUserId(), ownerUserId);
    if (profile.company() != null) {
      CompanyInfo current = company();
      CompanyInfo given = profile.company();
      company =
          new CompanyInfo(
              pick(given.name(), current.name()),
              pick(given.industry(), current.industry()),
              given.size() == null ? current.size() : given.size(),
              pick(given.province(), current.province()),
              given.province() == null ? current.city() : emptyToNull(given.city()));
    }
  }

  /** Fills what this customer does not know yet from {@code profile}; known values stay. */
  void fillMissing(CustomerProfile profile) {
    name = name == null ? profile.name() : name;
    avatar = avatar == null ? profile.avatar() : avatar;
    phone = phone == null ? profile.phone() : phone;
    wechatId = wechatId == null ? profile.wechatId() : wechatId;
    dingtalkId = dingtalkId == null ? profile.dingtalkId() : dingtalkId;
    email = email == null ? profile.email() : email;
    ownerUserId = ownerUserId == null ? profile.ownerUserId() : ownerUserId;
    company = company().fillFrom(profile.company());
  }

  /** Takes over what {@code merged} knew and this one did not (a merge). */
  void absorb(Customer merged, Instant now) {
    fillMissing(merged.profile());
    stage = stage.max(merged.stage);
    firstTouch = FirstTouch.earlier(firstTouch, merged.firstTouch);
    lastActivityAt = latest(lastActivityAt, merged.lastActivityAt);
    merged.tags.forEach(tags::putIfAbsent);
    merged.fieldValues.forEach(fieldValues::putIfAbsent);
    merged.tags.clear();
    merged.fieldValues.clear();
    touch(now);
  }

  void markMergedInto(UUID survivorId, Instant now) {
    this.mergedIntoId = survivorId;
    this.mergedAt = now;
    touch(now);
  }

  void firstTouchedBy(FirstTouch touch) {
    this.firstTouch = FirstTouch.earlier(firstTouch, touch);
  }

  void replaceFirstTouch(FirstTouch touch) {
    this.firstTouch = touch;
  }

  /** Replaces the primary contact values (after a split moved some of them away). */
  void replaceContacts(String phone, String wechatId, String email, Instant now) {
    this.phone = phone;
    this.wechatId = wechatId;
    this.email = email;
    touch(now);
  }

  void recordActivityAt(Instant at, boolean customerInitiated) {
    if (customerInitiated) {
      lastActivityAt = latest(lastActivityAt, at);
    }
  }

  /** Returns true when the score changed. */
  boolean scoreWith(Integer newScore, Instant now) {
    if (Objects.equals(score, newScore)) {
      return false;
    }
    score = newScore;
    touch(now);
    return true;
  }

  /** Returns the previous stage. */
  CustomerStage moveTo(CustomerStage newStage, Instant now) {
    CustomerStage previous = stage;
    stage = newStage;
    touch(now);
    return previous;
  }

  boolean addTag(UUID tagId, Instant now) {
    if (tags.putIfAbsent(tagId, now) != null) {
      return false;
    }
    touch(now);
    return true;
  }

  boolean removeTag(UUID tagId, Instant now) {
    if (tags.remove(tagId) == null) {
      return false;
    }
    touch(now);
    return true;
  }

  void setField(String key, FieldValue value, Instant now) {
    if (value == null) {
      fieldValues.remove(key);
    } else {
      fieldValues.put(key, value);
    }
    touch(now);
  }

  void touch(Instant now) {
    this.updatedAt = now;
  }

  CustomerProfile profile() {
    return new CustomerProfile(
        type, name, avatar, phone, wechatId, dingtalkId, email, company(), ownerUserId);
  }

  UUID id() {
    return id;
  }

  CustomerType type() {
    return type;
  }

  String name() {
    return name;
  }

  String avatar() {
    return avatar;
  }

  String phone() {
    return phone;
  }

  String wechatId() {
    return wechatId;
  }

  String dingtalkId() {
    return dingtalkId;
  }

  String email() {
    return email;
  }

  CompanyInfo company() {
    return company == null ? CompanyInfo.NONE : company;
  }

  CustomerStage stage() {
    return stage;
  }

  Integer score() {
    return score;
  }

  String ownerUserId() {
    return ownerUserId;
  }

  FirstTouch firstTouch() {
    return firstTouch;
  }

  Instant lastActivityAt() {
    return lastActivityAt;
  }

  UUID mergedIntoId() {
    return mergedIntoId;
  }

  boolean isMerged() {
    return mergedIntoId != null;
  }

  Map<UUID, Instant> tags() {
    return Map.copyOf(tags);
  }

  Map<String, FieldValue> fieldValues() {
    return Map.copyOf(fieldValues);
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  long version() {
    return version == null ? 0 : version;
  }

  private static String pick(String given, String current) {
    return given == null ? current : emptyToNull(given);
  }

  private static String emptyToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static Instant latest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
