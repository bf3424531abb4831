package com.huoke.engine.embedded;

import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.impl.util.xml.Element;

/** Counts process instances started and completed through listeners on every process. */
final class MetricsParseListener implements BpmnParseListener {

  private final EngineMetrics metrics;

  MetricsParseListener(EngineMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    String processId = processDefinition.getKey();
    ExecutionListener started = execution -> metrics.processStarted(processId);
    ExecutionListener ended =
        execution -> {
          if (!execution.isCanceled()) {
            metrics.processCompleted(processId);
          }
        };
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, started);
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, ended);
  }
}
