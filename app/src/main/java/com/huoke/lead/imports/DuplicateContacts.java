package com.huoke.lead.imports;

import com.huoke.lead.NewLead;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The contacts (phone, WeChat id, e-mail) of an import's rows so far, to tell a row that repeats
 * one. Only a 64-bit digest of each is kept, so memory stays small and holds no personal data.
 */
final class DuplicateContacts {

  private final Set<Long> seen = new HashSet<>();
  private final int maxTracked;

  DuplicateContacts(int maxTracked) {
    this.maxTracked = maxTracked;
  }

  /** Whether an earlier row had one of the lead's contacts; remembers the lead's contacts. */
  boolean repeats(NewLead lead) {
    List<Long> keys = keys(lead);
    boolean repeated = keys.stream().anyMatch(seen::contains);
    for (Long key : keys) {
      if (seen.size() >= maxTracked) {
        break;
      }
      seen.add(key);
    }
    return repeated;
  }

  private static List<Long> keys(NewLead lead) {
    List<Long> keys = new ArrayList<>(3);
    if (lead.contactPhone() != null && !lead.contactPhone().isBlank()) {
      String digits = lead.contactPhone().replaceAll("\\D", "");
      // +86 138… and 138… are the same mainland number
      if (digits.length() == 13 && digits.startsWith("86")) {
        digits = digits.substring(2);
      }
      keys.add(digest("phone:" + digits));
    }
    if (lead.contactWechat() != null && !lead.contactWechat().isBlank()) {
      keys.add(digest("wechat:" + lead.contactWechat().strip()));
    }
    if (lead.contactEmail() != null && !lead.contactEmail().isBlank()) {
      keys.add(digest("email:" + lead.contactEmail().strip().toLowerCase(Locale.ROOT)));
    }
    return keys;
  }

  private static long digest(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        value = (value << 8) | (hash[i] & 0xff);
      }
      return value;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
