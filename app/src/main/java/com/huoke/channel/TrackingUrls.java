package com.huoke.channel;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Puts UTM parameters on a landing URL: existing {@code utm_*} parameters are replaced, every other
 * query parameter and the fragment stay as they are.
 */
final class TrackingUrls {

  private TrackingUrls() {}

  /**
   * @throws InvalidChannelRequestException naming {@code landingUrl} when it is not an absolute
   *     http(s) URL
   */
  static String withUtm(String landingUrl, TrackingLink.Utm utm) {
    URI landing = parse(landingUrl);
    String withoutFragment =
        landing.getRawFragment() == null
            ? landingUrl
            : landingUrl.substring(0, landingUrl.lastIndexOf('#'));
    int questionMark = withoutFragment.indexOf('?');
    String base = questionMark < 0 ? withoutFragment : withoutFragment.substring(0, questionMark);
    List<String> parameters = new ArrayList<>();
    if (questionMark >= 0) {
      for (String pair : withoutFragment.substring(questionMark + 1).split("&")) {
        if (!pair.isEmpty() && !pair.toLowerCase(Locale.ROOT).startsWith("utm_")) {
          parameters.add(pair);
        }
      }
    }
    parameters.add("utm_source=" + encode(utm.source()));
    parameters.add("utm_medium=" + encode(utm.medium()));
    parameters.add("utm_campaign=" + encode(utm.campaign()));
    parameters.add("utm_content=" + encode(utm.content()));
    return base
        + "?"
        + String.join("&", parameters)
        + (landing.getRawFragment() == null ? "" : "#" + landing.getRawFragment());
  }

  private static URI parse(String landingUrl) {
    try {
      URI uri = new URI(landingUrl);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // answered below like any other unusable URL
    }
    throw new InvalidChannelRequestException(
        "landingUrl", "must be an absolute http(s) URL, but is '%s'".formatted(landingUrl));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
