package com.huoke.engine.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How FEEL reaches Operaton's JUEL-only attributes without breaking on quotes or backslashes. */
class FeelValuesTest {

  @Test
  void feelBeanCallEscapesQuotesAndBackslashesForJuel() {
    assertThat(FeelValues.feelBeanCall("replace(name, \"\\s+\", \" \")"))
        .isEqualTo("${feel.evaluate(execution, \"replace(name, \\\"\\\\s+\\\", \\\" \\\")\")}");
  }

  @Test
  void unwrapsOnlyStringLiteralsWithoutEscapes() {
    assertThat(FeelValues.simpleStringLiteral("\"PT2H\"")).contains("PT2H");
    assertThat(FeelValues.simpleStringLiteral("\"a\" + \"b\"")).isEmpty();
    assertThat(FeelValues.simpleStringLiteral("\"say \\\"hi\\\"\"")).isEmpty();
  }

  @Test
  void quotesStaticTextAsAFeelStringLiteral() {
    assertThat(FeelValues.feelStringLiteral("spring \"2030\""))
        .isEqualTo("\"spring \\\"2030\\\"\"");
  }

  @Test
  void spotsEngineExpressionsHiddenInStaticText() {
    assertThat(FeelValues.containsEngineExpression("${bean.call()}")).isTrue();
    assertThat(FeelValues.containsEngineExpression("#{bean.call()}")).isTrue();
    assertThat(FeelValues.containsEngineExpression("sales, sales-leads")).isFalse();
  }
}
