package com.huoke.benchmark;

import java.util.HashMap;
import java.util.Map;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.springframework.context.ApplicationContext;

/**
 * When each qualify task came into existence, read from the embedded engine's history: the engine's
 * own timestamp, so polling adds no latency to what is measured.
 */
final class TaskClock {

  static final String QUALIFY_TASK = "UserTask_QualifyLead";

  private final HistoryService history;

  TaskClock(ApplicationContext app) {
    this.history = app.getBean(HistoryService.class);
  }

  int count(String processId) {
    return (int)
        history
            .createHistoricTaskInstanceQuery()
            .processDefinitionKey(processId)
            .taskDefinitionKey(QUALIFY_TASK)
            .count();
  }

  /**
   * Waits until {@code expected} tasks exist; returns the creation time of the newest, epoch ms.
   */
  long awaitCount(String processId, int expected) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 600_000;
    while (count(processId) < expected) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException(
            "Expected %d qualify tasks of %s within 10 minutes, but %d exist"
                .formatted(expected, processId, count(processId)));
      }
      // the count scans the task history: polling it often would load the database being measured;
      // latencies come from the engine's own timestamps, so a slower poll does not change them
      Thread.sleep(250);
    }
    return history
        .createHistoricTaskInstanceQuery()
        .processDefinitionKey(processId)
        .taskDefinitionKey(QUALIFY_TASK)
        .orderByHistoricActivityInstanceStartTime()
        .desc()
        .listPage(0, 1)
        .get(0)
        .getStartTime()
        .getTime();
  }

  /** Task creation time (epoch ms) per process business key. */
  Map<String, Long> createdByBusinessKey(String processId) {
    Map<String, String> businessKeys = new HashMap<>();
    for (HistoricProcessInstance instance :
        history.createHistoricProcessInstanceQuery().processDefinitionKey(processId).list()) {
      businessKeys.put(instance.getId(), instance.getBusinessKey());
    }
    Map<String, Long> created = new HashMap<>();
    for (HistoricTaskInstance task :
        history
            .createHistoricTaskInstanceQuery()
            .processDefinitionKey(processId)
            .taskDefinitionKey(QUALIFY_TASK)
            .list()) {
      created.put(businessKeys.get(task.getProcessInstanceId()), task.getStartTime().getTime());
    }
    return created;
  }
}
