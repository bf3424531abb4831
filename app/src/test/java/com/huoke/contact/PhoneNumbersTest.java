package com.huoke.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest(name = "[{0}] → {1}")
  @CsvFileSource(
      resources = "/contact/phones.csv",
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false)
  void normalisesRealWorldFormatsToE164(String input, String expected) {
    Normalised normalised = PhoneNumbers.normalise(input);

    assertThat(normalised.rejection()).isNull();
    assertThat(normalised.value()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0}] rejected: {1}")
  @CsvFileSource(
      resources = "/contact/invalid-phones.csv",
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false)
  void rejectsWhatIsNoPhoneNumberSayingWhy(String input, String reasonWords) {
    Normalised normalised = PhoneNumbers.normalise(input);

    assertThat(normalised.isRejected()).isTrue();
    assertThat(normalised.value()).isNull();
    assertThat(normalised.rejection()).contains(reasonWords);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void treatsBlankAsNotGiven(String input) {
    Normalised normalised = PhoneNumbers.normalise(input);

    assertThat(normalised.isPresent()).isFalse();
    assertThat(normalised.isRejected()).isFalse();
  }

  @Test
  void neverRepeatsTheInputInTheReason() {
    assertThat(PhoneNumbers.normalise("+86 12812345678").rejection()).doesNotContain("12812345678");
  }

  @Test
  void recognisesStoredMainlandMobiles() {
    assertThat(PhoneNumbers.isMainlandMobile("+8613800138000")).isTrue();
    assertThat(PhoneNumbers.isMainlandMobile("+861062345678")).isFalse();
    assertThat(PhoneNumbers.isMainlandMobile("+16502530000")).isFalse();
  }
}
