package com.huoke.connectors.inbound.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAllowListTest {

  @ParameterizedTest(name = "{1} allows {0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10.0.0.1          | 10.0.0.1                  | true",
        "10.0.0.2          | 10.0.0.1                  | false",
        "192.168.1.255     | 192.168.0.0/23            | true",
        "192.168.2.0       | 192.168.0.0/23            | false",
        "8.8.8.8           | 0.0.0.0/0                 | true",
        "8.8.8.8           | 10.0.0.0/8, 8.8.8.8/32    | true",
        "2001:db8::1       | 2001:db8::/32             | true",
        "2001:db9::1       | 2001:db8::/32             | false",
        "2001:0db8:0:0::ff | 2001:db8::ff              | true",
        "::1               | ::1/128                   | true",
        "::ffff:10.1.1.1   | 10.0.0.0/8                | true",
        "10.1.1.1          | 2001:db8::/32             | false",
        "2001:db8::1       | 0.0.0.0/0                 | false",
        "256.1.1.1         | 0.0.0.0/0                 | false",
        "example.com       | 0.0.0.0/0                 | false",
        "fe80::1%eth0      | fe80::/10                 | false"
      })
  void matchesAddressesAgainstBlocks(String address, String allowList, boolean allowed) {
    assertThat(IpAllowList.parse(allowList).allows(address)).isEqualTo(allowed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"10.0.0.0/33", "2001:db8::/129", "10.0.0", "example.com", "10.0.0.0/x", " , "})
  void refusesListEntriesThatAreNoAddressOrBlock(String allowList) {
    assertThatThrownBy(() -> IpAllowList.parse(allowList))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Expected");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void allowsNoAbsentAddress(String blank) {
    assertThat(IpAllowList.parse("0.0.0.0/0").allows(blank)).isFalse();
    assertThat(IpAllowList.parse("0.0.0.0/0").allows(null)).isFalse();
  }
}
