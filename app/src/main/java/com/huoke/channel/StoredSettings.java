package com.huoke.channel;

import java.util.Map;
import java.util.TreeMap;

/**
 * A channel's settings as stored: plain values, and secrets in their encrypted form.
 *
 * @param plain settings that are not secret, by name
 * @param encryptedSecrets secret settings by name, each encrypted with PersonalDataCipher
 */
record StoredSettings(Map<String, String> plain, Map<String, String> encryptedSecrets) {

  StoredSettings {
    plain = plain == null ? new TreeMap<>() : new TreeMap<>(plain);
    encryptedSecrets = encryptedSecrets == null ? new TreeMap<>() : new TreeMap<>(encryptedSecrets);
  }

  boolean has(String name) {
    return plain.containsKey(name) || encryptedSecrets.containsKey(name);
  }
}
