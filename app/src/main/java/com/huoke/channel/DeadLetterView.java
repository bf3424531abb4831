package com.huoke.channel;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * A dead letter with the request it keeps.
 *
 * @param body the raw body as UTF-8 text, or null when the caller may not see personal data
 * @param bodyVisible whether {@code body} is shown
 */
record DeadLetterView(
    @JsonUnwrapped DeadLetterSummary summary,
    String method,
    Map<String, List<String>> headers,
    Map<String, String> query,
    String remoteAddress,
    String body,
    boolean bodyVisible) {

  static DeadLetterView of(DeadLetter letter, String body, boolean bodyVisible) {
    return new DeadLetterView(
        DeadLetterSummary.of(letter),
        letter.method(),
        letter.headers(),
        letter.query(),
        letter.remoteAddress(),
        body,
        bodyVisible);
  }
}
