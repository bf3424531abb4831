package com.huoke.processtest;

import com.huoke.engine.EngineGateway;
import com.huoke.engine.embedded.EngineMetrics;
import com.huoke.engine.embedded.FeelExpressionEvaluator;
import com.huoke.engine.embedded.HuoKeEnginePlugin;
import com.huoke.engine.embedded.OperatonEngineGateway;
import com.huoke.workers.embedded.TranslationConventions;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * A standalone in-memory Operaton engine (H2) built from the same plugin, {@code feel} bean and
 * gateway as the app, without Spring. Its job executor is off: the driver runs jobs itself.
 */
public final class ProcessTestEngine implements AutoCloseable {

  private static final String BUFFER_MIGRATION = "db/migration/common/V2__message_buffer.sql";

  private final ProcessEngine processEngine;
  private final SimpleMeterRegistry meterRegistry;
  private final OperatonEngineGateway gateway;

  private ProcessTestEngine(ProcessEngine processEngine, SimpleMeterRegistry meterRegistry) {
    this.processEngine = processEngine;
    this.meterRegistry = meterRegistry;
    this.gateway = new OperatonEngineGateway(processEngine);
  }

  /** Builds a fresh engine on its own in-memory database. */
  public static ProcessTestEngine start() {
    SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
    FeelExpressionEvaluator feel = new FeelExpressionEvaluator();
    String name = "huoke-process-test-" + UUID.randomUUID();

    StandaloneInMemProcessEngineConfiguration configuration =
        new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
    configuration.setHistoryTimeToLive("P30D");
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.setDbMetricsReporterActivate(false);
    Map<Object, Object> beans = new HashMap<>();
    beans.put(TranslationConventions.FEEL_BEAN, feel);
    configuration.setBeans(beans);
    configuration.setProcessEnginePlugins(
        List.of(new HuoKeEnginePlugin(feel, new EngineMetrics(meterRegistry))));

    ProcessEngine processEngine = configuration.buildProcessEngine();
    createMessageBuffer(configuration);
    return new ProcessTestEngine(processEngine, meterRegistry);
  }

  public EngineGateway gateway() {
    return gateway;
  }

  public ProcessEngine processEngine() {
    return processEngine;
  }

  public SimpleMeterRegistry meterRegistry() {
    return meterRegistry;
  }

  /**
   * Forgets everything a test did: deployments with their instances and history, messages, time.
   */
  public void reset() {
    ClockUtil.reset();
    processEngine
        .getRepositoryService()
        .createDeploymentQuery()
        .list()
        .forEach(
            deployment ->
                processEngine
                    .getRepositoryService()
                    .deleteDeployment(deployment.getId(), true, true));
    execute(configuration(), "DELETE FROM huoke_message_buffer");
    meterRegistry.clear();
  }

  @Override
  public void close() {
    ClockUtil.reset();
    processEngine.close();
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  /** The buffer table comes from the app's own Flyway migration, run as plain SQL. */
  private static void createMessageBuffer(ProcessEngineConfigurationImpl configuration) {
    try (InputStream script =
        ProcessTestEngine.class.getClassLoader().getResourceAsStream(BUFFER_MIGRATION)) {
      if (script == null) {
        throw new IllegalStateException("Expected " + BUFFER_MIGRATION + " on the classpath");
      }
      String sql = new String(script.readAllBytes(), StandardCharsets.UTF_8);
      for (String statement : sql.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          execute(configuration, statement);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void execute(ProcessEngineConfigurationImpl configuration, String sql) {
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Expected to run " + sql + ", but: " + e.getMessage(), e);
    }
  }
}
