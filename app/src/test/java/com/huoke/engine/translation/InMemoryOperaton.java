package com.huoke.engine.translation;

import com.huoke.processtest.ProcessTestEngine;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.repository.Deployment;

/**
 * The process-test engine (production plugins and {@code feel} bean, in-memory H2 of its own),
 * shared by the tests of one class ({@code @RegisterExtension static}), taking Operaton-dialect XML
 * as the translator wrote it.
 */
final class InMemoryOperaton implements BeforeAllCallback, AfterAllCallback {

  private ProcessTestEngine engine;

  @Override
  public void beforeAll(ExtensionContext context) {
    engine = ProcessTestEngine.start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (engine != null) {
      engine.close();
    }
  }

  ProcessEngine engine() {
    return engine.processEngine();
  }

  /** Deploys one BPMN resource; Operaton's parser rejects what it cannot run by throwing. */
  Deployment deploy(String resourceName, byte[] operatonXml) {
    return engine
        .processEngine()
        .getRepositoryService()
        .createDeployment()
        .name(resourceName)
        .addInputStream(resourceName, new ByteArrayInputStream(operatonXml))
        .deploy();
  }
}
