package com.huoke.contact;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the free-text region leads carry ({@code 广东省 深圳市}, {@code 广东深圳}, {@code 深圳}, {@code
 * 北京市朝阳区}, {@code 中国·浙江·杭州}) into official province and city names from a built-in table of
 * provinces and major cities. Districts and anything after the city are ignored; a city alone
 * implies its province. Place names in pinyin or other scripts are not recognised.
 */
public final class Regions {

  private static final Pattern NOISE = Pattern.compile("[\\s\\-/·•,，、|>]+");
  private static final String COUNTRY = "中国";
  private static final List<String> CITY_SUFFIXES = List.of("市", "地区");
  private static final List<String> PREFECTURE_SUFFIXES =
      List.of("朝鲜族自治州", "白族自治州", "哈尼族彝族自治州", "傣族自治州", "哈萨克自治州");

  private Regions() {}

  /** The province and city named by {@code raw}; empty when no known province or city leads it. */
  public static Optional<Region> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String text = NOISE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
    if (text.startsWith(COUNTRY)) {
      text = text.substring(COUNTRY.length());
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    // official names first, so 吉林市 is the city and 吉林省 the province
    for (RegionTable.Province province : RegionTable.PROVINCES) {
      if (text.startsWith(province.name())) {
        return Optional.of(inProvince(province, text.substring(province.name().length())));
      }
    }
    Optional<Region> city = cityAnywhere(text, true);
    if (city.isPresent()) {
      return city;
    }
    for (RegionTable.Province province : RegionTable.PROVINCES) {
      if (text.startsWith(province.shortName())) {
        return Optional.of(inProvince(province, text.substring(province.shortName().length())));
      }
    }
    return cityAnywhere(text, false);
  }

  /** Official province and city names separated by a space, or the input trimmed if unknown. */
  public static String normalise(String raw) {
    String cleaned = Texts.clean(raw);
    if (cleaned == null) {
      return null;
    }
    return parse(cleaned).map(Region::display).orElse(cleaned);
  }

  private static Region inProvince(RegionTable.Province province, String rest) {
    if (province.municipality()) {
      return new Region(province.name(), province.name());
    }
    for (String city : province.cities()) {
      if (startsWithCity(rest, city, true) || startsWithCity(rest, city, false)) {
        return new Region(province.name(), city);
      }
    }
    return new Region(province.name(), null);
  }

  private static Optional<Region> cityAnywhere(String text, boolean official) {
    for (RegionTable.Province province : RegionTable.PROVINCES) {
      if (province.municipality()) {
        continue;
      }
      for (String city : province.cities()) {
        if (startsWithCity(text, city, official)) {
          return Optional.of(new Region(province.name(), city));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsWithCity(String text, String city, boolean official) {
    return official ? text.startsWith(city) : text.startsWith(shortName(city));
  }

  /** 深圳市 → 深圳, 喀什地区 → 喀什, 延边朝鲜族自治州 → 延边. */
  static String shortName(String city) {
    List<String> suffixes = new ArrayList<>(PREFECTURE_SUFFIXES);
    suffixes.addAll(CITY_SUFFIXES);
    for (String suffix : suffixes) {
      if (city.endsWith(suffix) && city.length() > suffix.length() + 1) {
        return city.substring(0, city.length() - suffix.length());
      }
    }
    return city;
  }
}
