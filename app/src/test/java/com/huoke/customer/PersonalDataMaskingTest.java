package com.huoke.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.contact.IdentityKind;
import com.huoke.lead.LeadAccepted;
import com.huoke.lead.LeadManagement;
import com.huoke.lead.LeadQuery;
import com.huoke.lead.LeadSearch;
import com.huoke.lead.LeadView;
import com.huoke.testsupport.SignedIn;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Customers and leads as the API returns them: in full for roles that may see personal data ({@code
 * huoke.privacy.visible-to-roles}: ADMIN, AGENT), masked for everyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonalDataMaskingTest {

  @Autowired LeadManagement leads;
  @Autowired LeadSearch leadSearch;
  @Autowired CustomerDirectory directory;
  @Autowired CustomerProfiles profiles;

  String phone;
  String wechat;
  String email;
  LeadAccepted lead;
  UUID customer;

  @BeforeEach
  void capture() {
    phone = Captures.uniqueMobile();
    wechat = Captures.uniqueWeChatId();
    email = Captures.uniqueEmail();
    lead = leads.capture(PersonalDataAtRestScenario.lead(phone, wechat, email));
    customer = directory.customerOfLead(lead.id()).orElseThrow();
  }

  @Test
  void showsAnAgentTheCustomerInFull() {
    CustomerView view = SignedIn.asAgent(() -> profiles.find(customer));

    assertThat(view.name()).isEqualTo("王芳");
    assertThat(view.phone()).isEqualTo(Captures.e164(phone));
    assertThat(view.wechatId()).isEqualTo(wechat);
    assertThat(view.email()).isEqualToIgnoringCase(email);
    assertThat(view.identities())
        .filteredOn(i -> i.kind() == IdentityKind.PHONE)
        .extracting(CustomerView.IdentityView::value)
        .containsExactly(Captures.e164(phone));
  }

  @Test
  void masksTheCustomerForOtherRolesAndAnonymousCallers() {
    for (Supplier<CustomerView> caller :
        List.<Supplier<CustomerView>>of(
            () -> SignedIn.as("li.na", "MARKETER", () -> profiles.find(customer)),
            () -> profiles.find(customer))) {
      CustomerView view = caller.get();

      String digits = phone.replace(" ", "");
      assertThat(view.name()).isEqualTo("王*");
      assertThat(view.phone()).isEqualTo(digits.substring(0, 3) + "****" + digits.substring(7));
      assertThat(view.wechatId()).isEqualTo("wx***");
      assertThat(view.email()).isEqualTo("u***@example.cn");
      assertThat(view.identities())
          .extracting(CustomerView.IdentityView::value)
          .allSatisfy(value -> assertThat(value).contains("***"));
      assertThat(
              profiles.list(
                  new CustomerQuery(null, null, null, null, null, "王", null),
                  CustomerSort.DEFAULT,
                  0,
                  100))
          .extracting(CustomerPage::items)
          .asInstanceOf(InstanceOfAssertFactories.LIST)
          .allSatisfy(item -> assertThat(((CustomerSummary) item).phone()).doesNotContain(digits));
    }
  }

  @Test
  void masksTheLeadLikeItsCustomer() {
    LeadView masked = leads.find(lead.id());
    LeadView full = SignedIn.asAgent(() -> leads.find(lead.id()));

    assertThat(masked.captured().contactName()).isEqualTo("王*");
    assertThat(masked.captured().contactPhone())
        .contains("****")
        .doesNotContain(phone.replace(" ", ""));
    assertThat(masked.captured().contactWechat()).isEqualTo("wx***");
    assertThat(masked.captured().contactEmail()).isEqualTo("u***@example.cn");
    assertThat(full.captured().contactPhone()).isEqualTo(Captures.e164(phone));
    assertThat(full.customerId()).isEqualTo(customer);
    assertThat(leadSearch.search(LeadQuery.all(), 0, 100).items())
        .filteredOn(summary -> summary.id().equals(lead.id()))
        .singleElement()
        .satisfies(summary -> assertThat(summary.contactName()).isEqualTo("王*"));
  }
}
