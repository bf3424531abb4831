package com.huoke.customer;

import com.huoke.contact.ContactIdentity;
import com.huoke.contact.IdentityKind;
import com.huoke.contact.UtmParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Captured leads for the customer tests, with contact values unique per call so tests sharing one
 * database never see each other's people.
 */
final class Captures {

  private Captures() {}

  /** A mainland mobile nobody else in the test database has, as a person would type it. */
  static String uniqueMobile() {
    return "139 " + digits(4) + " " + digits(4);
  }

  /** The same number as {@link #uniqueMobile()} returns, in E.164. */
  static String e164(String mobile) {
    return "+86" + mobile.replace(" ", "");
  }

  static String uniqueWeChatId() {
    return "wx_" + UUID.randomUUID().toString().substring(0, 12);
  }

  static String uniqueEmail() {
    return "u" + digits(8) + "@Example.CN";
  }

  static String uniqueOpenId() {
    return "oUpF8" + UUID.randomUUID().toString().replace("-", "");
  }

  static Builder lead(String platform) {
    return new Builder(platform);
  }

  private static String digits(int n) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < n; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    return digits.toString();
  }

  /** A {@link CustomerCapture} with only what a test sets. */
  static final class Builder {
    private final String platform;
    private final UUID leadId = UUID.randomUUID();
    private String name;
    private String phone;
    private String wechatId;
    private String email;
    private final List<ContactIdentity> identities = new ArrayList<>();
    private String company;
    private String region;
    private String owner;
    private String channel;
    private UtmParameters utm;

    private Builder(String platform) {
      this.platform = platform;
    }

    Builder name(String value) {
      name = value;
      return this;
    }

    Builder phone(String value) {
      phone = value;
      return this;
    }

    Builder wechatId(String value) {
      wechatId = value;
      return this;
    }

    Builder email(String value) {
      email = value;
      return this;
    }

    Builder identity(IdentityKind kind, String id) {
      identities.add(new ContactIdentity(kind, id));
      return this;
    }

    Builder company(String value) {
      company = value;
      return this;
    }

    Builder region(String value) {
      region = value;
      return this;
    }

    Builder owner(String value) {
      owner = value;
      return this;
    }

    Builder channel(String value) {
      channel = value;
      return this;
    }

    Builder utm(String source, String medium, String campaign) {
      utm = UtmParameters.of(source, medium, campaign, null);
      return this;
    }

    CustomerCapture build() {
      return new CustomerCapture(
          leadId,
          name,
          phone,
          wechatId,
          email,
          identities,
          company,
          null,
          null,
          region,
          owner,
          new LeadOrigin(platform, channel, null, utm, null, Instant.now()));
    }
  }
}
