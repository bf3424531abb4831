package com.huoke.lead;

/** An edit named no version to check against: answered with 428. */
public class LeadVersionRequiredException extends RuntimeException {

  public LeadVersionRequiredException() {
    super(
        "Expected the lead's version as an If-Match header or a 'version' field (from GET), but"
            + " there is neither");
  }
}
