package com.huoke.privacy;

/** How personal data looks to someone who may not see it (DESIGN §4, CHANNELS.md §5). */
public final class Masking {

  private Masking() {}

  /** {@code +8613812341234} → {@code 138****1234}; other numbers keep their last four digits. */
  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.startsWith("+86") ? phone.substring(3) : phone;
    if (digits.length() == 11) {
      return digits.substring(0, 3) + "****" + digits.substring(7);
    }
    return digits.length() <= 4 ? "****" : "****" + digits.substring(digits.length() - 4);
  }

  /** {@code zhang.san@example.com} → {@code z***@example.com}. */
  public static String email(String email) {
    if (email == null) {
      return null;
    }
    int at = email.indexOf('@');
    return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
  }

  /** A WeChat id or other handle: first two characters, then stars. */
  public static String handle(String handle) {
    if (handle == null) {
      return null;
    }
    return handle.length() <= 2 ? "***" : handle.substring(0, 2) + "***";
  }

  /** {@code 张三丰} → {@code 张**}; {@code Li Lei} → {@code L*****}. */
  public static String name(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
  }
}
