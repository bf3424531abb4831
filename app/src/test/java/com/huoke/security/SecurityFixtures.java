package com.huoke.security;

import com.huoke.testsupport.JsonApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Users and client addresses no other test uses, so tests sharing a database stay apart. */
final class SecurityFixtures {

  static final String PASSWORD = "correct-horse-battery";

  private static final AtomicInteger ADDRESSES =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 20));

  private SecurityFixtures() {}

  /** A client address of a test's own (TEST-NET-2 range, never a proxy's). */
  static String newAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "198.%d.%d.%d".formatted(18 + (n >> 16) % 2, (n >> 8) & 0xff, n & 0xff);
  }

  static String newUsername(String prefix) {
    return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates an enabled user with {@link #PASSWORD} through the API, as the admin; its JSON. */
  static Map<String, Object> user(String username, List<String> roles, List<String> groups) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("username", username);
    user.put("displayName", "测试 " + username);
    user.put("password", PASSWORD);
    user.put("roles", roles);
    user.put("groups", groups);
    return user;
  }

  /** Creates the user; answers its id. */
  static String create(JsonApi admin, Map<String, Object> user) {
    return admin.post("/api/v1/users", user).expect(201).get("id").asText();
  }
}
