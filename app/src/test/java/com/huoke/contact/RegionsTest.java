package com.huoke.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvFileSource(resources = "/contact/regions.csv", delimiter = '|')
  void readsProvinceAndCityFromHowPeopleWriteThem(String input, String province, String city) {
    assertThat(Regions.parse(input)).contains(new Region(province, city));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "火星", "Shenzhen", "中国"})
  void knowsNothingOfUnknownPlaces(String input) {
    assertThat(Regions.parse(input)).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      textBlock =
          """
          广东深圳|广东省 深圳市
          广东|广东省
          北京|北京市 北京市
          火星基地 |火星基地
          """)
  void normalisesToOfficialNamesOrKeepsTheTextTrimmed(String input, String expected) {
    assertThat(Regions.normalise(input)).isEqualTo(expected);
  }
}
