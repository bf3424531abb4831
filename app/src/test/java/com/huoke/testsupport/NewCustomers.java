package com.huoke.testsupport;

import com.huoke.customer.CustomerStage;
import com.huoke.customer.NewCustomer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Customers to create by hand in tests, with a phone nobody else in the test database has. */
public final class NewCustomers {

  private NewCustomers() {}

  /** A person called {@code name} at {@code stage} (PROSPECT when null). */
  public static NewCustomer person(String name, CustomerStage stage) {
    return new NewCustomer(
        null,
        name,
        null,
        uniqueMobile(),
        null,
        null,
        null,
        List.of(),
        null,
        stage,
        null,
        List.of(),
        Map.of());
  }

  /** A mainland mobile number, random enough that tests sharing a database do not collide. */
  public static String uniqueMobile() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }
}
