package com.huoke.lead.imports;

import com.huoke.lead.SourcePlatform;
import com.huoke.workers.lead.CompanySize;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Cell values of the enumerated fields: the API's names, or the Chinese a spreadsheet uses. */
final class LeadValues {

  private static final Map<String, SourcePlatform> PLATFORMS =
      Map.ofEntries(
          Map.entry("微信", SourcePlatform.WECHAT),
          Map.entry("公众号", SourcePlatform.WECHAT),
          Map.entry("企业微信", SourcePlatform.WECOM),
          Map.entry("钉钉", SourcePlatform.DINGTALK),
          Map.entry("抖音", SourcePlatform.DOUYIN),
          Map.entry("小红书", SourcePlatform.XIAOHONGSHU),
          Map.entry("百度", SourcePlatform.BAIDU),
          Map.entry("快手", SourcePlatform.KUAISHOU),
          Map.entry("b站", SourcePlatform.BILIBILI),
          Map.entry("哔哩哔哩", SourcePlatform.BILIBILI),
          Map.entry("知乎", SourcePlatform.ZHIHU),
          Map.entry("微博", SourcePlatform.WEIBO),
          Map.entry("脉脉", SourcePlatform.MAIMAI),
          Map.entry("大众点评", SourcePlatform.DIANPING),
          Map.entry("美团", SourcePlatform.DIANPING),
          Map.entry("淘宝", SourcePlatform.TAOBAO),
          Map.entry("天猫", SourcePlatform.TAOBAO),
          Map.entry("拼多多", SourcePlatform.PINDUODUO),
          Map.entry("领英", SourcePlatform.LINKEDIN),
          Map.entry("官网", SourcePlatform.WEBSITE),
          Map.entry("网站", SourcePlatform.WEBSITE),
          Map.entry("其他", SourcePlatform.OTHER));

  private static final Map<String, CompanySize> SIZES =
      Map.of(
          "微型", CompanySize.MICRO,
          "小型", CompanySize.SMALL,
          "中型", CompanySize.MEDIUM,
          "大型", CompanySize.LARGE,
          "超大型", CompanySize.ENTERPRISE,
          "集团", CompanySize.ENTERPRISE);

  private LeadValues() {}

  /** The value of a cell for {@code field}: typed for the enumerated fields, else the text. */
  static Optional<Object> parse(String field, String value) {
    return switch (field) {
      case LeadFields.SOURCE_PLATFORM -> platform(value).map(Object.class::cast);
      case LeadFields.COMPANY_SIZE -> companySize(value).map(Object.class::cast);
      default -> Optional.of(value);
    };
  }

  /** What an enumerated field accepts, for an error message. */
  static String allowed(String field) {
    return Arrays.toString(
        field.equals(LeadFields.SOURCE_PLATFORM) ? SourcePlatform.values() : CompanySize.values());
  }

  static Optional<SourcePlatform> platform(String value) {
    return named(value, SourcePlatform.class, PLATFORMS);
  }

  static Optional<CompanySize> companySize(String value) {
    return named(value, CompanySize.class, SIZES);
  }

  private static <E extends Enum<E>> Optional<E> named(
      String value, Class<E> type, Map<String, E> chinese) {
    String key = value.strip();
    E found = chinese.get(key.toLowerCase(Locale.ROOT));
    if (found != null) {
      return Optional.of(found);
    }
    try {
      return Optional.of(Enum.valueOf(type, key.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
