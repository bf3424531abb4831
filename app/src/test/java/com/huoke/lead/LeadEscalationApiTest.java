package com.huoke.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A hot lead nobody claims is escalated by the real timer, worker and engine gateway once its (here
 * one-second) SLA passes: offered to {@code sales-leads} and recorded on the lead.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "huoke.leads.qualify-sla=PT1S",
      // an idle job executor otherwise sleeps up to a minute before it looks for due timers
      "operaton.bpm.job-execution.max-wait=500",
      "operaton.bpm.job-execution.wait-time-in-millis=200"
    })
class LeadEscalationApiTest {

  @LocalServerPort int port;

  @Test
  void escalatesAnUnclaimedHotLeadToSalesLeads() {
    LeadApi api = new LeadApi(port);
    LeadApi.Response created = api.post(LeadFixtures.hotLead());

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> assertThat(api.lead(created.location()).at("/escalations").size()).isEqualTo(1));

    JsonNode lead = api.lead(created.location());
    JsonNode escalation = lead.at("/escalations/0");
    assertThat(escalation.get("fromGroups").toString()).isEqualTo("[\"sales\"]");
    assertThat(escalation.get("toGroups").toString()).isEqualTo("[\"sales-leads\"]");
    assertThat(escalation.get("userTaskKey").asText())
        .isEqualTo(lead.at("/process/openTasks/0/userTaskKey").asText());
    assertThat(lead.at("/process/openTasks/0/candidateGroups").toString())
        .isEqualTo("[\"sales-leads\"]");
    assertThat(lead.at("/status").asText()).isEqualTo("QUALIFYING");
  }
}
