package com.huoke.lead;

import static com.huoke.lead.LeadSeeds.lead;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/v1/leads} and {@code GET /api/v1/leads/stats} over real HTTP: each filter, the
 * sort keys and paging on four known leads (tagged with a campaign of their own so other tests'
 * leads never match), and the statistics of known leads in a range of their own. Run on H2 and
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "huoke.workers.enabled=false")
abstract class LeadListAndStatsScenario {

  @LocalServerPort int port;
  @Autowired LeadManagement leads;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  LeadApi api;
  String campaign;
  UUID wang;
  UUID li;
  UUID zhang;
  UUID zhao;

  @BeforeEach
  void seedFourLeads() {
    api = new LeadApi(port);
    campaign = "list-" + UUID.randomUUID();
    LeadSeeds seeds = new LeadSeeds(leads, jdbc, json);
    wang =
        seeds.seed(
            lead("DOUYIN", "王小明")
                .with("sourceCampaign", campaign)
                .with("sourceChannel", "抖音-直播间")
                .with("company", "杭州云启软件")
                .status(LeadStatus.QUALIFYING)
                .score(73)
                .assignedTo("zhang.san")
                .createdAt("2026-03-01T02:00:00Z"));
    li =
        seeds.seed(
            lead("BAIDU", "李四")
                .with("sourceCampaign", campaign)
                .with("sourceChannel", "百度-SEM")
                .with("company", "Acme Cloud Ltd")
                .status(LeadStatus.NURTURING)
                .score(4)
                .createdAt("2026-03-02T02:00:00Z"));
    zhang =
        seeds.seed(
            lead("DOUYIN", "张三")
                .with("sourceCampaign", campaign)
                .with("sourceChannel", "抖音-直播间")
                .with("company", "深圳云帆")
                .assignedTo("li.si")
                .createdAt("2026-03-03T02:00:00Z"));
    zhao =
        seeds.seed(
            lead("WECHAT", "赵六 50%_off")
                .with("sourceCampaign", campaign)
                .status(LeadStatus.CONVERTED)
                .score(88)
                .createdAt("2026-03-04T02:00:00Z"));
  }

  @Test
  void filtersByAnyOfSeveralStatuses() {
    assertThat(ids("status=QUALIFYING,NEW")).containsExactlyInAnyOrder(wang, zhang);
    assertThat(ids("status=QUALIFYING&status=CONVERTED")).containsExactlyInAnyOrder(wang, zhao);
  }

  @Test
  void filtersBySourcePlatformAndChannel() {
    assertThat(ids("sourcePlatform=DOUYIN")).containsExactlyInAnyOrder(wang, zhang);
    assertThat(ids("sourcePlatform=DOUYIN,BAIDU&sourceChannel=百度-SEM")).containsExactly(li);
  }

  @Test
  void filtersByAssignee() {
    assertThat(ids("assignedTo=li.si")).containsExactly(zhang);
  }

  @Test
  void filtersHotLeadsAndCountsUnscoredOnesAsNotHot() {
    assertThat(ids("hot=true")).containsExactlyInAnyOrder(wang, zhao);
    assertThat(ids("hot=false")).containsExactlyInAnyOrder(li, zhang);
  }

  @Test
  void filtersByScoreRangeLeavingOutUnscoredLeads() {
    assertThat(ids("minScore=50")).containsExactlyInAnyOrder(wang, zhao);
    assertThat(ids("minScore=4&maxScore=73")).containsExactlyInAnyOrder(wang, li);
    assertThat(ids("maxScore=10")).containsExactly(li);
  }

  @Test
  void filtersByCreationDatesInTheBusinessTimeZone() {
    // 2 and 3 March in Asia/Shanghai: 1 March 16:00 UTC up to 3 March 16:00 UTC
    assertThat(ids("createdFrom=2026-03-02&createdTo=2026-03-03"))
        .containsExactlyInAnyOrder(li, zhang);
    assertThat(ids("createdFrom=2026-03-03T10:00:00%2B08:00"))
        .containsExactlyInAnyOrder(zhang, zhao);
  }

  @Test
  void searchesNameAndCompanyIgnoringCaseAndTakingWildcardsLiterally() {
    assertThat(ids("q=云")).containsExactlyInAnyOrder(wang, zhang);
    assertThat(ids("q=acme")).containsExactly(li);
    assertThat(ids("q=50%25_")).containsExactly(zhao);
    assertThat(ids("q=%25")).containsExactly(zhao);
  }

  @Test
  void sortsByTheGivenKeysUnscoredLeadsLast() {
    assertThat(ids("sort=score,desc")).containsExactly(zhao, wang, li, zhang);
    assertThat(ids("sort=score,asc")).containsExactly(li, wang, zhao, zhang);
    assertThat(ids("sort=createdAt,asc")).containsExactly(wang, li, zhang, zhao);
    assertThat(ids("sort=contactName,desc&sort=createdAt")).hasSize(4);
    assertThat(ids("sort=updatedAt")).containsExactly(wang, li, zhang, zhao);
  }

