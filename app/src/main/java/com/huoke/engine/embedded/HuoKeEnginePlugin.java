package com.huoke.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.runtime.Incident;
import org.operaton.bpm.engine.spring.SpringBeansResolverFactory;

/**
 * Everything HuoKe adds to Operaton so that Camunda 8 processes run on it: JSON variables without
 * Spin, Zeebe correlation keys with message buffering, and engine metrics. The Spring app and the
 * process test driver install this same plugin.
 */
public final class HuoKeEnginePlugin extends AbstractProcessEnginePlugin {

  private static final String DATATYPE_FACTORY_PROPERTY = "javax.xml.datatype.DatatypeFactory";
  private static final String JDK_DATATYPE_FACTORY =
      "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

  private final FeelExpressionEvaluator feel;
  private final EngineMetrics metrics;

  public HuoKeEnginePlugin(FeelExpressionEvaluator feel, EngineMetrics metrics) {
    this.feel = feel;
    this.metrics = metrics;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Operaton's DurationHelper calls DatatypeFactory.newInstance() for every timer; naming the
    // JDK's factory spares a ServiceLoader scan of every jar on each call (found by profiling).
    if (System.getProperty(DATATYPE_FACTORY_PROPERTY) == null) {
      System.setProperty(DATATYPE_FACTORY_PROPERTY, JDK_DATATYPE_FACTORY);
    }
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDefaultSerializationFormat(JsonVariableSerializer.FORMAT);
    append(
        configuration::getCustomPostVariableSerializers,
        configuration::setCustomPostVariableSerializers,
        new JsonVariableSerializer(JsonVariables.mapper()));

    append(
        configuration::getCustomPostBPMNParseListeners,
        configuration::setCustomPostBPMNParseListeners,
        new CorrelationKeyParseListener(feel));
    append(
        configuration::getCustomPostBPMNParseListeners,
        configuration::setCustomPostBPMNParseListeners,
        new MetricsParseListener(metrics));

    append(
        configuration::getCustomJobHandlers,
        configuration::setCustomJobHandlers,
        new BufferedMessageJobHandler());

    // the default handlers still create incidents; ours ride along as composite sub-handlers
    configuration.setCompositeIncidentHandlersEnabled(true);
    append(
        configuration::getCustomIncidentHandlers,
        configuration::setCustomIncidentHandlers,
        new IncidentMetricsHandler(Incident.FAILED_JOB_HANDLER_TYPE, metrics));
    append(
        configuration::getCustomIncidentHandlers,
        configuration::setCustomIncidentHandlers,
        new IncidentMetricsHandler(Incident.EXTERNAL_TASK_HANDLER_TYPE, metrics));
  }

  /**
   * Script bindings must not enumerate Spring beans: FEEL's script engine reads every binding on
   * every evaluation, and Operaton's Spring resolver answers by instantiating each prototype bean
   * (a Jackson builder among them) — the largest cost per gateway condition and mapping. FEEL in
   * Camunda 8 sees process variables only, so the resolver never served a purpose here.
   */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getResolverFactories().removeIf(SpringBeansResolverFactory.class::isInstance);
  }

  /** Operaton's custom lists may be null or unmodifiable until someone sets them. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void append(Supplier<List> getter, Consumer<List> setter, Object element) {
    List current = getter.get();
    List updated = current == null ? new ArrayList<>() : new ArrayList<>(current);
    updated.add(element);
    setter.accept(updated);
  }
}
