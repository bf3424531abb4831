package com.huoke.contact;

/**
 * The outcome of normalising one contact value: the normalised {@code value}, a {@code rejection}
 * saying why the input is not acceptable, or neither when the input was blank (nothing given).
 * Rejections never repeat the input, so they are safe to log and to show.
 */
public record Normalised(String value, String rejection) {

  private static final Normalised BLANK = new Normalised(null, null);

  public Normalised {
    if (value != null && rejection != null) {
      throw new IllegalArgumentException("Expected a value or a rejection, but got both");
    }
  }

  /** An accepted value in its normalised form. */
  public static Normalised of(String value) {
    return new Normalised(value, null);
  }

  /** An input that cannot be normalised; {@code reason} completes "the value …". */
  public static Normalised rejected(String reason) {
    return new Normalised(null, reason);
  }

  /** Nothing was given (null, empty or only white space). */
  public static Normalised blank() {
    return BLANK;
  }

  public boolean isRejected() {
    return rejection != null;
  }

  public boolean isPresent() {
    return value != null;
  }

  /** The value, {@code null} when blank; throws {@link InvalidContactException} when rejected. */
  public String orThrow(String field) {
    if (rejection != null) {
      throw new InvalidContactException(field, rejection);
    }
    return value;
  }
}
