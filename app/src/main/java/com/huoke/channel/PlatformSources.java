package com.huoke.channel;

import com.huoke.lead.SourcePlatform;
import java.util.Locale;
import java.util.Map;

/** Which lead source platform a channel's platform id stands for. */
final class PlatformSources {

  // receiver ids that are not simply the enum's name
  private static final Map<String, SourcePlatform> ALIASES =
      Map.of(
          "wechatmp",
          SourcePlatform.WECHAT,
          "wechat",
          SourcePlatform.WECHAT,
          WebFormChannel.PLATFORM,
          SourcePlatform.WEBSITE);

  private PlatformSources() {}

  /** e.g. {@code oceanengine} → OCEAN_ENGINE, {@code wechatmp} → WECHAT; unknown ones → OTHER. */
  static SourcePlatform of(String platform) {
    String key = platform.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    SourcePlatform alias = ALIASES.get(key);
    if (alias != null) {
      return alias;
    }
    for (SourcePlatform candidate : SourcePlatform.values()) {
      if (candidate.name().replace("_", "").equalsIgnoreCase(key)) {
        return candidate;
      }
    }
    return SourcePlatform.OTHER;
  }
}
