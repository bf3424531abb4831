package com.huoke.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.contact.ContactIdentity;
import com.huoke.contact.IdentityKind;
import com.huoke.contact.InvalidContactException;
import com.huoke.customer.CustomerCapture;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadNormalisationTest {

  static final NewLead AS_TYPED =
      new NewLead(
          SourcePlatform.XIAOHONGSHU,
          " 小红书-笔记 ",
          "spring",
          " 王芳 ",
          "+86 138-0013-8000",
          " WangFang_88 ",
          " Wang.Fang@Example.CN ",
          "云帆",
          "saas",
          "广东深圳",
          "CEO",
          null,
          " XiaoHongShu ",
          "Note",
          " Spring-Launch ",
          "",
          Map.of(),
          List.of(),
          List.of(new ContactIdentity(IdentityKind.WECHAT_OPENID, " oUpF8uMuAJO ")),
          " zhang.san ",
          " https://example.cn/landing?utm_source=xhs ");

  @Test
  void storesContactValuesInTheFormDeDuplicationCompares() {
    NewLead lead = LeadNormalisation.of(AS_TYPED);

    assertThat(lead.contactPhone()).isEqualTo("+8613800138000");
    assertThat(lead.contactWechat()).isEqualTo("WangFang_88");
    assertThat(lead.contactEmail()).isEqualTo("Wang.Fang@example.cn");
    assertThat(lead.contactName()).isEqualTo("王芳");
    assertThat(lead.sourceChannel()).isEqualTo("小红书-笔记");
    assertThat(lead.region()).isEqualTo("广东省 深圳市");
    assertThat(List.of(lead.utmSource(), lead.utmMedium(), lead.utmCampaign()))
        .containsExactly("xiaohongshu", "note", "Spring-Launch");
    assertThat(lead.utmContent()).isNull();
    assertThat(lead.identities())
        .containsExactly(new ContactIdentity(IdentityKind.WECHAT_OPENID, "oUpF8uMuAJO"));
    assertThat(lead.ownerUserId()).isEqualTo("zhang.san");
    assertThat(lead.landingUrl()).isEqualTo("https://example.cn/landing?utm_source=xhs");
  }

  @Test
  void hasTheCustomerDirectoryFindThePersonByTheSameValues() {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    NewLead lead = LeadNormalisation.of(AS_TYPED);

    CustomerCapture capture = LeadNormalisation.capture(id, lead, now);

    assertThat(capture.leadId()).isEqualTo(id);
    assertThat(capture.phone()).isEqualTo("+8613800138000");
    assertThat(capture.identities()).isEqualTo(lead.identities());
    assertThat(capture.ownerUserId()).isEqualTo("zhang.san");
    assertThat(capture.origin().platform()).isEqualTo("XIAOHONGSHU");
    assertThat(capture.origin().utm().source()).isEqualTo("xiaohongshu");
    assertThat(capture.origin().capturedAt()).isEqualTo(now);
  }

  @Test
  void refusesWhatValidationWouldHaveRefusedNamingTheField() {
    NewLead unvalidated =
        new NewLead(
            SourcePlatform.DOUYIN,
            null,
            null,
            null,
            "+86 12812345678",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of(),
            List.of());

    assertThatThrownBy(() -> LeadNormalisation.of(unvalidated))
        .isInstanceOf(InvalidContactException.class)
        .extracting(e -> ((InvalidContactException) e).field())
        .isEqualTo("contactPhone");
  }
}
