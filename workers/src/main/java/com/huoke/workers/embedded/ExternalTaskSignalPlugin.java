package com.huoke.workers.embedded;

import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.TransactionState;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;

/**
 * Makes new external tasks reach their workers at once instead of at the next poll: every activity
 * that creates an external task gets a start listener which, once the creating transaction has
 * committed, signals the pollers of the task's topic. Also makes an uncaught BPMN error an error,
 * as in Zeebe.
 */
final class ExternalTaskSignalPlugin extends AbstractProcessEnginePlugin {

  private final TopicSignals signals;

  ExternalTaskSignalPlugin(TopicSignals signals) {
    this.signals = signals;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Zeebe raises an incident for a BPMN error nothing catches; Operaton would silently end the
    // execution unless told to refuse it, which lets the binding raise that incident instead
    configuration.setEnableExceptionsAfterUnhandledBpmnError(true);
    List<BpmnParseListener> listeners =
        configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AttachSignalListener());
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /**
   * Attaches the signalling start listener to each activity whose behaviour is an external task.
   */
  private final class AttachSignalListener implements BpmnParseListener {

    @Override
    public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(element, activity);
    }

    @Override
    public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(element, activity);
    }

    @Override
    public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(element, activity);
    }

    @Override
    public void parseIntermediateThrowEvent(
        Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(element.element("messageEventDefinition"), activity);
    }

    @Override
    public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
      attach(element.element("messageEventDefinition"), activity);
    }

    private void attach(Element definition, ActivityImpl activity) {
      if (definition == null
          || !(activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior)) {
        return;
      }
      String topic = definition.attributeNS(BpmnParse.OPERATON_BPMN_EXTENSIONS_NS, "topic");
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, new SignalOnCommit(topic));
    }
  }

  /** Registers the wake-up to run after the current transaction commits, never before. */
  private final class SignalOnCommit implements ExecutionListener {

    private final String topic;
    private final boolean dynamic;

    SignalOnCommit(String topic) {
      this.topic = topic;
      // a topic given as an expression is known only at run time: wake every poller then
      this.dynamic = topic == null || topic.contains("${") || topic.contains("#{");
    }

    @Override
    public void notify(DelegateExecution execution) {
      Context.getCommandContext()
          .getTransactionContext()
          .addTransactionListener(
              TransactionState.COMMITTED,
              commandContext -> {
                if (dynamic) {
                  signals.signalAll();
                } else {
                  signals.signal(topic);
                }
              });
    }
  }
}
