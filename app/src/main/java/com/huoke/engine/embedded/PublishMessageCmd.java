package com.huoke.engine.embedded;

import com.huoke.engine.PublishMessage;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.operaton.bpm.engine.impl.interceptor.Command;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.persistence.entity.EventSubscriptionEntity;

/**
 * Publishes a message the way Zeebe does: correlates it to every subscription waiting with its name
 * and correlation key, starts every process whose message start event has its name, and — when
 * nothing took it — keeps it in the buffer until its time to live runs out.
 */
final class PublishMessageCmd implements Command<PublishMessageCmd.Outcome> {

  /** What became of a published message. */
  enum Outcome {
    CORRELATED,
    BUFFERED,
    DROPPED,
    DUPLICATE
  }

  private final PublishMessage message;
  private final boolean purgeExpired;

  /**
   * @param purgeExpired also delete every expired message; the caller throttles this, since expired
   *     messages are never delivered anyway and only take space
   */
  PublishMessageCmd(PublishMessage message, boolean purgeExpired) {
    this.message = message;
    this.purgeExpired = purgeExpired;
  }

  @Override
  public Outcome execute(CommandContext commandContext) {
    Connection connection = MessageSubscriptions.connection(commandContext);
    Instant now = MessageSubscriptions.now();
    String key = message.correlationKey() == null ? "" : message.correlationKey();
    if (purgeExpired) {
      MessageBuffer.purgeExpired(connection, now);
    }
    if (message.messageId() != null) {
      if (MessageBuffer.isPublished(connection, message.name(), key, message.messageId(), now)) {
        return Outcome.DUPLICATE;
      }
      // an expired row with the same id would block the unique index
      MessageBuffer.deleteExpired(connection, message.name(), key, message.messageId(), now);
    }
    RuntimeService runtime = commandContext.getProcessEngineConfiguration().getRuntimeService();
    Map<String, Object> variables = new HashMap<>(message.variables());
    MessageCorrelationBuilderImpl toSubscriptions =
        (MessageCorrelationBuilderImpl) runtime.createMessageCorrelation(message.name());
    toSubscriptions.executionsOnly();
    int correlated =
        toSubscriptions
            .localVariableEquals(MessageSubscriptions.keyVariable(message.name()), key)
            .setVariables(variables)
            .correlateAllWithResult()
            .size();
    correlated += startProcesses(commandContext, runtime, variables);

    boolean keep = !message.timeToLive().isZero() && !message.timeToLive().isNegative();
    if (keep && (correlated == 0 || message.messageId() != null)) {
      BufferedMessage buffered =
          new BufferedMessage(
              UUID.randomUUID().toString(),
              message.name(),
              key,
              message.messageId(),
              message.variables(),
              now,
              now.plus(message.timeToLive()));
      // a correlated message stays only as its id, consumed, so re-publishing it is a no-op
      MessageBuffer.insert(connection, buffered, correlated == 0 ? null : now);
    }
    if (correlated > 0) {
      return Outcome.CORRELATED;
    }
    return keep ? Outcome.BUFFERED : Outcome.DROPPED;
  }

  /** One new instance of each process (latest version) with a message start event of this name. */
  private int startProcesses(
      CommandContext commandContext, RuntimeService runtime, Map<String, Object> variables) {
    int started = 0;
    for (EventSubscriptionEntity subscription :
        commandContext
            .getEventSubscriptionManager()
            .findMessageStartEventSubscriptionByName(message.name())) {
      runtime
          .createMessageCorrelation(message.name())
          .processDefinitionId(subscription.getConfiguration())
          .setVariables(variables)
          .startMessageOnly()
          .correlateWithResult();
      started++;
    }
    return started;
  }
}
