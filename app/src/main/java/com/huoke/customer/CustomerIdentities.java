package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import com.huoke.privacy.PersonalDataCipher;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code customer_identities} table: who owns which (kind, hash), claimed so that concurrent
 * captures of one person end with one owner. Plain JDBC because the claim is dialect-specific
 * ({@link InsertIfAbsent}); JPA changes are flushed first so the customer rows exist.
 */
@Component
class CustomerIdentities {

  private static final InsertIfAbsent.Table TABLE =
      new InsertIfAbsent.Table(
          "customer_identities",
          List.of(
              "kind varchar(32)",
              "value_hash varchar(64)",
              "customer_id uuid",
              "encrypted_value varchar(1024)",
              "lead_id uuid",
              "created_at timestamp(6) with time zone"),
          List.of("kind", "value_hash"));

  private final NamedParameterJdbcTemplate jdbc;
  private final InsertIfAbsent insertIfAbsent;
  private final PersonalDataCipher cipher;
  private final EntityManager entities;

  CustomerIdentities(
      NamedParameterJdbcTemplate jdbc,
      InsertIfAbsent insertIfAbsent,
      PersonalDataCipher cipher,
      EntityManager entities) {
    this.jdbc = jdbc;
    this.insertIfAbsent = insertIfAbsent;
    this.cipher = cipher;
    this.entities = entities;
  }

  /** The customer owning each of {@code identities} that has an owner. */
  Map<Identity, UUID> owners(Collection<Identity> identities) {
    Map<Identity, UUID> owners = new HashMap<>();
    if (identities.isEmpty()) {
      return owners;
    }
    Map<String, Identity> byKey = new HashMap<>();
    identities.forEach(
        identity -> byKey.put(key(identity.kind().name(), identity.hash()), identity));
    jdbc.query(
        "select kind, value_hash, customer_id from customer_identities where value_hash in"
            + " (:hashes)",
        new MapSqlParameterSource("hashes", identities.stream().map(Identity::hash).toList()),
        row -> {
          Identity identity = byKey.get(key(row.getString("kind"), row.getString("value_hash")));
          if (identity != null) {
            owners.put(identity, row.getObject("customer_id", UUID.class));
          }
        });
    return owners;
  }

  /**
   * Makes {@code customerId} the owner of {@code identity} unless someone owns it already (waiting
   * for a concurrent claim to commit); returns true when this call claimed it.
   */
  boolean claim(Identity identity, UUID customerId, UUID leadId, Instant now) {
    entities.flush();
    return insertIfAbsent.insert(
        TABLE,
        identity.kind().name(),
        identity.hash(),
        customerId,
        cipher.encrypt(identity.value()),
        leadId,
        OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
  }

  /** Every identity of the customer, decrypted, oldest first. */
  List<StoredIdentity> of(UUID customerId) {
    return jdbc.query(
        "select kind, value_hash, encrypted_value, lead_id, created_at from customer_identities"
            + " where customer_id = :customerId order by created_at, kind, value_hash",
        new MapSqlParameterSource("customerId", customerId),
        (row, n) ->
            new StoredIdentity(
                new Identity(
                    IdentityKind.valueOf(row.getString("kind")),
                    cipher.decrypt(row.getString("encrypted_value")),
                    row.getString("value_hash")),
                row.getObject("lead_id", UUID.class)));
  }

  /** All of {@code from}'s identities now belong to {@code to} (a merge). */
  int moveAll(UUID from, UUID to) {
    entities.flush();
    return jdbc.update(
        "update customer_identities set customer_id = :to where customer_id = :from",
        new MapSqlParameterSource("from", from).addValue("to", to));
  }

  /** The identities {@code leadIds} brought to {@code from} now belong to {@code to} (a split). */
  int moveBroughtBy(UUID from, UUID to, Collection<UUID> leadIds) {
    entities.flush();
    return jdbc.update(
        "update customer_identities set customer_id = :to"
            + " where customer_id = :from and lead_id in (:leadIds)",
        new MapSqlParameterSource("from", from).addValue("to", to).addValue("leadIds", leadIds));
  }

  /**
   * Gives up an identity that was typed in by hand (a corrected phone number); identities a lead
   * brought stay, they are evidence of who the person is.
   */
  void releaseIfManual(UUID customerId, Identity identity) {
    jdbc.update(
        "delete from customer_identities where customer_id = :customerId and kind = :kind"
            + " and value_hash = :hash and lead_id is null",
        new MapSqlParameterSource("customerId", customerId)
            .addValue("kind", identity.kind().name())
            .addValue("hash", identity.hash()));
  }

  private static String key(String kind, String hash) {
    return kind + ":" + hash;
  }

  /** An identity as stored, with the lead that brought it (null when typed in by hand). */
  record StoredIdentity(Identity identity, UUID leadId) {}
}
