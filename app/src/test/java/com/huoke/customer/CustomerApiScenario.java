package com.huoke.customer;

import static com.huoke.customer.CustomerRequests.create;
import static com.huoke.customer.CustomerRequests.itemsOf;
import static com.huoke.customer.CustomerRequests.person;
import static com.huoke.customer.CustomerRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.testsupport.Caller;
import com.huoke.testsupport.JsonApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/v1/customers} over real HTTP: create with de-duplication, read, update, list with
 * filters, sorting and pages, and the problem details of bad requests. The caller is a marketer,
 * who sees personal data masked. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CustomerApiScenario {

  @LocalServerPort int port;
  @Autowired CustomerDirectory directory;
  JsonApi api;
  String owner;

  @BeforeEach
  void connect() {
    api = new JsonApi(port).as(Caller.MARKETER);
    owner = "owner-" + UUID.randomUUID();
  }

  @Test
  void createsACustomerByHandAndShowsItMasked() {
    Map<String, Object> body =
        with(
            person("张三丰", owner),
            Map.of(
                "type",
                "COMPANY",
                "email",
                "Z" + Captures.uniqueEmail(),
                "company",
                Map.of("name", "武当科技", "industry", "software", "region", "湖北武汉"),
                "stage",
                "INTERESTED",
                "tags",
                List.of(Map.of("category", "VALUE", "name", "高价值"))));

    JsonApi.Response created = api.post("/api/v1/customers", body);

    JsonNode customer = created.expect(201);
    assertThat(created.location()).endsWith("/api/v1/customers/" + customer.get("id").asText());
    String digits = ((String) body.get("phone")).replace(" ", "");
    assertThat(customer.get("name").asText()).isEqualTo("张**");
    assertThat(customer.get("phone").asText())
        .isEqualTo(digits.substring(0, 3) + "****" + digits.substring(7));
    assertThat(customer.get("email").asText()).isEqualTo("Z***@example.cn");
    assertThat(customer.get("typeLabel").asText()).isEqualTo("企业");
    assertThat(customer.get("stageLabel").asText()).isEqualTo("意向");
    assertThat(customer.at("/company/province").asText()).isEqualTo("湖北省");
    assertThat(customer.at("/company/city").asText()).isEqualTo("武汉市");
    assertThat(customer.at("/tags/0/name").asText()).isEqualTo("高价值");
    assertThat(customer.at("/identities").findValuesAsText("kind"))
        .containsExactlyInAnyOrder("PHONE", "EMAIL");
    assertThat(api.get(created.location()).expect(200).get("id")).isEqualTo(customer.get("id"));
  }

  @Test
  void refusesACustomerWhosePhoneIsTakenPointingAtTheExistingOne() {
    Map<String, Object> first = person("王芳", owner);
    String existing = create(api, first);

    JsonApi.Response duplicate =
        api.post(
            "/api/v1/customers",
            with(person("Wang Fang", owner), Map.of("phone", "+86 " + first.get("phone"))));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.contentType()).isEqualTo("application/problem+json");
    assertThat(duplicate.body().get("code").asText()).isEqualTo("customer_identity_taken");
    assertThat(duplicate.body().get("existingCustomerId").asText()).isEqualTo(existing);
    assertThat(duplicate.body().get("existingCustomer").asText())
        .isEqualTo("/api/v1/customers/" + existing);
    assertThat(duplicate.body().get("matchedOn").toString()).isEqualTo("[\"PHONE\"]");
    assertThat(list("owner=" + owner).get("totalItems").asInt()).isEqualTo(1);
  }

  @Test
  void refusesInvalidCustomersNamingEachFieldAndStoresNothing() {
    JsonApi.Response response =
        api.post(
            "/api/v1/customers",
            with(
                person("王芳", owner),
                Map.of(
                    "phone", "+86 12812345678",
                    "wechatId", "wang fang",
                    "email", "not-an-email",
                    "identities", List.of(Map.of("kind", "DOUYIN_OPENID", "id", "has space")))));
    JsonApi.Response nobody = api.post("/api/v1/customers", Map.of("ownerUserId", owner));
    JsonApi.Response badRegion =
        api.post(
            "/api/v1/customers",
            with(person("王芳", owner), Map.of("company", Map.of("region", "火星"))));
    JsonApi.Response unknownField =
        api.post(
            "/api/v1/customers",
            with(person("王芳", owner), Map.of("customFields", Map.of("no_such_field", 1))));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("phone", "wechatId", "email", "identities[0].id");
    assertThat(response.body().get("detail").asText()).contains("4 fields are invalid");
    assertThat(nobody.body().at("/errors/0/field").asText()).isEqualTo("identifiable");
    assertThat(badRegion.body().at("/errors/0/field").asText()).isEqualTo("company.region");
    assertThat(unknownField.body().at("/errors/0/field").asText())
        .isEqualTo("customFields.no_such_field");
    assertThat(list("owner=" + owner).get("totalItems").asInt()).isZero();
  }

  @Test
  void updatesWhatIsGivenAndLeavesTheRest() {
    String id = create(api, with(person("王芳", owner), Map.of("email", Captures.uniqueEmail())));
    long version = api.get("/api/v1/customers/" + id).expect(200).get("version").asLong();

    JsonNode updated =
        api.put(
                "/api/v1/customers/" + id,
                Map.of(
                    "name", "王芳芳",
                    "stage", "OPPORTUNITY",
                    "company", Map.of("name", "云帆", "region", "深圳"),
                    "email", "",
                    "version", version))
            .expect(200);

    assertThat(updated.get("name").asText()).isEqualTo("王**");
    assertThat(updated.get("stage").asText()).isEqualTo("OPPORTUNITY");
    assertThat(updated.get("phone").asText()).as("left out, so kept").contains("****");
    assertThat(updated.get("email").isNull()).as("cleared").isTrue();
    assertThat(updated.at("/company/province").asText()).isEqualTo("广东省");
    JsonNode timeline = api.get("/api/v1/customers/" + id + "/timeline").expect(200);
    assertThat(itemsOf(timeline, "type"))
        .containsExactly("STAGE_CHANGED", "PROFILE_UPDATED", "CUSTOMER_CREATED");
    assertThat(timeline.at("/items/1/summary").asText()).contains("name", "email", "company");
    assertThat(timeline.at("/items/0/summary").asText()).isEqualTo("Stage 潜在 → 商机");
  }

  @Test
  void refusesAnUpdateFromAStaleVersionOrToATakenPhone() {
    String id = create(api, person("王芳", owner));
    Map<String, Object> other = person("李四", owner);
    create(api, other);

    JsonApi.Response stale = api.put("/api/v1/customers/" + id, Map.of("name", "X", "version", 99));
    JsonApi.Response taken =
        api.put("/api/v1/customers/" + id, Map.of("phone", other.get("phone")));

    assertThat(stale.status()).isEqualTo(409);
    assertThat(stale.body().get("code").asText()).isEqualTo("stale_customer");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.body().get("code").asText()).isEqualTo("customer_identity_taken");
    assertThat(api.get("/api/v1/customers/" + id).expect(200).get("name").asText()).isEqualTo("王*");
  }

  @Test
  void filtersTheListByStageOwnerTagTextScoreAndPlatform() {
    String prospect =
        create(
            api,
            with(
                person("甲", owner),
                Map.of(
                    "company",
                    Map.of("name", "Alpha 云帆 " + owner),
                    "tags",
                    List.of(Map.of("category", "BEHAVIOUR", "name", "下载白皮书")))));
    String interested = create(api, with(person("乙", owner), Map.of("stage", "INTERESTED")));
    String phone = Captures.uniqueMobile();
    CustomerCapture fromDouyin = Captures.lead("DOUYIN").phone(phone).owner(owner).build();
    String scored = directory.resolve(fromDouyin).customerId().toString();
    directory.recordLeadScore(fromDouyin.leadId(), 80);

    assertThat(ids("owner=" + owner)).containsExactlyInAnyOrder(prospect, interested, scored);
    // the score of 80 moved the Douyin customer to INTERESTED by the default stage rules
    assertThat(ids("owner=" + owner + "&stage=INTERESTED"))
        .containsExactlyInAnyOrder(interested, scored);
    assertThat(ids("owner=" + owner + "&tag=BEHAVIOUR:下载白皮书")).containsExactly(prospect);
    assertThat(ids("owner=" + owner + "&tag=下载白皮书")).containsExactly(prospect);
    assertThat(ids("owner=" + owner + "&q=alpha")).containsExactly(prospect);
    assertThat(ids("owner=" + owner + "&minScore=60")).containsExactly(scored);
    assertThat(ids("owner=" + owner + "&maxScore=60")).isEmpty();
    assertThat(ids("owner=" + owner + "&sourcePlatform=DOUYIN")).containsExactly(scored);
    assertThat(ids("owner=" + owner + "&tag=SOURCE:DOUYIN")).containsExactly(scored);
  }

  @Test
  void sortsAndPagesTheList() {
    String c = create(api, person("Carol", owner));
    String a = create(api, person("Alice", owner));
    String b = create(api, person("Bob", owner));

    assertThat(ids("owner=" + owner + "&sort=name,asc")).containsExactly(a, b, c);
    assertThat(ids("owner=" + owner + "&sort=createdAt,desc")).containsExactly(b, a, c);
    JsonNode second = list("owner=" + owner + "&sort=name&size=2&page=1");
    assertThat(itemsOf(second, "id")).containsExactly(a);
    assertThat(second.get("totalItems").asInt()).isEqualTo(3);
    assertThat(second.get("totalPages").asInt()).isEqualTo(2);
    assertThat(ids("owner=" + owner + "&sort=score,desc")).containsExactlyInAnyOrder(a, b, c);
  }

  @Test
  void refusesBadListParametersNamingThem() {
    assertThat(badParameter("sort=phone")).isEqualTo("sort");
    assertThat(badParameter("sort=name,sideways")).isEqualTo("sort");
    assertThat(badParameter("size=1000")).isEqualTo("size");
    assertThat(badParameter("stage=VIP")).isEqualTo("stage");
    assertThat(badParameter("minScore=80&maxScore=20")).isEqualTo("minScore");
  }

  @Test
  void answersUnknownCustomersWith404() {
    JsonApi.Response response = api.get("/api/v1/customers/" + UUID.randomUUID());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body().get("code").asText()).isEqualTo("customer_not_found");
  }

  private String badParameter(String query) {
    JsonApi.Response response = api.get("/api/v1/customers?" + query);
    assertThat(response.status()).as(query).isEqualTo(400);
    return response.body().at("/errors/0/field").asText();
  }

  private JsonNode list(String query) {
    return api.get("/api/v1/customers?" + query).expect(200);
  }

  private List<String> ids(String query) {
    return itemsOf(list(query), "id");
  }
}
