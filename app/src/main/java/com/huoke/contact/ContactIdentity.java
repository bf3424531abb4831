package com.huoke.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One identity of a person as a channel reports it, e.g. {@code {"kind": "WECHAT_OPENID", "id":
 * "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"}}; the id must be valid for its kind.
 */
@ValidContactIdentity
public record ContactIdentity(@NotNull IdentityKind kind, @NotBlank @Size(max = 254) String id) {

  /** The same identity with its id normalised; throws {@link InvalidContactException}. */
  public ContactIdentity normalised(String field) {
    return new ContactIdentity(kind, ContactIdentities.normalise(kind, id).orThrow(field));
  }
}