  @Test
  void listsNewestFirstByDefault() {
    assertThat(ids("")).containsExactly(zhao, zhang, li, wang);
  }

  @Test
  void pagesThroughTheMatches() {
    JsonNode first = page("size=3&page=0");
    JsonNode second = page("size=3&page=1");

    assertThat(idsOf(first)).containsExactly(zhao, zhang, li);
    assertThat(idsOf(second)).containsExactly(wang);
    assertThat(first.get("totalItems").asLong()).isEqualTo(4);
    assertThat(first.get("totalPages").asInt()).isEqualTo(2);
    assertThat(second.get("page").asInt()).isEqualTo(1);
  }

  @Test
  void computesStatisticsOfTheLeadsCreatedInTheRange() {
    LeadSeeds seeds = new LeadSeeds(leads, jdbc, json);
    // 1–3 May 2020 in Asia/Shanghai is [30 April 16:00 UTC, 3 May 16:00 UTC)
    seeds.seed(
        lead("DOUYIN", "甲")
            .with("sourceChannel", "抖音-直播间")
            .status(LeadStatus.QUALIFYING)
            .score(80)
            .createdAt("2020-05-01T01:00:00Z"));
    seeds.seed(
        lead("DOUYIN", "乙")
            .with("sourceChannel", "抖音-直播间")
            .status(LeadStatus.CONVERTED)
            .score(90)
            .createdAt("2020-05-01T15:30:00Z"));
    seeds.seed(
        lead("BAIDU", "丙")
            .with("sourceChannel", "百度-SEM")
            .status(LeadStatus.NURTURING)
            .score(20)
            .createdAt("2020-04-30T17:00:00Z"));
    seeds.seed(lead("WECHAT", "丁").createdAt("2020-05-03T03:00:00Z"));
    seeds.seed(lead("WECHAT", "before the range").createdAt("2020-04-30T15:00:00Z"));

    JsonNode stats = api.get("/api/v1/leads/stats?from=2020-05-01&to=2020-05-03").body();

    assertThat(stats.get("total").asLong()).isEqualTo(4);
    assertThat(stats.get("from").asText()).isEqualTo("2020-04-30T16:00:00Z");
    assertThat(stats.get("to").asText()).isEqualTo("2020-05-03T16:00:00Z");
    assertThat(stats.get("byStatus").toString())
        .isEqualTo(
            "{\"NEW\":1,\"SCORED\":0,\"QUALIFYING\":1,\"NURTURING\":1,\"QUALIFIED\":0,"
                + "\"DISQUALIFIED\":0,\"CONVERTED\":1}");
    assertThat(stats.get("byPlatform").toString())
        .isEqualTo("{\"WECHAT\":1,\"DOUYIN\":2,\"BAIDU\":1}");
    assertThat(stats.get("topSourceChannels").toString())
        .isEqualTo(
            "[{\"sourceChannel\":\"抖音-直播间\",\"leads\":2},"
                + "{\"sourceChannel\":\"百度-SEM\",\"leads\":1}]");
    assertThat(stats.get("perDay").toString())
        .isEqualTo(
            "[{\"date\":\"2020-05-01\",\"leads\":3},{\"date\":\"2020-05-02\",\"leads\":0},"
                + "{\"date\":\"2020-05-03\",\"leads\":1}]");
    assertThat(stats.get("hotRatio").asDouble()).isEqualTo(0.6667);
    assertThat(stats.get("averageScore").asDouble()).isEqualTo(63.3333);
    assertThat(stats.get("conversionRate").asDouble()).isEqualTo(0.25);
    assertThat(
            api.get("/api/v1/leads/stats?from=2020-05-01&to=2020-05-03&top=1")
                .body()
                .get("topSourceChannels")
                .size())
        .isEqualTo(1);
  }

  @Test
  void answersEmptyStatisticsForARangeWithoutLeads() {
    JsonNode stats = api.get("/api/v1/leads/stats?from=2019-01-01&to=2019-01-02").body();

    assertThat(stats.get("total").asLong()).isZero();
    assertThat(stats.get("hotRatio").isNull()).isTrue();
    assertThat(stats.get("averageScore").isNull()).isTrue();
    assertThat(stats.get("conversionRate").isNull()).isTrue();
    assertThat(stats.get("perDay").size()).isEqualTo(2);
  }

  private List<UUID> ids(String query) {
    return idsOf(page(query));
  }

  private JsonNode page(String query) {
    LeadApi.Response response =
        api.get("/api/v1/leads?sourceCampaign=" + campaign + (query.isEmpty() ? "" : "&" + query));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.body();
  }

  private static List<UUID> idsOf(JsonNode page) {
    List<UUID> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asText())));
    return ids;
  }
}
