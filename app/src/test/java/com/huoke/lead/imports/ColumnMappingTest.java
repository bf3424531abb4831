package com.huoke.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.web.InvalidField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "姓名, contactName",
    "手机, contactPhone",
    "手机号, contactPhone",
    "手机号码 *, contactPhone",
    "微信, contactWechat",
    "微信号, contactWechat",
    "邮箱, contactEmail",
    "公司, company",
    "公司名称, company",
    "行业, industry",
    "地区, region",
    "职位, jobTitle",
    "Contact Name, contactName",
    "Phone, contactPhone",
    "E-Mail, contactEmail",
    "WeChat, contactWechat",
    "Job_Title, jobTitle",
    "UTM_Source, utmSource",
    "来源平台, sourcePlatform",
    "渠道, sourceChannel"
  })
  void recognisesChineseAndEnglishHeaders(String header, String field) {
    ColumnMapping mapping = ColumnMapping.of(List.of(header, "邮箱"), Map.of());

    assertThat(mapping.field(0)).isEqualTo(field);
  }

  @Test
  void keepsUnknownColumnsForRawDataAndTheFirstOfTwoColumnsForOneField() {
    ColumnMapping mapping = ColumnMapping.of(List.of("手机", "备注", "电话"), Map.of());

    assertThat(mapping.field(0)).isEqualTo("contactPhone");
    assertThat(mapping.field(1)).isNull();
    assertThat(mapping.field(2)).isNull();
    assertThat(mapping.header(1)).isEqualTo("备注");
  }

  @Test
  void appliesTheCallersMappingBeforeRecognisingHeaders() {
    ColumnMapping mapping =
        ColumnMapping.of(
            List.of("客户电话", "手机", "来源"),
            Map.of("客户电话", "contactPhone", "手机", "ignore", "来源", "sourceCampaign"));

    assertThat(mapping.field(0)).isEqualTo("contactPhone");
    assertThat(mapping.ignored(1)).isTrue();
    assertThat(mapping.field(2)).isEqualTo("sourceCampaign");
  }

  @Test
  void refusesAFileWithoutAnyContactColumn() {
    assertThatThrownBy(() -> ColumnMapping.of(List.of("姓名", "公司"), Map.of()))
        .isInstanceOf(ImportFileException.class)
        .hasMessageContaining("phone, WeChat id or e-mail")
        .hasMessageContaining("[姓名, 公司]");
  }

  @Test
  void refusesAMappingOfAColumnTheFileDoesNotHave() {
    assertThatThrownBy(() -> ColumnMapping.of(List.of("手机"), Map.of("客户电话", "contactPhone")))
        .isInstanceOf(ImportFileException.class)
        .hasMessageContaining("[客户电话]");
  }

  @Test
  void namesEachMappedColumnWhoseFieldIsUnknown() {
    assertThat(ColumnMapping.check(Map.of("电话", "phoneNumber", "姓名", "contactName")))
        .extracting(InvalidField::field)
        .containsExactly("mapping.电话");
  }
}
