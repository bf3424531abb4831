package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstanceQuery;
import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.PublishMessage;
import com.huoke.engine.StartProcess;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/**
 * Zeebe's message semantics on Operaton: correlation keys, buffering up to the TTL, message ids.
 */
class MessageBufferingTest {

  @RegisterExtension static final EmbeddedEngine engine = new EmbeddedEngine();

  @BeforeEach
  void deploy() {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
  }

  @Test
  void correlatesOnlyToTheSubscriptionWithTheSameKey() {
    String first = coldLeadWaitingForReply("L1");
    String second = coldLeadWaitingForReply("L2");

    publish("customer-replied", "L2", Duration.ZERO, (String) null);

    assertThat(activeElements(first)).containsExactly("Catch_Reply");
    assertThat(state(second)).isEqualTo(ProcessInstance.State.COMPLETED);
  }

  @Test
  void keepsAnEarlyMessageUntilTheSubscriptionOpens() {
    publishWithVariables("customer-replied", "L1", Duration.ofHours(1), Map.of("reply", "多少钱?"));

    String instance = coldLeadWaitingForReply("L1");
    assertThat(engine.runDueJobs()).isEqualTo(1);

    assertThat(state(instance)).isEqualTo(ProcessInstance.State.COMPLETED);
    assertThat(engine.gateway.getVariables(instance)).containsEntry("reply", "多少钱?");
    assertThat(bufferedRows()).isZero();
  }

  @Test
  void buffersForABoundaryEventUntilItsActivityStarts() {
    publish("lead-withdrawn", "L1", Duration.ofMinutes(5), (String) null);

    String instance = startLead("L1", 80);
    engine.runDueJobs();

    assertThat(state(instance)).isEqualTo(ProcessInstance.State.COMPLETED);
    assertThat(completedElements(instance)).contains("End_Withdrawn");
  }

  @Test
  void anEarlyMessageIsConsumedOnlyOnce() {
    publish("customer-replied", "L1", Duration.ofHours(1), (String) null);

    String first = coldLeadWaitingForReply("L1");
    engine.runDueJobs();
    String second = coldLeadWaitingForReply("L1");
    engine.runDueJobs();

    assertThat(state(first)).isEqualTo(ProcessInstance.State.COMPLETED);
    assertThat(activeElements(second)).containsExactly("Catch_Reply");
  }

  @Test
  void doesNotDeliverAnExpiredMessage() {
    publish("customer-replied", "L1", Duration.ofMinutes(10), (String) null);
    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(11 * 60)));

    String instance = coldLeadWaitingForReply("L1");
    assertThat(engine.runDueJobs()).isZero();

    assertThat(activeElements(instance)).containsExactly("Catch_Reply");
  }

  @Test
  void dropsAMessageWithoutTimeToLiveThatNobodyWaitsFor() {
    publish("customer-replied", "L1", Duration.ZERO, (String) null);

    String instance = coldLeadWaitingForReply("L1");
    engine.runDueJobs();

    assertThat(activeElements(instance)).containsExactly("Catch_Reply");
    assertThat(bufferedRows()).isZero();
  }

  @Test
  void publishingTheSameMessageIdTwiceBuffersItOnce() {
    publish("customer-replied", "L1", Duration.ofHours(1), "wecom-msg-1");
    publish("customer-replied", "L1", Duration.ofHours(1), "wecom-msg-1");

    String first = coldLeadWaitingForReply("L1");
    engine.runDueJobs();
    String second = coldLeadWaitingForReply("L1");
    engine.runDueJobs();

    assertThat(state(first)).isEqualTo(ProcessInstance.State.COMPLETED);
    assertThat(activeElements(second)).containsExactly("Catch_Reply");
  }

  @Test
  void aRedeliveredMessageIdIsIgnoredAfterItWasCorrelated() {
    String first = coldLeadWaitingForReply("L1");
    publish("customer-replied", "L1", Duration.ofHours(1), "wecom-msg-1");
    assertThat(state(first)).isEqualTo(ProcessInstance.State.COMPLETED);

    publish("customer-replied", "L1", Duration.ofHours(1), "wecom-msg-1");
    String second = coldLeadWaitingForReply("L1");
    engine.runDueJobs();

    assertThat(activeElements(second)).containsExactly("Catch_Reply");
  }

  @Test
  void purgesExpiredMessages() {
    publish("customer-replied", "L1", Duration.ofMinutes(1), (String) null);
    publish("customer-replied", "L2", Duration.ofMinutes(1), "msg-2");
    assertThat(bufferedRows()).isEqualTo(2);

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(3600)));
    publish("customer-replied", "L3", Duration.ofMinutes(1), (String) null);

    assertThat(bufferedRows()).isEqualTo(1);
  }

  @Test
  void startsProcessesWithAMessageStartEventOfThatName() {
    engine.deploy("embedded/message-start.bpmn");

    publishWithVariables("lead-arrived", "L9", Duration.ZERO, Map.of("channel", "douyin"));

    List<ProcessInstance> started =
        engine.gateway.searchProcessInstances(
            new ProcessInstanceQuery("message-start", null, null, 10));
    assertThat(started)
        .singleElement()
        .extracting(ProcessInstance::state)
        .isEqualTo(ProcessInstance.State.ACTIVE);
    assertThat(engine.gateway.getVariables(started.get(0).processInstanceKey()))
        .containsEntry("channel", "douyin");
    assertThat(bufferedRows()).isZero();
  }

  private String coldLeadWaitingForReply(String leadId) {
    String instance = startLead(leadId, 10);
    assertThat(activeElements(instance)).containsExactly("Catch_Reply");
    return instance;
  }

  private String startLead(String leadId, int score) {
    ProcessInstanceRef ref =
        engine.gateway.startProcess(
            new StartProcess("lead-flow", leadId, Map.of("lead", Map.of("id", leadId))));
    engine.completeJob("score-lead", Map.of("lead", Map.of("id", leadId, "score", score)));
    return ref.processInstanceKey();
  }

  private void publish(String name, String key, Duration ttl, String messageId) {
    publish(name, key, ttl, messageId, Map.of());
  }

  private void publishWithVariables(
      String name, String key, Duration ttl, Map<String, Object> variables) {
    publish(name, key, ttl, null, variables);
  }

  private void publish(
      String name, String key, Duration ttl, String messageId, Map<String, Object> variables) {
    engine.gateway.publishMessage(new PublishMessage(name, key, ttl, messageId, variables));
  }

  private ProcessInstance.State state(String instance) {
    return engine.gateway.getProcessInstance(instance).state();
  }

  private List<String> activeElements(String instance) {
    return elements(instance, ElementInstance.State.ACTIVE);
  }

  private List<String> completedElements(String instance) {
    return elements(instance, ElementInstance.State.COMPLETED);
  }

  private List<String> elements(String instance, ElementInstance.State state) {
    return engine.gateway.getElementInstances(instance).stream()
        .filter(element -> element.state() == state)
        .map(ElementInstance::elementId)
        .toList();
  }

  private int bufferedRows() {
    var configuration =
        (ProcessEngineConfigurationImpl)
            engine.engine.processEngine().getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery("SELECT COUNT(*) FROM huoke_message_buffer")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
