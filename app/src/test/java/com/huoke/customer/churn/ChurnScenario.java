package com.huoke.customer.churn;

import static com.huoke.testsupport.NewCustomers.person;
import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.customer.ActivityType;
import com.huoke.customer.CustomerAtRisk;
import com.huoke.customer.CustomerDirectory;
import com.huoke.customer.CustomerProfiles;
import com.huoke.customer.CustomerStage;
import com.huoke.customer.CustomerTimeline;
import com.huoke.customer.CustomerUpdate;
import com.huoke.customer.NewActivity;
import com.huoke.customer.TagCategory;
import com.huoke.customer.TimelineEntry;
import com.huoke.testsupport.JsonApi;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The churn warning (流失预警): the nightly job flags customers gone quiet, tags and timeline entries
 * appear, {@link CustomerAtRisk} is announced, and the flag goes when the customer is active again.
 * The check works on every customer, so subclasses give it a database of its own; batches of two
 * make three quiet customers take several batches.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "huoke.customers.churn.batch-size=2")
@RecordApplicationEvents
abstract class ChurnScenario {

  static final String WARNING = "流失预警";

  @Autowired ChurnCheck check;
  @Autowired CustomerProfiles profiles;
  @Autowired CustomerDirectory directory;
  @Autowired CustomerTimeline timeline;
  @Autowired JdbcTemplate jdbc;
  @Autowired Scheduler scheduler;
  @Autowired ApplicationEvents events;
  @LocalServerPort int port;

  @Test
  void flagsQuietCustomersAndClearsTheFlagWhenTheyAreActiveAgain() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    UUID quiet = quietCustomer("王芳", now, 31);
    UUID returning = quietCustomer("李雷", now, 45);
    UUID alsoQuiet = quietCustomer("韩梅梅", now, 400);
    UUID active = quietCustomer("赵敏", now, 29);

    runJobAt(now);

    for (UUID customer : List.of(quiet, returning, alsoQuiet)) {
      assertThat(warned(customer)).as("flagged").isTrue();
      TimelineEntry entry = latestTagChange(customer);
      assertThat(entry.summary()).isEqualTo("Tagged STAGE:流失预警: no activity for 30 days");
      assertThat(entry.details()).containsEntry("added", List.of("STAGE:流失预警"));
      assertThat(entry.actor()).isEqualTo("system");
    }
    assertThat(warned(active)).isFalse();
    assertThat(events.stream(CustomerAtRisk.class))
        .contains(
            new CustomerAtRisk(quiet, now.minus(31, ChronoUnit.DAYS), 30, now),
            new CustomerAtRisk(returning, now.minus(45, ChronoUnit.DAYS), 30, now))
        .noneMatch(atRisk -> atRisk.customerId().equals(active));

    profiles.update(returning, renamed("李雷雷"));
    assertThat(warned(returning)).as("staff edits are no customer activity").isTrue();
    directory.recordActivity(
        returning, NewActivity.of(ActivityType.MESSAGE_RECEIVED, Instant.now(), "在吗？"));

