package com.huoke.processtest;

import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.PublishMessage;
import com.huoke.engine.StartProcess;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * What a process test works with, as {@code CamundaProcessTestContext} in Camunda Process Test:
 * deploy, start, mock workers, complete user tasks, publish messages, move time. Every action runs
 * the engine until it comes to rest, so what follows sees its whole effect.
 */
public final class ProcessTestContext {

  private final ProcessTestEngine engine;
  private final EngineDriver driver;
  private long clockOffsetMillis;

  ProcessTestContext(ProcessTestEngine engine, Duration idleTimeout) {
    this.engine = engine;
    this.driver = new EngineDriver(engine.processEngine(), idleTimeout);
  }

  /**
   * Deploys classpath resources, e.g. {@code deploy("processes/lead-intake.bpmn", "forms/x.form")}.
   */
  public Deployment deploy(String... classpathResources) {
    return gateway()
        .deploy(Arrays.stream(classpathResources).map(ProcessTestContext::resource).toList());
  }

  public ProcessInstanceRef createProcessInstance(String processId) {
    return createProcessInstance(processId, Map.of());
  }

  public ProcessInstanceRef createProcessInstance(String processId, Map<String, Object> variables) {
    ProcessInstanceRef instance =
        gateway().startProcess(new StartProcess(processId, null, variables));
    driver.driveUntilIdle();
    return instance;
  }

  /** The mocked worker for this job type; jobs of types nobody mocks stay open. */
  public JobWorkerMock mockJobWorker(String jobType) {
    return driver.mock(jobType);
  }

  public void completeUserTask(UserTaskSelector selector) {
    completeUserTask(selector, Map.of());
  }

  public void completeUserTask(UserTaskSelector selector, Map<String, Object> variables) {
    driver.driveUntilIdle();
    List<UserTask> open = gateway().searchUserTasks(openTasks());
    UserTask task =
        open.stream()
            .filter(selector::matches)
            .findFirst()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Expected an open user task with %s to complete, but open were %s"
                            .formatted(selector, Describe.userTasks(open))));
    gateway().completeUserTask(task.userTaskKey(), variables);
    driver.driveUntilIdle();
  }

  public void publishMessage(String name, String correlationKey) {
    publishMessage(name, correlationKey, Map.of());
  }

  public void publishMessage(String name, String correlationKey, Map<String, Object> variables) {
    publishMessage(new PublishMessage(name, correlationKey, Duration.ZERO, null, variables));
  }

  public void publishMessage(PublishMessage message) {
    gateway().publishMessage(message);
    driver.driveUntilIdle();
  }

  /** Moves the engine clock forward and runs what became due: timers, buffered-message expiry. */
  public void increaseTime(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("Expected a positive duration, but got " + duration);
    }
    clockOffsetMillis += duration.toMillis();
    ClockUtil.offset(clockOffsetMillis);
    driver.driveUntilIdle();
  }

  public Instant getCurrentTime() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** The gateway the app would use, for queries beyond the assertions. */
  public EngineGateway gateway() {
    return engine.gateway();
  }

  public ProcessEngine processEngine() {
    return engine.processEngine();
  }

  void driveUntilIdle() {
    driver.driveUntilIdle();
  }

  static UserTaskQuery openTasks() {
    return new UserTaskQuery(null, null, null, null, null, false, 1_000);
  }

  private static DeploymentResource resource(String classpathResource) {
    try (InputStream content =
        ProcessTestContext.class.getClassLoader().getResourceAsStream(classpathResource)) {
      if (content == null) {
        throw new IllegalArgumentException(
            "Expected %s on the classpath, but it is not there".formatted(classpathResource));
      }
      return new DeploymentResource(classpathResource, content.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
