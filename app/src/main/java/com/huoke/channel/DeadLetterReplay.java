package com.huoke.channel;

import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.WebhookRejectedException;
import com.huoke.web.InvalidField;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a dead letter through decoding again with the channel's current settings (its signature was
 * verified when it arrived) and, when that works, stores it exactly as a live delivery, marking it
 * replayed in the same transaction. A failure keeps it open with the new reason.
 */
@Service
class DeadLetterReplay {

  private final DeadLetters deadLetters;
  private final DeadLetterRepository letters;
  private final ChannelConfigs configs;
  private final InboundChannels receivers;
  private final DeliveryPreparation preparation;
  private final DeliveryStore store;
  private final TransactionTemplate transaction;

  DeadLetterReplay(
      DeadLetters deadLetters,
      DeadLetterRepository letters,
      ChannelConfigs configs,
      InboundChannels receivers,
      DeliveryPreparation preparation,
      DeliveryStore store,
      PlatformTransactionManager transactions) {
    this.deadLetters = deadLetters;
    this.letters = letters;
    this.configs = configs;
    this.receivers = receivers;
    this.preparation = preparation;
    this.store = store;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * @throws DeadLetterNotOpenException it was replayed or discarded before (409)
   * @throws ReplayFailedException decoding or validation failed again (422)
   */
  ReplayOutcome replay(UUID id) {
    DeadLetter letter = deadLetters.get(id);
    if (!letter.isOpen()) {
      throw new DeadLetterNotOpenException(id, letter.status());
    }
    ChannelConfig channel =
        configs
            .find(letter.channelId())
            .orElseThrow(() -> new ChannelNotFoundException(letter.channelId()));
    PreparedDelivery prepared;
    try {
      prepared = decode(letter, channel);
    } catch (WebhookRejectedException e) {
      throw failed(id, e.code(), e.getMessage(), List.of());
    } catch (InvalidDeliveryException e) {
      throw failed(id, InvalidDeliveryException.CODE, e.getMessage(), e.errors());
    } catch (RuntimeException e) {
      throw failed(id, ReceiverFailedException.CODE, e.toString(), List.of());
    }
    StoredDelivery stored =
        transaction.execute(
            status -> {
              DeadLetter current = deadLetters.get(id);
              if (!current.isOpen()) {
                throw new DeadLetterNotOpenException(id, current.status());
              }
              current.replayed(Instant.now().truncatedTo(ChronoUnit.MICROS));
              letters.saveAndFlush(current);
              return store.store(prepared);
            });
    return new ReplayOutcome(
        id,
        DeadLetterStatus.REPLAYED,
        stored.newLeads(),
        stored.newMessages(),
        stored.duplicateLeads() + stored.duplicateMessages());
  }

  private PreparedDelivery decode(DeadLetter letter, ChannelConfig channel) {
    InboundChannel receiver =
        receivers
            .find(channel.platform())
            .orElseThrow(
                () ->
                    new UndecodablePayloadException(
                        "Expected a receiver for platform '%s', but this application has none"
                            .formatted(channel.platform())));
    InboundResult result =
        receiver.decode(letter.request(deadLetters.rawBody(letter)), channel.credentials());
    if (result instanceof InboundResult.Delivery delivery) {
      return preparation.prepare(channel, delivery.events(), letter.receivedAt());
    }
    // decodes as a URL check now: nothing to store, and nothing left to replay
    return new PreparedDelivery(List.of(), List.of());
  }

  private ReplayFailedException failed(
      UUID id, String code, String reason, List<InvalidField> errors) {
    transaction.executeWithoutResult(
        status ->
            deadLetters
                .get(id)
                .replayFailed(code, reason, Instant.now().truncatedTo(ChronoUnit.MICROS)));
    return new ReplayFailedException(id, code, reason, errors);
  }
}
