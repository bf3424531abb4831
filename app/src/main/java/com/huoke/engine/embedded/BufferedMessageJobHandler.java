package com.huoke.engine.embedded;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.operaton.bpm.engine.impl.event.EventType;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.jobexecutor.JobHandler;
import org.operaton.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.operaton.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Delivers a buffered message to the subscription that opened after it was published. The
 * consumption and the correlation share one transaction, so a message is consumed exactly when it
 * is delivered, and two subscriptions never take the same message.
 */
final class BufferedMessageJobHandler
    implements JobHandler<BufferedMessageJobHandler.MessageNameConfiguration> {

  static final String TYPE = "huoke-buffered-message";

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(
      MessageNameConfiguration configuration,
      ExecutionEntity execution,
      CommandContext commandContext,
      String tenantId) {
    String messageName = configuration.messageName();
    Object key = execution.getVariableLocal(MessageSubscriptions.keyVariable(messageName));
    List<EventSubscriptionEntity> subscriptions =
        commandContext
            .getEventSubscriptionManager()
            .findEventSubscriptionsByNameAndExecution(
                EventType.MESSAGE.name(), messageName, execution.getId(), true);
    if (key == null || subscriptions.isEmpty()) {
      return; // the subscription closed before the job ran: the message stays buffered
    }
    Connection connection = MessageSubscriptions.connection(commandContext);
    Instant now = MessageSubscriptions.now();
    Optional<BufferedMessage> message;
    do {
      message = MessageBuffer.oldestWaiting(connection, messageName, key.toString(), now);
    } while (message.isPresent() && !MessageBuffer.consume(connection, message.get(), now));
    message.ifPresent(found -> subscriptions.get(0).eventReceived(found.variables(), false));
  }

  @Override
  public MessageNameConfiguration newConfiguration(String canonicalString) {
    return new MessageNameConfiguration(canonicalString);
  }

  /** The job's configuration: the name of the message to deliver. */
  record MessageNameConfiguration(String messageName) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return messageName;
    }
  }
}
