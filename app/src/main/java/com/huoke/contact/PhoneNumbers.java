package com.huoke.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * Phone numbers to E.164 (CHANNELS.md §5). Mainland mobiles follow the channel rule exactly: strip
 * spaces, {@code -} and brackets, drop a {@code +86}, {@code 0086} or {@code 86} prefix before 11
 * digits, require {@code ^1[3-9]\d{9}$}, store {@code +861XXXXXXXXXX}. Anything else (landlines
 * with their area code, numbers abroad with {@code +} or {@code 00}) must be a valid number for
 * libphonenumber, read with China as the default region.
 */
public final class PhoneNumbers {

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
  private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]+");
  private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final int MOBILE_DIGITS = 11;
  private static final PhoneNumberUtil LIBPHONENUMBER = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** {@code "+86 138-0013-8000"} → {@code +8613800138000}; see the class comment for the rules. */
  public static Normalised normalise(String raw) {
    String cleaned = Texts.clean(raw);
    if (cleaned == null) {
      return Normalised.blank();
    }
    String compact = SEPARATORS.matcher(cleaned).replaceAll("");
    if (!DIGITS.matcher(compact).matches()) {
      return Normalised.rejected(
          "must be a phone number: digits with an optional leading +, spaces, '-' or brackets");
    }
    String mainland = mainlandDigits(compact);
    if (mainland != null) {
      return MAINLAND_MOBILE.matcher(mainland).matches()
          ? Normalised.of("+86" + mainland)
          : Normalised.rejected(
              "must be a mainland mobile number: 11 digits starting with 13 to 19");
    }
    return viaLibphonenumber(compact);
  }

  /** True when {@code e164} is a mainland China mobile number as stored by {@link #normalise}. */
  public static boolean isMainlandMobile(String e164) {
    return e164 != null
        && e164.startsWith("+86")
        && MAINLAND_MOBILE.matcher(e164.substring(3)).matches();
  }

  /** The 11 national digits when the input is written as a mainland mobile, else null. */
  private static String mainlandDigits(String compact) {
    String digits = compact;
    if (digits.startsWith("+86")) {
      digits = digits.substring(3);
    } else if (digits.startsWith("0086")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("86") && digits.length() == 2 + MOBILE_DIGITS) {
      digits = digits.substring(2);
    } else if (digits.startsWith("+") || digits.startsWith("00")) {
      return null; // another country code
    }
    return digits.length() == MOBILE_DIGITS && digits.startsWith("1") ? digits : null;
  }

  private static Normalised viaLibphonenumber(String compact) {
    String international = compact.startsWith("00") ? "+" + compact.substring(2) : compact;
    PhoneNumber number;
    try {
      number = LIBPHONENUMBER.parse(international, "CN");
    } catch (NumberParseException e) {
      return Normalised.rejected("must be a phone number, but cannot be read as one");
    }
    if (!LIBPHONENUMBER.isValidNumber(number)) {
      return Normalised.rejected(
          "must be a valid phone number: a mainland mobile (11 digits from 13), a landline with"
              + " its area code, or a number abroad with + and its country code");
    }
    return Normalised.of(LIBPHONENUMBER.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
  }
}
