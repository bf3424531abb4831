package com.huoke.lead;

import static com.huoke.lead.IntakeQueueFixtures.awaitCounts;
import static com.huoke.lead.IntakeQueueFixtures.freshSource;
import static com.huoke.lead.IntakeQueueFixtures.queued;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.HuoKeApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leads queued while no node captures them are kept: when the app starts again on the same database
 * with the processor on, they are captured. Run on an H2 file and on PostgreSQL by the subclasses.
 */
abstract class LeadIntakeRestartScenario {

  /** Command-line arguments that point the app at the database under test. */
  abstract List<String> databaseArguments();

  @Test
  void capturesLeadsQueuedBeforeARestart() throws InterruptedException {
    String source = freshSource();
    try (ConfigurableApplicationContext app = start(false)) {
      LeadIntakeQueue queue = app.getBean(LeadIntakeQueue.class);
      ObjectMapper json = app.getBean(ObjectMapper.class);
      queue.enqueue(queued(json, source, "1", LeadFixtures.hotLead()));
      queue.enqueueAll(
          List.of(
              queued(json, source, "2", LeadFixtures.coldLead()),
              queued(json, source, "3", LeadFixtures.coldLead())));
      Thread.sleep(500); // several poll intervals: nothing may pick them up
      assertThat(app.getBean(LeadIntakeQueueStats.class).countsBySource(source).pending())
          .isEqualTo(3);
    }

    try (ConfigurableApplicationContext app = start(true)) {
      QueueCounts counts =
          awaitCounts(app.getBean(LeadIntakeQueueStats.class), source, c -> c.captured() == 3);
      assertThat(counts.failed()).isZero();
      List<UUID> leadIds =
          app.getBean(JdbcTemplate.class)
              .queryForList(
                  "SELECT lead_id FROM lead_intake_queue WHERE source = ?", UUID.class, source);
      LeadManagement leads = app.getBean(LeadManagement.class);
      assertThat(leadIds).doesNotContainNull().doesNotHaveDuplicates();
      leadIds.forEach(id -> assertThat(leads.find(id).process()).isNotNull());
    }
  }

  private ConfigurableApplicationContext start(boolean processor) {
    // command-line arguments, so they win over the test's config/application.yml
    List<String> args = new ArrayList<>(databaseArguments());
    args.add("--server.port=0");
    args.add("--huoke.workers.enabled=false");
    args.add("--huoke.leads.intake-queue.poll-interval=100ms");
    args.add("--huoke.leads.intake-queue.enabled=" + processor);
    return new SpringApplicationBuilder(HuoKeApplication.class).run(args.toArray(String[]::new));
  }
}
