package com.huoke.customer;

import com.huoke.contact.ContactIdentity;
import com.huoke.workers.lead.CompanySize;
import java.util.List;
import java.util.UUID;

/**
 * What a captured lead tells about its person, for {@link CustomerDirectory#resolve}. Contact
 * values may be raw (they are normalised again); {@code identities} are platform ids such as a
 * WeChat openid. {@code ownerUserId} becomes the customer's owner when it has none (WeCom: the
 * staff member who added the contact).
 */
public record CustomerCapture(
    UUID leadId,
    String name,
    String phone,
    String wechatId,
    String email,
    List<ContactIdentity> identities,
    String company,
    String industry,
    CompanySize companySize,
    String region,
    String ownerUserId,
    LeadOrigin origin) {

  public CustomerCapture {
    identities = identities == null ? List.of() : List.copyOf(identities);
  }
}
