package com.huoke.customer;

import com.huoke.contact.ContactIdentities;
import com.huoke.contact.ContactIdentity;
import com.huoke.contact.IdentityKind;
import com.huoke.privacy.LookupHash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Normalises contact values into {@link Identity identities} and hashes them for look-ups. */
@Component
class IdentityFactory {

  private final LookupHash lookupHash;

  IdentityFactory(LookupHash lookupHash) {
    this.lookupHash = lookupHash;
  }

  /** The identity of one value; null when blank; throws InvalidContactException when invalid. */
  Identity of(IdentityKind kind, String raw, String field) {
    String value = ContactIdentities.normalise(kind, raw).orThrow(field);
    return value == null ? null : identity(kind, value);
  }

  /** The hash an already normalised value is looked up by. */
  String hashOf(IdentityKind kind, String normalised) {
    return lookupHash.of(ContactIdentities.lookupKey(kind, normalised));
  }

  /**
   * The distinct identities of a person's contact values and platform ids, sorted (see {@link
   * Identity#compareTo}).
   */
  List<Identity> of(
      String phone, String wechatId, String email, List<ContactIdentity> platformIds) {
    Map<String, Identity> distinct = new LinkedHashMap<>();
    add(distinct, of(IdentityKind.PHONE, phone, "phone"));
    add(distinct, of(IdentityKind.WECHAT_ID, wechatId, "wechatId"));
    add(distinct, of(IdentityKind.EMAIL, email, "email"));
    for (int i = 0; i < platformIds.size(); i++) {
      ContactIdentity given = platformIds.get(i);
      add(distinct, of(given.kind(), given.id(), "identities[" + i + "].id"));
    }
    List<Identity> sorted = new ArrayList<>(distinct.values());
    sorted.sort(null);
    return sorted;
  }

  private Identity identity(IdentityKind kind, String value) {
    return new Identity(kind, value, hashOf(kind, value));
  }

  private static void add(Map<String, Identity> distinct, Identity identity) {
    if (identity != null) {
      distinct.putIfAbsent(identity.kind() + ":" + identity.hash(), identity);
    }
  }
}
