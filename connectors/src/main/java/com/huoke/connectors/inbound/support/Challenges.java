package com.huoke.connectors.inbound.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** The numeric challenge of a URL check, which platforms expect back as the same JSON number. */
public final class Challenges {

  private static final Pattern DIGITS = Pattern.compile("-?\\d{1,40}");

  private Challenges() {}

  /**
   * The challenge as a JSON number, from a JSON number or a string of digits.
   *
   * @param where names the field for the error message, e.g. {@code "content.challenge"}
   * @throws UndecodablePayloadException it is absent or not a whole number
   */
  public static JsonNode number(JsonNode challenge, String where) {
    if (challenge != null && challenge.isIntegralNumber()) {
      return challenge;
    }
    if (challenge != null && challenge.isTextual()) {
      return number(challenge.asText(), where);
    }
    throw new UndecodablePayloadException(
        "Expected " + where + " to be a whole number, but it is " + JsonBodies.typeOf(challenge));
  }

  /** The challenge as a JSON number, from query-parameter text. */
  public static JsonNode number(String challenge, String where) {
    if (challenge == null || !DIGITS.matcher(challenge.trim()).matches()) {
      throw new UndecodablePayloadException(
          "Expected "
              + where
              + " to be a whole number, but it is "
              + (challenge == null ? "absent" : "'" + Texts.abbreviate(challenge) + "'"));
    }
    return JsonNodeFactory.instance.numberNode(new BigInteger(challenge.trim()));
  }
}
