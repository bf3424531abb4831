package com.huoke.connectors.inbound.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.connectors.inbound.InboundLead;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormAnswersTest {

  @Test
  void keepsEveryAnswerEvenWhenLabelsRepeat() {
    var answers = new FormAnswers().add("电话", "13800000001").add("电话", "13800000002");

    assertThat(answers.asMap())
        .containsExactly(Map.entry("电话", "13800000001"), Map.entry("电话 (2)", "13800000002"));
    assertThat(answers.get(LeadField.PHONE)).isEqualTo("13800000001");
  }

  @Test
  void skipsBlankAnswersAndTrimsTheRest() {
    var answers = new FormAnswers().add("姓名", "  ").add("微信", " wx_1 ").add(null, "无标题");

    assertThat(answers.asMap()).containsExactly(Map.entry("微信", "wx_1"), Map.entry("未命名", "无标题"));
  }

  @Test
  void fillsLeadFieldsFromRecognisedAnswers() {
    InboundLead lead =
        new FormAnswers()
            .add("姓名", "王芳")
            .add("手机", "13812345678")
            .add("公司名称", "云帆")
            .add("备注", "下午联系")
            .fill(InboundLead.builder())
            .build();

    assertThat(lead.contactName()).isEqualTo("王芳");
    assertThat(lead.contactPhone()).isEqualTo("13812345678");
    assertThat(lead.company()).isEqualTo("云帆");
    assertThat(lead.formFields()).containsEntry("备注", "下午联系").hasSize(4);
  }
}
