package com.huoke.lead;

import com.huoke.web.InvalidField;
import java.util.List;

/** A lead's version as an entity tag ({@code "3"}) and back from {@code If-Match}. */
final class ETags {

  private ETags() {}

  static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version an {@code If-Match} header names; {@code null} without the header. */
  static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      long version = Long.parseLong(tag);
      if (version >= 0) {
        return version;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidLeadRequestException(
        List.of(
            new InvalidField(
                "If-Match",
                "must be the lead's ETag from GET, such as \"3\", but got '%s'"
                    .formatted(ifMatch))));
  }
}
