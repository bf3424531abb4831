package com.huoke.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UtmParametersTest {

  @Test
  void lowerCasesSourceAndMediumButKeepsCampaignAndContent() {
    UtmParameters utm = UtmParameters.of(" Douyin ", "CPC", " Spring-Launch ", "Banner_A");

    assertThat(utm).isEqualTo(new UtmParameters("douyin", "cpc", "Spring-Launch", "Banner_A"));
  }

  @Test
  void turnsEmptyValuesIntoNull() {
    UtmParameters utm = UtmParameters.of("", "  ", null, "\t");

    assertThat(utm).isEqualTo(new UtmParameters(null, null, null, null));
    assertThat(utm.isEmpty()).isTrue();
  }
}
