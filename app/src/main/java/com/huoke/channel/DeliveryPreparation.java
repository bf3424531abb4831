package com.huoke.channel;

import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundEvent.CustomerMessage;
import com.huoke.connectors.inbound.InboundEvent.LeadSubmitted;
import com.huoke.inbox.IncomingMessage;
import com.huoke.lead.NewLead;
import com.huoke.lead.QueuedLead;
import com.huoke.web.InvalidField;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Maps a delivery's events onto leads for the intake queue and messages for the inbox, and checks
 * them as the lead API would: a delivery is stored whole or not at all, so one invalid event makes
 * the request a dead letter.
 */
@Component
class DeliveryPreparation {

  static final int MAX_MESSAGE_ID_LENGTH = 128;

  private final Validator validator;

  DeliveryPreparation(Validator validator) {
    this.validator = validator;
  }

  /**
   * @throws InvalidDeliveryException naming each invalid field
   */
  PreparedDelivery prepare(ChannelConfig channel, List<InboundEvent> events, Instant receivedAt) {
    List<QueuedLead> leads = new ArrayList<>();
    List<IncomingMessage> messages = new ArrayList<>();
    List<InvalidField> errors = new ArrayList<>();
    for (InboundEvent event : events) {
      if (event instanceof LeadSubmitted submitted) {
        // a message's id is checked as its platformMessageId
        checkMessageId(submitted.messageId(), errors);
        NewLead lead = LeadMapping.toNewLead(channel, submitted.messageId(), submitted.lead());
        collect(validator.validate(lead), errors);
        leads.add(new QueuedLead(channel.queueSource(), submitted.messageId(), lead, receivedAt));
      } else if (event instanceof CustomerMessage message) {
        IncomingMessage incoming = toIncoming(channel, message, receivedAt);
        collect(validator.validate(incoming), errors);
        messages.add(incoming);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidDeliveryException(errors);
    }
    return new PreparedDelivery(leads, messages);
  }

  private static IncomingMessage toIncoming(
      ChannelConfig channel, CustomerMessage message, Instant receivedAt) {
    return new IncomingMessage(
        channel.id(),
        channel.platform(),
        message.messageId(),
        message.sender() == null ? null : message.sender().kind().name(),
        message.sender() == null ? null : message.sender().id(),
        message.recipient(),
        message.messageType(),
        message.text(),
        message.occurredAt(),
        receivedAt);
  }

  private static void checkMessageId(String messageId, List<InvalidField> errors) {
    if (messageId == null || messageId.isBlank()) {
      errors.add(new InvalidField("messageId", "must not be blank"));
    } else if (messageId.length() > MAX_MESSAGE_ID_LENGTH) {
      errors.add(
          new InvalidField(
              "messageId", "must be at most " + MAX_MESSAGE_ID_LENGTH + " characters"));
    }
  }

  private static <T> void collect(Set<ConstraintViolation<T>> violations, List<InvalidField> into) {
    violations.stream()
        .map(v -> new InvalidField(v.getPropertyPath().toString(), v.getMessage()))
        .sorted(Comparator.comparing(InvalidField::field))
        .forEach(into::add);
  }
}
