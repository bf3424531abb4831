package com.huoke.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.testsupport.JsonApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies and calls the customer API tests share. */
final class CustomerRequests {

  private CustomerRequests() {}

  /** A person with a unique phone, owned by {@code owner} (tests filter on their own owner). */
  static Map<String, Object> person(String name, String owner) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("phone", Captures.uniqueMobile());
    body.put("ownerUserId", owner);
    return body;
  }

  /** {@code base} with {@code patch} applied: a null value removes the key. */
  static Map<String, Object> with(Map<String, Object> base, Map<String, Object> patch) {
    Map<String, Object> result = new LinkedHashMap<>(base);
    patch.forEach(
        (key, value) -> {
          if (value == null) {
            result.remove(key);
          } else {
            result.put(key, value);
          }
        });
    return result;
  }

  /** A map that may hold null values (Map.of cannot). */
  static Map<String, Object> nullable(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** Creates the customer and returns its id. */
  static String create(JsonApi api, Map<String, Object> body) {
    return api.post("/api/v1/customers", body).expect(201).get("id").asText();
  }

  /** The lead list's body of one captured lead, as the lead API takes it. */
  static Map<String, Object> lead(String platform, String phone, String wechat) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sourcePlatform", platform);
    body.put("contactName", "王芳");
    body.put("contactPhone", phone);
    if (wechat != null) {
      body.put("contactWechat", wechat);
    }
    return body;
  }

  static String capture(JsonApi api, Map<String, Object> lead) {
    return api.post("/api/v1/leads", lead).expect(201).get("id").asText();
  }

  /** The values of {@code field} in each item of a page. */
  static List<String> itemsOf(JsonNode page, String field) {
    List<String> values = new ArrayList<>();
    page.get("items").forEach(item -> values.add(item.get(field).asText()));
    return values;
  }
}
