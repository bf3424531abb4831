package com.huoke.channel;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.privacy.PersonalDataAccess;
import com.huoke.privacy.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps requests that could not be decoded and shows them to ops. */
@Service
class DeadLetters {

  private final DeadLetterRepository letters;
  private final PersonalDataCipher cipher;
  private final PersonalDataAccess access;

  DeadLetters(DeadLetterRepository letters, PersonalDataCipher cipher, PersonalDataAccess access) {
    this.letters = letters;
    this.cipher = cipher;
    this.access = access;
  }

  /** Stores the request as it arrived, its body encrypted; returns the dead letter's id. */
  @Transactional
  UUID record(
      ChannelConfig channel,
      InboundRequest request,
      Instant receivedAt,
      String reasonCode,
      String reason) {
    String body = cipher.encrypt(Base64.getEncoder().encodeToString(request.body()));
    return letters.save(DeadLetter.of(channel, request, receivedAt, reasonCode, reason, body)).id();
  }

  /** Newest first, optionally of one channel and / or in one status. */
  @Transactional(readOnly = true)
  DeadLetterPage list(UUID channelId, DeadLetterStatus status, int page, int size) {
    Specification<DeadLetter> filter = (root, query, cb) -> cb.conjunction();
    if (channelId != null) {
      filter = filter.and((root, query, cb) -> cb.equal(root.get("channelId"), channelId));
    }
    if (status != null) {
      filter = filter.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    Page<DeadLetter> found =
        letters.findAll(
            filter,
            PageRequest.of(
                page, size, Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"))));
    return new DeadLetterPage(
        found.map(DeadLetterSummary::of).getContent(),
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages());
  }

  /** The dead letter with its request; the body only for callers who may see personal data. */
  @Transactional(readOnly = true)
  DeadLetterView find(UUID id) {
    DeadLetter letter = get(id);
    boolean visible = access.currentCallerMaySee();
    return DeadLetterView.of(
        letter, visible ? new String(rawBody(letter), StandardCharsets.UTF_8) : null, visible);
  }

  @Transactional
  DeadLetterSummary discard(UUID id) {
    DeadLetter letter = get(id);
    if (letter.status() == DeadLetterStatus.REPLAYED) {
      throw new DeadLetterNotOpenException(id, letter.status());
    }
    if (letter.isOpen()) {
      letter.discard(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
    return DeadLetterSummary.of(letter);
  }

  /** Dead letters of a channel by status, every status present (zero when none). */
  @Transactional(readOnly = true)
  Map<DeadLetterStatus, Long> countByStatus(UUID channelId) {
    Map<DeadLetterStatus, Long> counts = new EnumMap<>(DeadLetterStatus.class);
    for (DeadLetterStatus status : DeadLetterStatus.values()) {
      counts.put(status, 0L);
    }
    letters
        .countByStatus(channelId)
        .forEach(row -> counts.put((DeadLetterStatus) row[0], (Long) row[1]));
    return counts;
  }

  @Transactional(readOnly = true)
  Instant lastReceivedAt(UUID channelId) {
    return letters.lastReceivedAt(channelId);
  }

  DeadLetter get(UUID id) {
    return letters.findById(id).orElseThrow(() -> new DeadLetterNotFoundException(id));
  }

  byte[] rawBody(DeadLetter letter) {
    return Base64.getDecoder().decode(cipher.decrypt(letter.encryptedBody()));
  }
}
