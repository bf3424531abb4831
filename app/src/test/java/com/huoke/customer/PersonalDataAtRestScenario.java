package com.huoke.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.lead.LeadAccepted;
import com.huoke.lead.LeadManagement;
import com.huoke.lead.LeadView;
import com.huoke.lead.NewLead;
import com.huoke.lead.SourcePlatform;
import com.huoke.privacy.LookupHash;
import com.huoke.privacy.PersonalDataCipher;
import com.huoke.testsupport.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Phone, WeChat id and e-mail are ciphertext in every table that holds them, read straight from the
 * columns with JDBC; look-ups go through keyed hashes of the normalised values. Run on H2 and
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PersonalDataAtRestScenario {

  @Autowired LeadManagement leads;
  @Autowired CustomerDirectory directory;
  @Autowired JdbcTemplate jdbc;
  @Autowired PersonalDataCipher cipher;
  @Autowired LookupHash lookupHash;

  @Test
  void storesContactValuesOnlyAsCiphertext() {
    String phone = Captures.uniqueMobile();
    String wechat = Captures.uniqueWeChatId();
    String email = Captures.uniqueEmail();
    LeadAccepted lead = leads.capture(lead(phone, wechat, email));
    UUID customer = directory.customerOfLead(lead.id()).orElseThrow();

    Map<String, Object> leadRow =
        jdbc.queryForMap(
            "select contact_phone, contact_wechat, contact_email from leads where id = ?",
            lead.id());
    Map<String, Object> customerRow =
        jdbc.queryForMap("select phone, wechat_id, email from customers where id = ?", customer);
    List<String> identityValues =
        jdbc.queryForList(
            "select encrypted_value from customer_identities where customer_id = ?",
            String.class,
            customer);

    String digits = phone.replace(" ", "");
    List<Object> stored = new ArrayList<>(leadRow.values());
    stored.addAll(customerRow.values());
    stored.addAll(identityValues);
    assertThat(stored).hasSize(9);
    assertThat(stored)
        .allSatisfy(
            value ->
                assertThat((String) value)
                    .startsWith("v1:")
                    .doesNotContain(digits.substring(3))
                    .doesNotContainIgnoringCase(wechat)
                    .doesNotContainIgnoringCase(email.substring(0, email.indexOf('@'))));
    assertThat(cipher.decrypt((String) customerRow.get("phone"))).isEqualTo("+86" + digits);
    assertThat(cipher.decrypt((String) leadRow.get("contact_email")))
        .isEqualTo(email.substring(0, email.indexOf('@')) + "@example.cn");
  }

  @Test
  void looksIdentitiesUpByKeyedHashesOfTheNormalisedValues() {
    String phone = Captures.uniqueMobile();
    String email = Captures.uniqueEmail();
    LeadAccepted lead = leads.capture(lead(phone, null, email));
    UUID customer = directory.customerOfLead(lead.id()).orElseThrow();

    assertThat(
            jdbc.queryForList(
                "select kind || ':' || value_hash from customer_identities where customer_id = ?",
                String.class,
                customer))
        .containsExactlyInAnyOrder(
            "PHONE:" + lookupHash.of("+86" + phone.replace(" ", "")),
            "EMAIL:" + lookupHash.of(email.toLowerCase()));
  }

  @Test
  void readsLeadContactValuesStoredBeforeEncryption() {
    String phone = Captures.uniqueMobile();
    LeadAccepted lead = leads.capture(lead(phone, null, null));
    jdbc.update(
        "update leads set contact_phone = ?, contact_wechat = ? where id = ?",
        "13800138000",
        "legacy_wx",
        lead.id());

    LeadView view = SignedIn.asAgent(() -> leads.find(lead.id()));

    assertThat(view.captured().contactPhone()).isEqualTo("13800138000");
    assertThat(view.captured().contactWechat()).isEqualTo("legacy_wx");
  }

  static NewLead lead(String phone, String wechat, String email) {
    return new NewLead(
        SourcePlatform.XIAOHONGSHU,
        null,
        null,
        "王芳",
        phone,
        wechat,
        email,
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
  }
}
