package com.huoke.engine.embedded;

import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.EventSubscriptionDeclaration;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.operaton.bpm.engine.impl.persistence.entity.MessageEntity;

/**
 * Runs when a message subscription opens (the start of its event scope: the catch event, the
 * receive task, the event-based gateway or the activity a boundary event is attached to). It
 * evaluates the Zeebe correlation key, stores it on the subscription's execution and, when a
 * buffered message with that name and key waits, schedules a job that consumes it once this
 * transaction has committed.
 */
final class CorrelationKeyListener implements ExecutionListener {

  private final EventSubscriptionDeclaration declaration;
  private final String elementId;
  private final String keyExpression;
  private final FeelExpressionEvaluator feel;

  CorrelationKeyListener(
      EventSubscriptionDeclaration declaration,
      String elementId,
      String keyExpression,
      FeelExpressionEvaluator feel) {
    this.declaration = declaration;
    this.elementId = elementId;
    this.keyExpression = keyExpression;
    this.feel = feel;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String messageName = declaration.resolveExpressionOfEventName(execution);
    Object value = feel.evaluate(keyExpression, execution.getVariables());
    String key = MessageSubscriptions.correlationKey(value, keyExpression, elementId);
    execution.setVariableLocal(MessageSubscriptions.keyVariable(messageName), key);

    CommandContext commandContext = Context.getCommandContext();
    boolean buffered =
        MessageBuffer.oldestWaiting(
                MessageSubscriptions.connection(commandContext),
                messageName,
                key,
                MessageSubscriptions.now())
            .isPresent();
    if (buffered) {
      scheduleConsumption((ExecutionEntity) execution, messageName, commandContext);
    }
  }

  /**
   * A job, not a direct correlation: the subscription must be committed before it can fire. The
   * check sees committed messages only, so a message published in the milliseconds while this
   * transaction is still open waits in the buffer until it expires (Zeebe orders both on one
   * partition; here that would take a lock per message name and key on every subscription).
   */
  private static void scheduleConsumption(
      ExecutionEntity execution, String messageName, CommandContext commandContext) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(BufferedMessageJobHandler.TYPE);
    job.setJobHandlerConfigurationRaw(messageName);
    job.setExecution(execution);
    job.setProcessDefinitionId(execution.getProcessDefinitionId());
    job.setProcessDefinitionKey(execution.getProcessDefinition().getKey());
    job.setDeploymentId(execution.getProcessDefinition().getDeploymentId());
    job.setExclusive(true);
    commandContext.getJobManager().send(job);
  }
}
