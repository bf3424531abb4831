package com.huoke.engine.embedded;

import com.huoke.workers.embedded.TranslationConventions;
import java.util.Map;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.operaton.bpm.engine.impl.bpmn.parser.EventSubscriptionDeclaration;
import org.operaton.bpm.engine.impl.pvm.process.ActivityImpl;
import org.operaton.bpm.engine.impl.pvm.process.ScopeImpl;
import org.operaton.bpm.engine.impl.util.xml.Element;

/**
 * Gives every message catch event, receive task and message boundary event that carries {@code
 * huoke.correlationKey} a {@link CorrelationKeyListener} on the start of its event scope — the
 * activity whose scope execution holds the subscription.
 */
final class CorrelationKeyParseListener implements BpmnParseListener {

  private final FeelExpressionEvaluator feel;

  CorrelationKeyParseListener(FeelExpressionEvaluator feel) {
    this.feel = feel;
  }

  @Override
  public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (element.element("messageEventDefinition") != null) {
      addCorrelationKeyListener(element, activity);
    }
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (element.element("messageEventDefinition") != null) {
      addCorrelationKeyListener(element, activity);
    }
  }

  @Override
  public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (element.attribute("messageRef") != null) {
      addCorrelationKeyListener(element, activity);
    }
  }

  private void addCorrelationKeyListener(Element element, ActivityImpl activity) {
    Map<String, String> properties = BpmnParseUtil.parseOperatonExtensionProperties(element);
    String keyExpression =
        properties == null ? null : properties.get(TranslationConventions.CORRELATION_KEY_PROPERTY);
    ScopeImpl eventScope = activity.getEventScope();
    EventSubscriptionDeclaration declaration =
        EventSubscriptionDeclaration.getDeclarationsForScope(eventScope).get(activity.getId());
    if (keyExpression == null || declaration == null) {
      return; // Operaton-dialect subscription: correlated natively, without a key
    }
    // built in, so it also runs when an instance is started or modified skipping custom listeners
    eventScope.addBuiltInListener(
        ExecutionListener.EVENTNAME_START,
        new CorrelationKeyListener(declaration, activity.getId(), keyExpression, feel));
  }
}
