package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import com.huoke.contact.ValidContact;
import com.huoke.web.MaxJsonSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Changes to a customer ({@code PUT /api/v1/customers/{id}}). Parts left out (null) stay as they
 * are, so a caller who sees masked values can send back only what it changes; an empty string
 * clears a text value; a custom field set to null is removed. {@code version}, when given, must be
 * the version last read (else 409 stale_customer). The score is derived from the leads and cannot
 * be set.
 */
public record CustomerUpdate(
    CustomerType type,
    @Size(max = 200) String name,
    @Size(max = 1000) String avatar,
    @ValidContact(IdentityKind.PHONE) @Size(max = 32) String phone,
    @ValidContact(IdentityKind.WECHAT_ID) @Size(max = 64) String wechatId,
    @Size(max = 100) String dingtalkId,
    @Email @Size(max = 254) String email,
    @Valid CompanyInput company,
    CustomerStage stage,
    @Size(max = 100) String ownerUserId,
    @MaxJsonSize(bytes = 16 * 1024) Map<String, Object> customFields,
    Long version) {

  public CustomerUpdate {
    customFields = customFields == null ? Map.of() : customFields;
  }
}
