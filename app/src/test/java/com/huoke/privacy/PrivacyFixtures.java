package com.huoke.privacy;

import java.util.Base64;

/** The test keys of {@code config/application.yml}, for tests that build the parts by hand. */
final class PrivacyFixtures {

  static final byte[] ENCRYPTION_KEY =
      Base64.getDecoder().decode("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
  static final byte[] LOOKUP_KEY =
      Base64.getDecoder().decode("dGVzdC1sb29rdXAta2V5LXRoYXQtaXMtbG9uZy1lbm91Z2gtMzI=");

  private PrivacyFixtures() {}

  static PersonalDataCipher cipher() {
    return new PersonalDataCipher(ENCRYPTION_KEY);
  }

  static LookupHash lookupHash() {
    return new LookupHash(LOOKUP_KEY);
  }
}
