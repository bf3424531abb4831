package com.huoke.channel;

import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.WebhookRejectedException;
import com.huoke.web.InvalidField;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The intake path of DESIGN §5 for one webhook request: find the channel, read the body within the
 * limit, let the platform's receiver verify and decode it, and store what it delivers in one
 * transaction before the platform gets its reply. Nothing is stored for a request that fails
 * verification; one that verifies but cannot be used becomes a dead letter.
 */
@Service
class WebhookReception {

  private final ChannelConfigs configs;
  private final InboundChannels receivers;
  private final InboundRequestReader reader;
  private final DeliveryPreparation preparation;
  private final DeliveryStore store;
  private final DeadLetters deadLetters;
  private final WebhookMetrics metrics;

  WebhookReception(
      ChannelConfigs configs,
      InboundChannels receivers,
      InboundRequestReader reader,
      DeliveryPreparation preparation,
      DeliveryStore store,
      DeadLetters deadLetters,
      WebhookMetrics metrics) {
    this.configs = configs;
    this.receivers = receivers;
    this.reader = reader;
    this.preparation = preparation;
    this.store = store;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
  }

  /**
   * Handles a request to an enabled channel, of {@code requiredPlatform} when that is not null.
   *
   * @return the reply the platform expects, sent only after everything is stored
   * @throws ChannelNotFoundException unknown, disabled, or of another platform (404)
   * @throws PayloadTooLargeException the body is over the limit (413)
   * @throws WebhookRejectedException the receiver refused the request (401, 403, 415)
   * @throws DeadLetteredException kept as a dead letter (400)
   */
  InboundResult.Reply receive(UUID channelId, String requiredPlatform, HttpServletRequest http) {
    Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    ChannelConfig channel =
        configs.find(channelId).orElseThrow(() -> new ChannelNotFoundException(channelId));
    if (requiredPlatform != null && !requiredPlatform.equals(channel.platform())) {
      throw new ChannelNotFoundException(channelId);
    }
    InboundChannel receiver = receivers.find(channel.platform()).orElse(null);
    metrics.received(channel, receivedAt);
    if (!channel.enabled() || receiver == null) {
      metrics.rejected(channel, channel.enabled() ? "no-receiver" : "channel-disabled");
      throw new ChannelNotFoundException(channelId);
    }
    InboundRequest request;
    try {
      request = reader.read(http);
      receiver.verify(request, channel.credentials());
    } catch (PayloadTooLargeException e) {
      metrics.rejected(channel, PayloadTooLargeException.CODE);
      throw e;
    } catch (WebhookRejectedException e) {
      metrics.rejected(channel, e.code());
      throw e;
    }
    return accept(channel, receiver, request, receivedAt);
  }

  private InboundResult.Reply accept(
      ChannelConfig channel, InboundChannel receiver, InboundRequest request, Instant receivedAt) {
    InboundResult result;
    PreparedDelivery prepared;
    try {
      result = receiver.decode(request, channel.credentials());
      if (result instanceof InboundResult.UrlVerification verification) {
        metrics.urlVerified(channel);
        return verification.reply();
      }
      prepared =
          preparation.prepare(channel, ((InboundResult.Delivery) result).events(), receivedAt);
    } catch (UndecodablePayloadException e) {
      throw deadLetter(channel, request, receivedAt, e.code(), e.getMessage(), List.of());
    } catch (WebhookRejectedException e) {
      // refused on decoding for a reason that is not the payload (e.g. a bad inner signature)
      metrics.rejected(channel, e.code());
      throw e;
    } catch (InvalidDeliveryException e) {
      throw deadLetter(
          channel, request, receivedAt, InvalidDeliveryException.CODE, e.getMessage(), e.errors());
    } catch (RuntimeException e) {
      // a receiver bug must not lose an authentic delivery: keep it to replay once fixed, and
      // answer 500 so that the platform retries as well
      UUID id =
          deadLetters.record(
              channel, request, receivedAt, ReceiverFailedException.CODE, e.toString());
      metrics.rejected(channel, ReceiverFailedException.CODE);
      throw new ReceiverFailedException(id, e);
    }
    // nothing to store (a notification HuoKe does not act on, a honeypot hit): no transaction
    StoredDelivery stored = prepared.isEmpty() ? new StoredDelivery(0, 0, 0, 0) : store(prepared);
    metrics.stored(channel, stored);
    return ((InboundResult.Delivery) result).reply();
  }

  private StoredDelivery store(PreparedDelivery prepared) {
    try {
      return store.store(prepared);
    } catch (DuplicateKeyException raced) {
      // the platform re-sent the delivery while this one was being stored, and the other request
      // committed first (H2's MERGE does not wait for it as PostgreSQL's ON CONFLICT does): a
      // second attempt sees its events as re-deliveries and acknowledges them
      return store.store(prepared);
    }
  }

  private DeadLetteredException deadLetter(
      ChannelConfig channel,
      InboundRequest request,
      Instant receivedAt,
      String code,
      String reason,
      List<InvalidField> errors) {
    UUID id = deadLetters.record(channel, request, receivedAt, code, reason);
    metrics.rejected(channel, code);
    return new DeadLetteredException(id, code, reason, errors);
  }
}
