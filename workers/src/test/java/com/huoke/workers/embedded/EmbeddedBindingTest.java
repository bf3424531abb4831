package com.huoke.workers.embedded;

import static org.awaitility.Awaitility.await;

import com.huoke.workers.embedded.fixture.TestProcesses;
import com.huoke.workers.embedded.fixture.TestWorkers;
import com.huoke.workers.embedded.fixture.WorkerTestApplication;
import java.time.Duration;
import java.util.Map;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the tests that run real processes: one shared application context with the engine and the
 * {@link TestWorkers}; each test uses its own process id and job type.
 */
@SpringBootTest(classes = WorkerTestApplication.class)
abstract class EmbeddedBindingTest {

  /** Generous bound for asynchronous outcomes; fallback polls and backoffs are far shorter. */
  static final Duration PATIENCE = Duration.ofSeconds(20);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ExternalTaskService externalTaskService;
  @Autowired HistoryService historyService;
  @Autowired TestWorkers workers;

  void deploy(BpmnModelInstance model) {
    String processId =
        model.getDefinitions().getRootElements().iterator().next().getAttributeValue("id");
    repositoryService
        .createDeployment()
        .name(processId)
        .addString(processId + ".bpmn", TestProcesses.camundaDialect(model))
        .deploy();
  }

  String start(String processId, Map<String, Object> variables) {
    return runtimeService.startProcessInstanceByKey(processId, variables).getId();
  }

  /** Waits until the instance rests in {@code activityId}. */
  void awaitAt(String processInstanceId, String activityId) {
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                runtimeService
                        .createExecutionQuery()
                        .processInstanceId(processInstanceId)
                        .activityId(activityId)
                        .count()
                    > 0);
  }

  Map<String, Object> variablesOf(String processInstanceId) {
    return runtimeService.getVariables(processInstanceId);
  }
}
