package com.huoke.lead.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lead fields a column can fill, and the column headers — Chinese and English — recognised as
 * each without a mapping.
 */
final class LeadFields {

  static final String SOURCE_PLATFORM = "sourcePlatform";
  static final String COMPANY_SIZE = "companySize";
  static final Set<String> CONTACTS = Set.of("contactPhone", "contactWechat", "contactEmail");

  /** Field → headers meaning it, compared after {@link #normalise}. */
  private static final Map<String, List<String>> HEADERS = new LinkedHashMap<>();

  static {
    HEADERS.put("contactName", List.of("姓名", "名字", "联系人", "客户姓名", "客户名称", "name", "contactname"));
    HEADERS.put(
        "contactPhone",
        List.of(
            "手机",
            "手机号",
            "手机号码",
            "电话",
            "电话号码",
            "联系电话",
            "联系方式",
            "phone",
            "mobile",
            "mobilephone",
            "tel",
            "telephone",
            "contactphone"));
    HEADERS.put(
        "contactWechat", List.of("微信", "微信号", "wechat", "weixin", "wechatid", "contactwechat"));
    HEADERS.put("contactEmail", List.of("邮箱", "电子邮箱", "邮件", "email", "mail", "contactemail"));
    HEADERS.put("company", List.of("公司", "公司名称", "企业", "企业名称", "单位", "company", "companyname"));
    HEADERS.put("industry", List.of("行业", "所属行业", "industry"));
    HEADERS.put("region", List.of("地区", "区域", "城市", "所在地", "省市", "region", "city", "area"));
    HEADERS.put("jobTitle", List.of("职位", "职务", "岗位", "头衔", "title", "jobtitle", "position"));
    HEADERS.put(COMPANY_SIZE, List.of("公司规模", "企业规模", "规模", "companysize", "size"));
    HEADERS.put(SOURCE_PLATFORM, List.of("来源平台", "平台", "platform", "sourceplatform"));
    HEADERS.put("sourceChannel", List.of("来源渠道", "渠道", "来源", "channel", "source", "sourcechannel"));
    HEADERS.put("sourceCampaign", List.of("活动", "营销活动", "推广活动", "campaign", "sourcecampaign"));
    HEADERS.put("utmSource", List.of("utmsource"));
    HEADERS.put("utmMedium", List.of("utmmedium"));
    HEADERS.put("utmCampaign", List.of("utmcampaign"));
    HEADERS.put("utmContent", List.of("utmcontent"));
  }

  private LeadFields() {}

  static Set<String> names() {
    return HEADERS.keySet();
  }

  static boolean isField(String name) {
    return HEADERS.containsKey(name);
  }

  /** The field a header means, if it is one the import knows. */
  static Optional<String> ofHeader(String header) {
    String key = normalise(header);
    return HEADERS.entrySet().stream()
        .filter(e -> e.getValue().contains(key))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /**
   * Lower case without blanks, separators, brackets or required-markers: {@code "手机号 *"}, {@code
   * "UTM_Source"} and {@code "Contact-Name"} become {@code 手机号}, {@code utmsource}, {@code
   * contactname}.
   */
  static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-*:：()（）\\[\\]【】]", "");
  }
}
