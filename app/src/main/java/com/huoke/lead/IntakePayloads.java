package com.huoke.lead;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/** A queued lead's stored form: the NewLead as JSON, encrypted because it holds personal data. */
@Component
class IntakePayloads {

  private final ObjectMapper json;
  private final PersonalDataCipher cipher;

  IntakePayloads(ObjectMapper json, PersonalDataCipher cipher) {
    this.json = json;
    this.cipher = cipher;
  }

  String seal(NewLead lead) {
    try {
      return cipher.encrypt(json.writeValueAsString(lead));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write the lead to queue as JSON", e);
    }
  }

  /** The lead of a stored payload; {@link UnreadablePayloadException} when it cannot be read. */
  NewLead open(String payload) {
    try {
      return json.readValue(cipher.decrypt(payload), NewLead.class);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new UnreadablePayloadException(e);
    }
  }

  /** A payload that will never become a lead, however often it is tried. */
  static final class UnreadablePayloadException extends RuntimeException {
    UnreadablePayloadException(Throwable cause) {
      super("Expected a readable queued lead, but " + firstLine(cause.getMessage()), cause);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "it is unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