    assertThat(warned(returning)).isFalse();
    assertThat(latestTagChange(returning).summary()).isEqualTo("Untagged STAGE:流失预警: active again");
    assertThat(warned(quiet)).isTrue();
  }

  @Test
  void flagsEachQuietCustomerOnce() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    UUID quiet = quietCustomer("周芷若", now, 60);
    runJobAt(now);
    long entries = timeline.page(quiet, 0, 1).totalItems();

    ChurnCheckResult again = check.run(now);

    assertThat(again.flagged()).isZero();
    assertThat(timeline.page(quiet, 0, 1).totalItems()).isEqualTo(entries);
  }

  @Test
  void theNextCheckClearsFlagsOfCustomersActiveSince() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    UUID customer = quietCustomer("张无忌", now, 40);
    runJobAt(now);
    assertThat(warned(customer)).isTrue();
    // activity that reached the database without an event (another node, a bulk import)
    setLastActivity(customer, now.minus(1, ChronoUnit.DAYS));

    ChurnCheckResult result = check.run(now);

    assertThat(result.cleared()).isGreaterThanOrEqualTo(1);
    assertThat(warned(customer)).isFalse();
  }

  @Test
  void theCheckSweepsTheStageRules() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    UUID customer = profiles.create(person("殷素素", CustomerStage.INTERESTED)).id();
    setLastActivity(customer, now.minus(89, ChronoUnit.DAYS));
    runJobAt(now);
    assertThat(profiles.find(customer).stage()).isEqualTo(CustomerStage.INTERESTED);

    ChurnCheckResult twoDaysLater = check.run(now.plus(2, ChronoUnit.DAYS));

    assertThat(twoDaysLater.stageMoves()).isGreaterThanOrEqualTo(1);
    assertThat(profiles.find(customer).stage()).isEqualTo(CustomerStage.PROSPECT);
    assertThat(timeline.page(customer, 0, 1).items().get(0).summary())
        .isEqualTo("Stage 意向 → 潜在: interested but no activity for 90 days");
  }

  @Test
  void operatorsCanRunTheCheckNow() {
    UUID customer = quietCustomer("谢逊", Instant.now(), 35);

    JsonApi.Response response = new JsonApi(port).post("/api/v1/customers/churn-check", "");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body().get("flagged").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(response.body().get("inactiveDays").asInt()).isEqualTo(30);
    assertThat(warned(customer)).isTrue();
  }

  @Test
  void theNightlyTriggerIsStoredInTheClusteredJdbcJobStore() throws SchedulerException {
    assertThat(scheduler.getMetaData().getJobStoreClass()).isEqualTo(LocalDataSourceJobStore.class);
    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
    CronTrigger trigger = (CronTrigger) scheduler.getTrigger(ChurnScheduling.TRIGGER);
    assertThat(trigger.getCronExpression()).isEqualTo("0 0 2 * * ?");
    assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
    assertThat(trigger.getMisfireInstruction())
        .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
    assertThat(trigger.getJobKey()).isEqualTo(ChurnScheduling.JOB);
    ZonedDateTime next = trigger.getNextFireTime().toInstant().atZone(ZoneId.of("Asia/Shanghai"));
    assertThat(next.getHour()).isEqualTo(2);
    assertThat(next.getMinute()).isZero();
    Map<String, Object> stored =
        jdbc.queryForMap(
            "select t.job_name, c.cron_expression, c.time_zone_id from qrtz_triggers t"
                + " join qrtz_cron_triggers c on c.sched_name = t.sched_name"
                + " and c.trigger_name = t.trigger_name and c.trigger_group = t.trigger_group"
                + " where t.trigger_name = ?",
            ChurnScheduling.TRIGGER.getName());
    assertThat(stored).containsValues("churn-check", "0 0 2 * * ?", "Asia/Shanghai");
  }

  /** A customer whose last activity was {@code days} before {@code now}. */
  private UUID quietCustomer(String name, Instant now, int days) {
    UUID customer = profiles.create(person(name, null)).id();
    setLastActivity(customer, now.minus(days, ChronoUnit.DAYS));
    return customer;
  }

  private void setLastActivity(UUID customer, Instant at) {
    jdbc.update(
        "update customers set last_activity_at = ? where id = ?",
        OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
        customer);
  }

  private void runJobAt(Instant now) {
    new ChurnCheckJob(check, Clock.fixed(now, ZoneOffset.UTC)).execute(null);
  }

  private TimelineEntry latestTagChange(UUID customer) {
    return timeline.page(customer, 0, 50).items().stream()
        .filter(entry -> entry.type() == ActivityType.TAGS_CHANGED)
        .findFirst()
        .orElseThrow();
  }

  private boolean warned(UUID customer) {
    return profiles.find(customer).tags().stream()
        .anyMatch(tag -> tag.category() == TagCategory.STAGE && tag.name().equals(WARNING));
  }

  private static CustomerUpdate renamed(String name) {
    return new CustomerUpdate(
        null, name, null, null, null, null, null, null, null, null, Map.of(), null);
  }
}
