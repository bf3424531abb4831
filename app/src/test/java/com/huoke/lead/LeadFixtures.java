package com.huoke.lead;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lead request bodies shared by the API tests. With the default scoring targets in application.yml
 * (software, CEO, SMALL among them) the hot lead scores 73 and the cold lead 4.
 */
final class LeadFixtures {

  private LeadFixtures() {}

  /** A CEO of a small software company who consulted us today: 73 points. */
  static Map<String, Object> hotLead() {
    Instant now = Instant.now();
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("sourcePlatform", "DOUYIN");
    lead.put("sourceChannel", "抖音-直播间-春季发布会");
    lead.put("sourceCampaign", "spring-launch");
    lead.put("contactName", "王小明");
    lead.put("contactPhone", "+8613800138000");
    lead.put("contactWechat", "wxm_2026");
    lead.put("contactEmail", "wang@example.cn");
    lead.put("company", "杭州云启软件有限公司");
    lead.put("industry", "software");
    lead.put("region", "浙江 杭州");
    lead.put("jobTitle", "CEO");
    lead.put("companySize", "SMALL");
    lead.put("utmSource", "douyin");
    lead.put("utmMedium", "live");
    lead.put("utmCampaign", "spring-launch");
    lead.put("utmContent", "banner-a");
    lead.put("rawData", Map.of("douyinUserId", "dy_8842", "comment", "怎么收费？"));
    lead.put(
        "activities",
        List.of(
            activity("CONSULTATION", now),
            activity("DOWNLOAD", now.minus(1, ChronoUnit.DAYS)),
            activity("PAGE_VIEW", now.minus(1, ChronoUnit.DAYS)),
            activity("EMAIL_OPEN", now.minus(2, ChronoUnit.DAYS)),
            activity("LINK_CLICK", now.minus(2, ChronoUnit.DAYS))));
    return lead;
  }

  /** A retail clerk who looked at one page 40 days ago: 4 points. */
  static Map<String, Object> coldLead() {
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("sourcePlatform", "BAIDU");
    lead.put("contactName", "李四");
    lead.put("contactEmail", "li.si@example.cn");
    lead.put("industry", "retail");
    lead.put("jobTitle", "clerk");
    lead.put(
        "activities", List.of(activity("PAGE_VIEW", Instant.now().minus(40, ChronoUnit.DAYS))));
    return lead;
  }

  static Map<String, Object> activity(String type, Instant at) {
    return Map.of("type", type, "occurredAt", at.toString());
  }

  /** {@code base} with {@code patch} applied: a {@code null} value removes the key. */
  static Map<String, Object> patched(Map<String, Object> base, Map<String, Object> patch) {
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
}
