package com.huoke.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins to {@code huoke.security.sign-in-limit.max-failures} per user name and per
 * client address within the window: password guessing against one user, and one address trying many
 * users, both stop there.
 *
 * <p>Kept in memory, not in the database: a failure only matters for minutes, a restart forgetting
 * them gives an attacker one more round of a handful of tries, and counting in memory keeps a flood
 * of bad sign-ins from turning into a flood of writes. In a cluster each node counts on its own, so
 * the limit is per node.
 *
 * <p>Every attempt counts as a failure the moment it starts and is taken back when it succeeds, so
 * parallel guesses cannot slip past the limit while their passwords are being checked.
 */
@Component
class SignInThrottle {

  /** Above this many tracked names and addresses, the ones with nothing recent are dropped. */
  private static final int SWEEP_ABOVE = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  @Autowired
  SignInThrottle(AuthProperties properties) {
    this(
        properties.signInLimit().maxFailures(),
        properties.signInLimit().window(),
        Clock.systemUTC());
  }

  SignInThrottle(int maxFailures, Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  /**
   * Starts an attempt by {@code username} from {@code clientAddress}, counted as failed until
   * {@link Attempt#succeeded()}.
   *
   * @throws TooManySignInAttemptsException when either has failed too often within the window
   */
  synchronized Attempt begin(String username, String clientAddress) {
    Instant now = clock.instant();
    String user = "user:" + username;
    String address = "address:" + clientAddress;
    Duration wait = max(retryAfter(user, now), retryAfter(address, now));
    if (!wait.isZero()) {
      throw new TooManySignInAttemptsException(wait);
    }
    if (failures.size() > SWEEP_ABOVE) {
      failures.values().removeIf(times -> prune(times, now).isEmpty());
    }
    failures.computeIfAbsent(user, key -> new ArrayDeque<>()).addLast(now);
    failures.computeIfAbsent(address, key -> new ArrayDeque<>()).addLast(now);
    return new Attempt(user, address, now);
  }

  private synchronized void takeBack(Attempt attempt) {
    // a success forgives the user name's failures, not the address's: an address trying many
    // names stays limited even when one of them is its own
    failures.remove(attempt.user);
    Deque<Instant> address = failures.get(attempt.address);
    if (address != null) {
      address.removeLastOccurrence(attempt.startedAt);
    }
  }

  private Duration retryAfter(String key, Instant now) {
    Deque<Instant> times = failures.get(key);
    if (times == null || prune(times, now).size() < maxFailures) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(now, times.peekFirst().plus(window));
    return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
  }

  private Deque<Instant> prune(Deque<Instant> times, Instant now) {
    Instant horizon = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
      times.removeFirst();
    }
    return times;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** One sign-in attempt under way. */
  final class Attempt {
    private final String user;
    private final String address;
    private final Instant startedAt;

    private Attempt(String user, String address, Instant startedAt) {
      this.user = user;
      this.address = address;
      this.startedAt = startedAt;
    }

    /** The password was right: this attempt was no failure, and the user's earlier ones lapse. */
    void succeeded() {
      takeBack(this);
    }
  }
}
