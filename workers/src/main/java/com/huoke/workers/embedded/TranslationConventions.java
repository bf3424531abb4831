package com.huoke.workers.embedded;

/**
 * What the deploy-time translator (app, {@code com.huoke.engine.translation}) writes into the
 * Operaton-dialect BPMN and the embedded runtime (this binding, the engine gateway) reads back.
 *
 * <p>A Zeebe service or send task becomes {@code camunda:type="external"} with {@code
 * camunda:topic} = the job type. Its task headers become {@code camunda:properties} under their own
 * names; the properties below, all prefixed {@code huoke.}, are reserved and never shown to workers
 * as headers.
 */
public final class TranslationConventions {

  /** Extension property: the job's initial retries from {@code zeebe:taskDefinition retries}. */
  public static final String RETRIES_PROPERTY = "huoke.retries";

  /**
   * Extension property {@code "true"} when the task has output mappings: then, as in Zeebe, the
   * job's result variables stay local to the task and only the mapped outputs reach the process.
   */
  public static final String LOCAL_RESULT_PROPERTY = "huoke.localResult";

  /**
   * Extension property on a message catch event, receive task or message boundary event: the FEEL
   * correlation key expression (without the leading {@code =}) from the message's {@code
   * zeebe:subscription}.
   */
  public static final String CORRELATION_KEY_PROPERTY = "huoke.correlationKey";

  /** Prefix of every reserved extension property. */
  public static final String RESERVED_PREFIX = "huoke.";

  /** Zeebe's default retries when {@code zeebe:taskDefinition} names none. */
  public static final int DEFAULT_RETRIES = 3;

  /**
   * The Spring bean that evaluates a FEEL expression where Operaton only takes JUEL (timers,
   * assignees, candidate groups, due dates, called element): the translator writes {@code
   * ${feel.evaluate(execution, "<expr>")}}.
   */
  public static final String FEEL_BEAN = "feel";

  private TranslationConventions() {}
}
