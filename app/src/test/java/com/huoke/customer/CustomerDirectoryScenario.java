package com.huoke.customer;

import static com.huoke.customer.Captures.e164;
import static com.huoke.customer.Captures.lead;
import static com.huoke.customer.Captures.uniqueMobile;
import static com.huoke.customer.Captures.uniqueWeChatId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;

import com.huoke.contact.IdentityKind;
import com.huoke.testsupport.SignedIn;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * De-duplication as lead capture uses it ({@link CustomerDirectory#resolve}): one customer per
 * person across platforms, merged when a lead proves two customers are one person. Run on H2 and
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
abstract class CustomerDirectoryScenario {

  @Autowired ApplicationEvents events;

  @Autowired CustomerDirectory directory;
  @Autowired CustomerProfiles profiles;
  @Autowired CustomerMerging merging;
  @Autowired CustomerTimeline timeline;

  @Test
  void createsACustomerForSomeoneNew() {
    String phone = uniqueMobile();
    CustomerCapture capture =
        lead("DOUYIN")
            .name("王芳")
            .phone(phone)
            .company("杭州云帆科技")
            .region("浙江 杭州")
            .channel("抖音-直播间-春季新品")
            .utm("Douyin", "Live", "spring")
            .build();

    CustomerResolution resolution = directory.resolve(capture);

    assertThat(resolution.outcome()).isEqualTo(CustomerResolution.Outcome.CREATED);
    CustomerView customer = view(resolution);
    assertThat(customer.name()).isEqualTo("王芳");
    assertThat(customer.phone()).isEqualTo(e164(phone));
    assertThat(customer.stage()).isEqualTo(CustomerStage.PROSPECT);
    assertThat(customer.stageLabel()).isEqualTo("潜在");
    assertThat(customer.company())
        .isEqualTo(new CustomerView.Company("杭州云帆科技", null, null, "浙江省", "杭州市"));
    assertThat(customer.identities())
        .containsExactly(
            new CustomerView.IdentityView(IdentityKind.PHONE, e164(phone), capture.leadId()));
    assertThat(customer.tags())
        .extracting(TagView::category, TagView::name)
        .containsExactly(tuple(TagCategory.SOURCE, "DOUYIN"));
    assertThat(customer.firstTouch().platform()).isEqualTo("DOUYIN");
    assertThat(customer.firstTouch().channel()).isEqualTo("抖音-直播间-春季新品");
    assertThat(customer.firstTouch().utmSource()).isEqualTo("douyin");
    assertThat(customer.firstTouch().leadId()).isEqualTo(capture.leadId());
    assertThat(customer.sources())
        .extracting(CustomerView.SourceView::leadId)
        .containsExactly(capture.leadId());
    assertThat(timeline.page(customer.id(), 0, 10).items())
        .extracting(TimelineEntry::type, TimelineEntry::leadId)
        .containsExactly(tuple(ActivityType.LEAD_CAPTURED, capture.leadId()));
  }

  @Test
  void attachesTheSamePhoneFromAnotherPlatformToTheSameCustomer() {
    String phone = uniqueMobile();
    String email = Captures.uniqueEmail();
    CustomerResolution first = directory.resolve(lead("DOUYIN").name("王芳").phone(phone).build());

    CustomerResolution second =
        directory.resolve(
            lead("BAIDU")
                .name("Wang Fang")
                .phone("+86-" + phone.replace(" ", "-"))
                .email(email)
                .build());

    assertThat(second.outcome()).isEqualTo(CustomerResolution.Outcome.ATTACHED);
    assertThat(second.customerId()).isEqualTo(first.customerId());
    CustomerView customer = view(second);
    assertThat(customer.sources()).hasSize(2);
    assertThat(customer.tags()).extracting(TagView::name).containsExactly("BAIDU", "DOUYIN");
    assertThat(customer.name()).as("known values stay").isEqualTo("王芳");
    assertThat(customer.email()).as("missing values are filled").isEqualToIgnoringCase(email);
    assertThat(customer.firstTouch().platform()).isEqualTo("DOUYIN");
    assertThat(customer.identities())
        .extracting(CustomerView.IdentityView::kind)
        .containsExactlyInAnyOrder(IdentityKind.PHONE, IdentityKind.EMAIL);
  }

  @Test
  void comparesEmailAndWeChatIdIgnoringCase() {
    String wechat = uniqueWeChatId();
    String email = Captures.uniqueEmail();
    CustomerResolution first =
        directory.resolve(lead("WECHAT").wechatId(wechat.toUpperCase()).email(email).build());

    CustomerResolution byWeChat = directory.resolve(lead("WEBSITE").wechatId(wechat).build());
    CustomerResolution byEmail =
        directory.resolve(lead("WEBSITE").email(email.toLowerCase()).build());

    assertThat(byWeChat.customerId()).isEqualTo(first.customerId());
    assertThat(byEmail.customerId()).isEqualTo(first.customerId());
  }

  @Test
  void mergesCustomersWhenALeadProvesThemOnePerson() {
    String phone = uniqueMobile();
    String wechat = uniqueWeChatId();
    CustomerResolution byPhone = directory.resolve(lead("DOUYIN").phone(phone).build());
    CustomerResolution byWeChat =
        directory.resolve(lead("WECHAT").name("王芳").wechatId(wechat).build());
    assertThat(byWeChat.customerId()).isNotEqualTo(byPhone.customerId());

    CustomerCapture both = lead("WECOM").phone(phone).wechatId(wechat).build();
    CustomerResolution merged = directory.resolve(both);

    assertThat(merged.outcome()).isEqualTo(CustomerResolution.Outcome.MERGED);
    assertThat(merged.customerId()).as("the oldest survives").isEqualTo(byPhone.customerId());
    assertThat(merged.mergedCustomerIds()).containsExactly(byWeChat.customerId());
    CustomerView survivor = view(merged);
    assertThat(survivor.name()).isEqualTo("王芳");
    assertThat(survivor.sources()).hasSize(3);
    assertThat(survivor.identities())
        .extracting(CustomerView.IdentityView::kind)
        .containsExactlyInAnyOrder(IdentityKind.PHONE, IdentityKind.WECHAT_ID);
    assertThat(survivor.tags())
        .extracting(TagView::name)
        .containsExactly("DOUYIN", "WECHAT", "WECOM");
    assertThat(SignedIn.asAgent(() -> profiles.find(byWeChat.customerId())).id())
        .as("the merged customer resolves to the survivor")
        .isEqualTo(byPhone.customerId());

    List<MergeView> merges = merging.merges(byPhone.customerId());
    assertThat(merges)
        .singleElement()
        .satisfies(
            merge -> {
              assertThat(merge.survivorId()).isEqualTo(byPhone.customerId());
              assertThat(merge.mergedId()).isEqualTo(byWeChat.customerId());
              assertThat(merge.automatic()).isTrue();
              assertThat(merge.actor()).isEqualTo("system");
              assertThat(merge.matchedOn()).containsExactly("WECHAT_ID");
              String masked = phone.replace(" ", "").substring(0, 3) + "****";
              assertThat(merge.reason())
                  .contains("phone " + masked)
                  .contains("matched customer " + byPhone.customerId())
                  .contains("WeChat id wx***")
                  .contains("matched customer " + byWeChat.customerId())
                  .contains(both.leadId().toString())
                  .doesNotContain(phone.replace(" ", "").substring(3))
                  .doesNotContain(wechat);
            });
    assertThat(timeline.page(byPhone.customerId(), 0, 20).items())
        .extracting(TimelineEntry::type)
        .containsExactly(
            ActivityType.LEAD_CAPTURED,
            ActivityType.MERGED,
            ActivityType.LEAD_CAPTURED,
            ActivityType.LEAD_CAPTURED);
  }

  @Test
  void announcesWhatHappensToCustomersForOtherFeatures() {
    String phone = uniqueMobile();
    String wechat = uniqueWeChatId();
    CustomerResolution first = directory.resolve(lead("DOUYIN").phone(phone).build());
    CustomerResolution second = directory.resolve(lead("WECHAT").wechatId(wechat).build());
    CustomerCapture both = lead("WECOM").phone(phone).wechatId(wechat).build();
    directory.resolve(both);
    directory.recordLeadScore(both.leadId(), 66);

    assertThat(events.stream(CustomerChanged.class))
        .filteredOn(e -> e.customerId().equals(first.customerId()))
        .extracting(CustomerChanged::change)
        .containsExactly(
            CustomerChange.CREATED,
            CustomerChange.MERGED,
            CustomerChange.LEAD_ATTACHED,
            CustomerChange.SCORE,
            // score 66 crosses the default stage rule "score >= 60 -> INTERESTED"
            CustomerChange.STAGE);
    assertThat(events.stream(CustomersMerged.class))
        .singleElement()
        .satisfies(
            merged -> {
              assertThat(merged.survivorId()).isEqualTo(first.customerId());
              assertThat(merged.mergedId()).isEqualTo(second.customerId());
              assertThat(merged.automatic()).isTrue();
            });
  }

  @Test
  void reachesALeadThatOnlyHasAPlatformId() {
    String externalUserId = Captures.uniqueOpenId();
    CustomerResolution first =
        directory.resolve(
            lead("WECOM")
                .identity(IdentityKind.WECOM_EXTERNAL_USERID, externalUserId)
                .owner("zhang.san")
                .build());
    String phone = uniqueMobile();

    CustomerResolution second =
        directory.resolve(
            lead("WECOM")
                .identity(IdentityKind.WECOM_EXTERNAL_USERID, externalUserId)
                .phone(phone)
                .owner("li.si")
                .build());

    assertThat(first.outcome()).isEqualTo(CustomerResolution.Outcome.CREATED);
    assertThat(second.customerId()).isEqualTo(first.customerId());
    CustomerView customer = view(second);
    assertThat(customer.phone()).isEqualTo(e164(phone));
    assertThat(customer.ownerUserId()).as("the first owner stays").isEqualTo("zhang.san");
    assertThat(customer.identities())
        .extracting(CustomerView.IdentityView::kind)
        .containsExactlyInAnyOrder(IdentityKind.WECOM_EXTERNAL_USERID, IdentityKind.PHONE);
  }

  @Test
  void scoresTheCustomerWithTheHighestLatestScoreOfItsLeads() {
    String phone = uniqueMobile();
    CustomerCapture first = lead("DOUYIN").phone(phone).build();
    CustomerCapture second = lead("BAIDU").phone(phone).build();
    CustomerResolution customer = directory.resolve(first);
    directory.resolve(second);

    directory.recordLeadScore(first.leadId(), 40);
    assertThat(view(customer).score()).isEqualTo(40);
    directory.recordLeadScore(second.leadId(), 73);
    assertThat(view(customer).score()).isEqualTo(73);
    directory.recordLeadScore(second.leadId(), 20);
    assertThat(view(customer).score()).as("re-scored lower").isEqualTo(40);
    directory.recordLeadScore(first.leadId(), 40);

    assertThat(timeline.page(customer.customerId(), 0, 20).items())
        .filteredOn(entry -> entry.type() == ActivityType.LEAD_SCORED)
        .as("a repeated score is no news")
        .hasSize(3);
    assertThat(view(customer).sources())
        .extracting(CustomerView.SourceView::leadScore)
        .containsExactly(40, 20);
  }

  @Test
  void ignoresScoresOfLeadsCapturedBeforeCustomersExisted() {
    assertThatCode(() -> directory.recordLeadScore(UUID.randomUUID(), 50))
        .doesNotThrowAnyException();
  }

  private CustomerView view(CustomerResolution resolution) {
    return SignedIn.asAgent(() -> profiles.find(resolution.customerId()));
  }
}
