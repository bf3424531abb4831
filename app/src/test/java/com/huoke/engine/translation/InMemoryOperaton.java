package com.huoke.engine.translation;

import com.huoke.engine.embedded.FeelExpressionEvaluator;
import com.huoke.workers.embedded.TranslationConventions;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.Deployment;

/**
 * A standalone Operaton engine on an in-memory H2 database of its own, shared by the tests of one
 * class ({@code @RegisterExtension static}), with the runtime's own {@code feel} bean that
 * translated models call.
 */
final class InMemoryOperaton implements BeforeAllCallback, AfterAllCallback {

  private ProcessEngine engine;

  @Override
  public void beforeAll(ExtensionContext context) {
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "-"
            + UUID.randomUUID().toString().substring(0, 8);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false);
    configuration.setBeans(Map.of(TranslationConventions.FEEL_BEAN, new FeelExpressionEvaluator()));
    engine = configuration.buildProcessEngine();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (engine != null) {
      engine.close();
    }
  }

  ProcessEngine engine() {
    return engine;
  }

  /** Deploys one BPMN resource; Operaton's parser rejects what it cannot run by throwing. */
  Deployment deploy(String resourceName, byte[] operatonXml) {
    return engine
        .getRepositoryService()
        .createDeployment()
        .name(resourceName)
        .addInputStream(resourceName, new ByteArrayInputStream(operatonXml))
        .deploy();
  }
}
