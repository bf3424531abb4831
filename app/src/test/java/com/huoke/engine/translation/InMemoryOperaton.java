package com.huoke.engine.translation;

import com.huoke.workers.embedded.TranslationConventions;
import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.chrono.ChronoZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.Deployment;

/**
 * A standalone Operaton engine on an in-memory H2 database of its own, shared by the tests of one
 * class ({@code @RegisterExtension static}). It knows the {@code feel} bean translated models call.
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
    configuration.setBeans(Map.of(TranslationConventions.FEEL_BEAN, new FeelBean()));
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

  /**
   * The test's stand-in for the runtime's {@code feel} bean, with the same contract: evaluate a
   * FEEL expression over the execution's variables (feel-scala through JSR-223) and give the result
   * in the types Operaton takes for due dates and timers ({@code Date}, ISO 8601 text).
   */
  public static final class FeelBean {

    private final ScriptEngine feel = new ScriptEngineManager().getEngineByName("feel");

    public Object evaluate(DelegateExecution execution, String expression) throws ScriptException {
      Object result = feel.eval(expression, new SimpleBindings(execution.getVariables()));
      if (result instanceof ChronoZonedDateTime<?> dateTime) {
        return Date.from(dateTime.toInstant());
      }
      if (result instanceof OffsetDateTime dateTime) {
        return Date.from(dateTime.toInstant());
      }
      if (result instanceof TemporalAmount duration) {
        return duration.toString();
      }
      return result;
    }
  }
}
