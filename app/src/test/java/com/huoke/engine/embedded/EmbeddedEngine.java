package com.huoke.engine.embedded;

import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentResource;
import com.huoke.processtest.ProcessTestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.Job;

/**
 * The shared fixture of the gateway tests: the process test engine with a gateway that takes
 * Operaton-dialect BPMN as it is, and helpers that play a worker and the job executor. Register it
 * with {@code @RegisterExtension static final EmbeddedEngine engine = new EmbeddedEngine();}: it is
 * reset after each test and closed after the class.
 */
final class EmbeddedEngine implements AutoCloseable, AfterEachCallback, AfterAllCallback {

  static final String WORKER = "test-worker";

  final ProcessTestEngine engine = ProcessTestEngine.start();
  final OperatonEngineGateway gateway =
      new OperatonEngineGateway(engine.processEngine(), new OperatonDialectTranslation());

  Deployment deploy(String... classpathResources) {
    return gateway.deploy(Arrays.stream(classpathResources).map(EmbeddedEngine::resource).toList());
  }

  static DeploymentResource resource(String classpathResource) {
    String fileName = classpathResource.substring(classpathResource.lastIndexOf('/') + 1);
    String folder = fileName.endsWith(".form") ? "forms/" : "processes/";
    try (InputStream content =
        EmbeddedEngine.class.getClassLoader().getResourceAsStream(classpathResource)) {
      if (content == null) {
        throw new IllegalArgumentException("No test resource " + classpathResource);
      }
      return new DeploymentResource(folder + fileName, content.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Completes the one open external task of {@code topic}, as a worker would. */
  void completeJob(String topic, Map<String, Object> variables) {
    LockedExternalTask task = lockOne(topic);
    externalTasks().complete(task.getId(), WORKER, variables);
  }

  /** Fails the one open external task of {@code topic} with no retries left: an incident. */
  void failJob(String topic, String message) {
    LockedExternalTask task = lockOne(topic);
    externalTasks().handleFailure(task.getId(), WORKER, message, "stack trace", 0, 0);
  }

  LockedExternalTask lockOne(String topic) {
    List<LockedExternalTask> locked =
        externalTasks().fetchAndLock(1, WORKER).topic(topic, 60_000).execute();
    if (locked.size() != 1) {
      throw new AssertionError("Expected an open job of type '" + topic + "', but found none");
    }
    return locked.get(0);
  }

  /** Runs every due engine job (timers, buffered messages), as the job executor would. */
  int runDueJobs() {
    var management = engine.processEngine().getManagementService();
    int ran = 0;
    List<Job> due;
    while (!(due = management.createJobQuery().executable().list()).isEmpty()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        ran++;
      }
    }
    return ran;
  }

  ExternalTaskService externalTasks() {
    return engine.processEngine().getExternalTaskService();
  }

  void reset() {
    engine.reset();
  }

  @Override
  public void close() {
    engine.close();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}
