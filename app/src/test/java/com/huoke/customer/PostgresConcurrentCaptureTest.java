package com.huoke.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.huoke.lead.LeadAccepted;
import com.huoke.lead.LeadManagement;
import com.huoke.lead.NewLead;
import com.huoke.lead.SourcePlatform;
import com.huoke.privacy.LookupHash;
import com.huoke.testsupport.PostgresTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two transactions capturing the same person at the same time end with one customer: the unique key
 * on customer_identities makes the second capture wait for the first, and ON CONFLICT DO NOTHING
 * lets it carry on (instead of aborting) and attach its lead to the first one's customer.
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PostgresConcurrentCaptureTest {

  @Autowired LeadManagement leads;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired LookupHash lookupHash;

  final ExecutorService threads = Executors.newFixedThreadPool(8);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aCaptureThatWaitedForAnotherAttachesToItsCustomer() throws Exception {
    String phone = Captures.uniqueMobile();
    Instant start = Instant.now();
    CountDownLatch firstCaptured = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);

    Future<LeadAccepted> first =
        threads.submit(
            () ->
                transactions.execute(
                    status -> {
                      LeadAccepted accepted = leads.capture(lead(SourcePlatform.DOUYIN, phone));
                      firstCaptured.countDown();
                      waitFor(commitFirst);
                      return accepted;
                    }));
    assertThat(firstCaptured.await(30, TimeUnit.SECONDS)).isTrue();
    // the second capture saw no customer yet, created its own and now waits on the phone's row
    Future<LeadAccepted> second =
        threads.submit(() -> leads.capture(lead(SourcePlatform.BAIDU, phone)));
    await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock() > 0);
    commitFirst.countDown();

    List<UUID> leadIds =
        List.of(first.get(30, TimeUnit.SECONDS).id(), second.get(30, TimeUnit.SECONDS).id());

    assertOneCustomerFor(phone, leadIds, start);
  }

  @Test
  void manyCapturesOfOnePersonAtOnceEndWithOneCustomer() throws Exception {
    String phone = Captures.uniqueMobile();
    Instant start = Instant.now();
    int captures = 8;
    CyclicBarrier together = new CyclicBarrier(captures);
    List<Future<LeadAccepted>> accepted = new ArrayList<>();
    for (int i = 0; i < captures; i++) {
      SourcePlatform platform = i % 2 == 0 ? SourcePlatform.DOUYIN : SourcePlatform.XIAOHONGSHU;
      accepted.add(
          threads.submit(
              () -> {
                together.await(30, TimeUnit.SECONDS);
                return leads.capture(lead(platform, phone));
              }));
    }
    List<UUID> leadIds = new ArrayList<>();
    for (Future<LeadAccepted> future : accepted) {
      leadIds.add(future.get(60, TimeUnit.SECONDS).id());
    }

    assertOneCustomerFor(phone, leadIds, start);
  }

  private void assertOneCustomerFor(String phone, List<UUID> leadIds, Instant start) {
    List<UUID> owners =
        jdbc.queryForList(
            "select distinct customer_id from leads where id in ("
                + String.join(",", leadIds.stream().map(id -> "'" + id + "'").toList())
                + ")",
            UUID.class);
    assertThat(owners).as("every lead belongs to one customer").hasSize(1);
    UUID customer = owners.get(0);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from customer_sources where customer_id = ?",
                Long.class,
                customer))
        .isEqualTo(leadIds.size());
    assertThat(
            jdbc.queryForList(
                "select customer_id from customer_identities where kind = 'PHONE' and value_hash = ?",
                UUID.class,
                lookupHash.of(Captures.e164(phone))))
        .containsExactly(customer);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from customers where created_at >= ?",
                Long.class,
                Timestamp.from(start)))
        .as("the customers the losing captures created were folded away, not left behind")
        .isEqualTo(1);
  }

  private int waitingForALock() {
    return jdbc.queryForObject(
        "select count(*) from pg_stat_activity where datname = current_database()"
            + " and wait_event_type = 'Lock'",
        Integer.class);
  }

  private static NewLead lead(SourcePlatform platform, String phone) {
    return new NewLead(
        platform, null, null, "王芳", phone, null, null, null, null, null, null, null, null, null,
        null, null, Map.of(), List.of());
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Expected the test to let the first capture commit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
