package com.huoke.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A configured channel: one platform receiver with its settings. Secret settings are kept apart
 * from plain ones and only in encrypted form, so no code path can show one by accident.
 */
@Entity
@Table(name = "channels")
class Channel {

  @Id private UUID id;

  @Column(updatable = false)
  private String platform;

  private String name;
  private boolean enabled;
  private String utmSource;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, String> settings;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, String> secrets;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version private Long version;

  protected Channel() {}

  static Channel create(
      String platform, String name, boolean enabled, String utmSource, StoredSettings stored) {
    Channel channel = new Channel();
    channel.id = UUID.randomUUID();
    channel.platform = platform;
    channel.name = name;
    channel.enabled = enabled;
    channel.utmSource = utmSource;
    channel.settings = stored.plain();
    channel.secrets = stored.encryptedSecrets();
    channel.createdAt = now();
    channel.updatedAt = channel.createdAt;
    return channel;
  }

  void rename(String newName) {
    this.name = newName;
    touch();
  }

  void enable(boolean on) {
    this.enabled = on;
    touch();
  }

  void trackAs(String newUtmSource) {
    this.utmSource = newUtmSource;
    touch();
  }

  void replaceSettings(StoredSettings stored) {
    this.settings = stored.plain();
    this.secrets = stored.encryptedSecrets();
    touch();
  }

  private void touch() {
    this.updatedAt = now();
  }

  // the columns keep microseconds; so does the entity, so a stored channel reads back as it was
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  UUID id() {
    return id;
  }

  String platform() {
    return platform;
  }

  String name() {
    return name;
  }

  boolean enabled() {
    return enabled;
  }

  String utmSource() {
    return utmSource;
  }

  StoredSettings storedSettings() {
    return new StoredSettings(settings, secrets);
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
