package com.huoke.connectors.inbound.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.connectors.inbound.InboundLead;
import org.junit.jupiter.api.Test;

class UtmParametersTest {

  @Test
  void readsUtmParametersOfLandingUrl() {
    InboundLead lead =
        UtmParameters.fill(
                InboundLead.builder(),
                "https://lp.example.com/a?x=1&utm_source=baidu&utm_medium=cpc&utm_campaign=%E6%98%A5%E5%AD%A3&utm_content=v2")
            .build();

    assertThat(lead.utmSource()).isEqualTo("baidu");
    assertThat(lead.utmMedium()).isEqualTo("cpc");
    assertThat(lead.utmCampaign()).isEqualTo("春季");
    assertThat(lead.utmContent()).isEqualTo("v2");
  }

  @Test
  void setsNothingForMissingOrMalformedUrls() {
    for (String url :
        new String[] {
          null, "", "not a url with spaces?utm_source=x", "https://a.b/?utm_source=%zz"
        }) {
      InboundLead lead = UtmParameters.fill(InboundLead.builder(), url).build();

      assertThat(lead.utmSource()).as(url).isNull();
    }
  }
}
