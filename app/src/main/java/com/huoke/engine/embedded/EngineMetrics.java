package com.huoke.engine.embedded;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.operaton.bpm.engine.impl.cfg.TransactionState;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;

/**
 * Micrometer counters of what the engine did. Counted when the engine transaction commits, so a
 * rolled-back start or a retried job is not counted twice.
 */
public final class EngineMetrics {

  public static final String STARTED = "huoke.process.instances.started";
  public static final String COMPLETED = "huoke.process.instances.completed";
  // not "….created": Prometheus reserves the _created suffix
  public static final String INCIDENTS = "huoke.incidents";
  public static final String PROCESS_ID_TAG = "process.id";
  public static final String TYPE_TAG = "type";

  private final MeterRegistry registry;

  public EngineMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void processStarted(String processId) {
    afterCommit(counter(STARTED, processId));
  }

  void processCompleted(String processId) {
    afterCommit(counter(COMPLETED, processId));
  }

  void incidentCreated(String processId, String type) {
    afterCommit(
        Counter.builder(INCIDENTS)
            .description("Incidents created")
            .tag(PROCESS_ID_TAG, processId)
            .tag(TYPE_TAG, type)
            .register(registry));
  }

  private Counter counter(String name, String processId) {
    return Counter.builder(name).tag(PROCESS_ID_TAG, processId).register(registry);
  }

  private static void afterCommit(Counter counter) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      counter.increment();
      return;
    }
    commandContext
        .getTransactionContext()
        .addTransactionListener(TransactionState.COMMITTED, committed -> counter.increment());
  }
}
