package com.huoke.connectors.inbound.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadFieldTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "姓名, NAME",
    "* 您的姓名, NAME",
    "称呼, NAME",
    "Full Name, NAME",
    "手机号, PHONE",
    "手机号码：, PHONE",
    "联系电话, PHONE",
    "电话, PHONE",
    "Mobile, PHONE",
    "tel, PHONE",
    "联系人电话, PHONE",
    "微信, WECHAT",
    "微信号, WECHAT",
    "WeChat ID, WECHAT",
    "邮箱, EMAIL",
    "E-mail, EMAIL",
    "公司, COMPANY",
    "公司名称, COMPANY",
    "企业名称, COMPANY",
    "Company name, COMPANY",
    "行业, INDUSTRY",
    "城市, REGION",
    "所在地区, REGION",
    "省市, REGION",
    "职位, JOB_TITLE",
    "job_title, JOB_TITLE"
  })
  void recognisesTheFieldALabelAsksFor(String label, LeadField field) {
    assertThat(LeadField.forLabel(label)).contains(field);
  }

  @ParameterizedTest
  @ValueSource(strings = {"咨询内容", "QQ", "团队规模", "您的需求", "", " "})
  void leavesOtherQuestionsUnmapped(String label) {
    assertThat(LeadField.forLabel(label)).isEmpty();
  }
}
