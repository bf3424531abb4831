package com.huoke.customer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.huoke.contact.ContactIdentity;
import com.huoke.contact.IdentityKind;
import com.huoke.contact.ValidContact;
import com.huoke.web.MaxJsonSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * A customer entered by hand. The same de-duplication as for leads applies: a phone, WeChat id,
 * e-mail or platform id that belongs to a customer already is refused, pointing at that customer.
 */
public record NewCustomer(
    CustomerType type,
    @Size(max = 200) String name,
    @Size(max = 1000) String avatar,
    @ValidContact(IdentityKind.PHONE) @Size(max = 32) String phone,
    @ValidContact(IdentityKind.WECHAT_ID) @Size(max = 64) String wechatId,
    @Size(max = 100) String dingtalkId,
    @Email @Size(max = 254) String email,
    @Size(max = 20) List<@NotNull @Valid ContactIdentity> identities,
    @Valid CompanyInput company,
    CustomerStage stage,
    @Size(max = 100) String ownerUserId,
    @Size(max = 50) List<@NotNull @Valid TagRef> tags,
    @MaxJsonSize(bytes = 16 * 1024) Map<String, Object> customFields) {

  public NewCustomer {
    identities = identities == null ? List.of() : identities;
    tags = tags == null ? List.of() : tags;
    customFields = customFields == null ? Map.of() : customFields;
  }

  /** A customer needs a name or some way to reach them. */
  @JsonIgnore
  @AssertTrue(message = "must give a name, phone, wechatId, email or identities")
  public boolean isIdentifiable() {
    return hasText(name)
        || hasText(phone)
        || hasText(wechatId)
        || hasText(email)
        || !identities.isEmpty();
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
