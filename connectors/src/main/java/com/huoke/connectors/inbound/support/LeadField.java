package com.huoke.connectors.inbound.support;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lead fields a form answer can fill, recognised from the label the advertiser gave the
 * question ("手机号", "您的微信", "Company name", …). Labels are free text, so recognition works on key
 * words; the order below settles labels that contain several ("公司名称" is a company, not a name;
 * "微信/手机" a WeChat id).
 */
public enum LeadField {
  EMAIL(List.of("邮箱", "邮件", "email", "mail")),
  WECHAT(List.of("微信", "wechat", "weixin", "wxid")),
  PHONE(List.of("手机", "电话", "联系方式", "phone", "mobile", "telephone", "cellphone")),
  COMPANY(List.of("公司", "企业", "单位", "机构", "company", "organization", "organisation", "corp")),
  INDUSTRY(List.of("行业", "industry")),
  JOB_TITLE(List.of("职位", "职务", "岗位", "jobtitle", "position", "title", "role")),
  REGION(List.of("城市", "地区", "省份", "省市", "所在地", "区域", "region", "city", "province", "area")),
  NAME(List.of("姓名", "名字", "称呼", "联系人", "name"));

  private final List<String> keywords;

  LeadField(List<String> keywords) {
    this.keywords = keywords;
  }

  /** The field a form label stands for, if it names one. */
  public static Optional<LeadField> forLabel(String label) {
    if (label == null) {
      return Optional.empty();
    }
    // "E-mail", "job_title", "手机号：" and "* 姓名" compare equal to their plain forms
    String normalised = label.toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-:：*＊()（）]", "");
    if (normalised.isEmpty()) {
      return Optional.empty();
    }
    if (normalised.equals("tel")) {
      return Optional.of(PHONE);
    }
    for (LeadField field : values()) {
      if (field.keywords.stream().anyMatch(normalised::contains)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }
}
