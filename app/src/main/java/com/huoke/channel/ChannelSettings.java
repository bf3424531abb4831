package com.huoke.channel;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.privacy.PersonalDataCipher;
import com.huoke.web.InvalidField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Checks channel settings against what the platform's receiver declares, encrypts the secret ones
 * for storage and masks them for display.
 */
@Component
class ChannelSettings {

  static final int MAX_VALUE_LENGTH = 4000;

  // enough to recognise which secret is configured, too little to guess it
  private static final int MIN_LENGTH_TO_SHOW_TAIL = 12;
  private static final String MASK = "••••";

  private final PersonalDataCipher cipher;

  ChannelSettings(PersonalDataCipher cipher) {
    this.cipher = cipher;
  }

  /**
   * {@code current} with {@code changes} applied: a value sets or replaces a setting, a null or
   * blank value removes it.
   *
   * @throws InvalidChannelRequestException naming every unknown, oversized or missing required
   *     setting as {@code settings.<name>}
   */
  StoredSettings apply(
      InboundChannel receiver, StoredSettings current, Map<String, String> changes) {
    Map<String, CredentialSpec> specs = new HashMap<>();
    receiver.credentials().forEach(spec -> specs.put(spec.name(), spec));
    Map<String, String> plain = new TreeMap<>(current.plain());
    Map<String, String> secrets = new TreeMap<>(current.encryptedSecrets());
    List<InvalidField> errors = new ArrayList<>();
    (changes == null ? Map.<String, String>of() : changes)
        .forEach(
            (name, value) -> {
              CredentialSpec spec = specs.get(name);
              if (spec == null) {
                errors.add(
                    new InvalidField(
                        "settings." + name,
                        "is not a setting of platform '%s'; expected one of %s"
                            .formatted(receiver.platform(), new TreeMap<>(specs).keySet())));
              } else if (value == null || value.isBlank()) {
                plain.remove(name);
                secrets.remove(name);
              } else if (value.strip().length() > MAX_VALUE_LENGTH) {
                errors.add(
                    new InvalidField(
                        "settings." + name, "must be at most " + MAX_VALUE_LENGTH + " characters"));
              } else if (spec.secret()) {
                plain.remove(name);
                secrets.put(name, cipher.encrypt(value.strip()));
              } else {
                secrets.remove(name);
                plain.put(name, value.strip());
              }
            });
    for (CredentialSpec spec : receiver.credentials()) {
      boolean present = plain.containsKey(spec.name()) || secrets.containsKey(spec.name());
      if (spec.required()
          && !present
          && errors.stream().noneMatch(e -> e.field().equals("settings." + spec.name()))) {
        errors.add(
            new InvalidField("settings." + spec.name(), "is required: " + spec.description()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidChannelRequestException(errors);
    }
    return new StoredSettings(plain, secrets);
  }

  /** The settings in clear, as the receiver reads them. */
  ChannelCredentials credentials(StoredSettings stored) {
    Map<String, String> values = new HashMap<>(stored.plain());
    stored.encryptedSecrets().forEach((name, value) -> values.put(name, cipher.decrypt(value)));
    return new ChannelCredentials(values);
  }

  /** The settings for display: plain ones as they are, secrets as {@code ••••} + last 4. */
  Map<String, String> masked(StoredSettings stored) {
    Map<String, String> shown = new TreeMap<>(stored.plain());
    stored
        .encryptedSecrets()
        .forEach((name, value) -> shown.put(name, mask(cipher.decrypt(value))));
    return shown;
  }

  private static String mask(String secret) {
    return secret.length() < MIN_LENGTH_TO_SHOW_TAIL
        ? MASK
        : MASK + secret.substring(secret.length() - 4);
  }
}
