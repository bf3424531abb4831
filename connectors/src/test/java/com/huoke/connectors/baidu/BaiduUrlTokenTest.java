package com.huoke.connectors.baidu;

import static com.huoke.connectors.inbound.support.WebhookRequests.post;
import static com.huoke.connectors.inbound.support.WebhookRequests.utf8;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.SignatureRejectedException;
import org.junit.jupiter.api.Test;

class BaiduUrlTokenTest {

  private static final String TOKEN = "b3f1c9e2a7d84c6e9f0a1b2c3d4e5f60";
  private static final byte[] BODY = utf8("{\"clueId\":\"1\"}");

  private final BaiduUrlToken token = new BaiduUrlToken(TOKEN);

  @Test
  void acceptsRequestCarryingTheToken() {
    assertThatCode(() -> token.verify(post(BODY).query("token", TOKEN).build()))
        .doesNotThrowAnyException();
  }

  @Test
  void acceptsUnicodeToken() {
    assertThatCode(
            () -> new BaiduUrlToken("密钥🔑").verify(post(BODY).query("token", "密钥🔑").build()))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsWrongTokenWithoutRevealingIt() {
    assertThatThrownBy(() -> token.verify(post(BODY).query("token", TOKEN + "x").build()))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "token-mismatch")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void rejectsTokenThatIsOnlyAPrefix() {
    assertThatThrownBy(() -> token.verify(post(BODY).query("token", TOKEN.substring(0, 8)).build()))
        .hasFieldOrPropertyWithValue("code", "token-mismatch");
  }

  @Test
  void rejectsRequestWithoutToken() {
    assertThatThrownBy(() -> token.verify(post(BODY).build()))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "token-mismatch")
        .hasMessageContaining("absent");
  }

  @Test
  void ignoresTokenSentInAHeaderInsteadOfTheUrl() {
    assertThatThrownBy(() -> token.verify(post(BODY).header("token", TOKEN).build()))
        .hasFieldOrPropertyWithValue("code", "token-mismatch");
  }
}
