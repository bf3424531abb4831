package com.huoke.lead;

import com.huoke.contact.ContactIdentity;
import com.huoke.contact.EmailAddresses;
import com.huoke.contact.PhoneNumbers;
import com.huoke.contact.Regions;
import com.huoke.contact.UtmParameters;
import com.huoke.contact.WeChatIds;
import com.huoke.customer.CustomerCapture;
import com.huoke.customer.LeadOrigin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A captured lead in the one form the app stores and compares (DESIGN §5): phone in E.164, e-mail
 * domain lower-cased, WeChat id and platform ids trimmed, region as official names ({@code 浙江省
 * 杭州市}), UTM source and medium lower-cased, empty values null.
 */
final class LeadNormalisation {

  private LeadNormalisation() {}

  /**
   * The normalised lead; throws {@link com.huoke.contact.InvalidContactException} for a value the
   * API's validation would have refused (callers that bypass it, e.g. the intake queue).
   */
  static NewLead of(NewLead lead) {
    UtmParameters utm =
        UtmParameters.of(lead.utmSource(), lead.utmMedium(), lead.utmCampaign(), lead.utmContent());
    List<ContactIdentity> identities = new ArrayList<>();
    for (int i = 0; i < lead.identities().size(); i++) {
      identities.add(lead.identities().get(i).normalised("identities[" + i + "].id"));
    }
    return new NewLead(
        lead.sourcePlatform(),
        trimmed(lead.sourceChannel()),
        trimmed(lead.sourceCampaign()),
        trimmed(lead.contactName()),
        PhoneNumbers.normalise(lead.contactPhone()).orThrow("contactPhone"),
        WeChatIds.normalise(lead.contactWechat()).orThrow("contactWechat"),
        EmailAddresses.normalise(lead.contactEmail()).orThrow("contactEmail"),
        trimmed(lead.company()),
        trimmed(lead.industry()),
        Regions.normalise(lead.region()),
        trimmed(lead.jobTitle()),
        lead.companySize(),
        utm.source(),
        utm.medium(),
        utm.campaign(),
        utm.content(),
        lead.rawData(),
        lead.activities(),
        List.copyOf(identities),
        trimmed(lead.ownerUserId()),
        trimmed(lead.landingUrl()));
  }

  /** What the customer directory needs to find or create the lead's customer. */
  static CustomerCapture capture(UUID leadId, NewLead lead, Instant now) {
    return new CustomerCapture(
        leadId,
        lead.contactName(),
        lead.contactPhone(),
        lead.contactWechat(),
        lead.contactEmail(),
        lead.identities(),
        lead.company(),
        lead.industry(),
        lead.companySize(),
        lead.region(),
        lead.ownerUserId(),
        new LeadOrigin(
            lead.sourcePlatform().name(),
            lead.sourceChannel(),
            lead.sourceCampaign(),
            new UtmParameters(
                lead.utmSource(), lead.utmMedium(), lead.utmCampaign(), lead.utmContent()),
            lead.landingUrl(),
            now));
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
