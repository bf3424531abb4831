package com.huoke.workers.embedded;

import static com.huoke.workers.embedded.fixture.TestProcesses.externalTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class PickupSignalTest extends EmbeddedBindingTest {

  @Autowired TopicSignals signals;
  @Autowired TransactionTemplate transactions;

  @Test
  void signalsTheTopicOnlyOnceTheTransactionCreatingTheTaskHasCommitted() {
    deploy(externalTask("signalled", "nobody-polls-this", Map.of()));
    WakeUp wakeUp = new WakeUp();
    signals.subscribe("nobody-polls-this", wakeUp);
    AtomicBoolean signalledBeforeCommit = new AtomicBoolean();
    try {
      transactions.executeWithoutResult(
          status -> {
            start("signalled", Map.of());
            signalledBeforeCommit.set(wasSignalled(wakeUp));
          });

      assertThat(signalledBeforeCommit).isFalse();
      await().atMost(PATIENCE).until(() -> wasSignalled(wakeUp));
    } finally {
      signals.unsubscribe("nobody-polls-this", wakeUp);
    }
  }

  private static boolean wasSignalled(WakeUp wakeUp) {
    try {
      return wakeUp.await(Duration.ZERO);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
