package com.huoke.workers.embedded;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Who waits for work on which external-task topic. The engine side signals a topic when a
 * transaction that created an external task for it has committed; the pollers of that topic wake up
 * and fetch.
 */
final class TopicSignals {

  private final Map<String, List<WakeUp>> byTopic = new ConcurrentHashMap<>();

  void subscribe(String topic, WakeUp wakeUp) {
    byTopic.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(wakeUp);
  }

  void unsubscribe(String topic, WakeUp wakeUp) {
    List<WakeUp> wakeUps = byTopic.get(topic);
    if (wakeUps != null) {
      wakeUps.remove(wakeUp);
    }
  }

  /** New work for {@code topic} is visible in the database. */
  void signal(String topic) {
    List<WakeUp> wakeUps = byTopic.get(topic);
    if (wakeUps != null) {
      wakeUps.forEach(WakeUp::signal);
    }
  }

  /** New work for a topic known only at run time (an expression): wake every poller. */
  void signalAll() {
    byTopic.values().forEach(wakeUps -> wakeUps.forEach(WakeUp::signal));
  }
}
