package com.huoke.engine.camunda8.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal {@code multipart/form-data} reader for the deployment endpoint. */
public final class Multipart {

  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

  private Multipart() {}

  /** One part: its form field name, file name (if a file) and bytes. */
  public record Part(String name, String filename, String contentType, byte[] content) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  static List<Part> parse(String contentType, byte[] body) {
    Matcher boundary = contentType == null ? null : BOUNDARY.matcher(contentType);
    if (boundary == null || !contentType.startsWith("multipart/form-data") || !boundary.find()) {
      throw FakeProblem.invalidArgument(
          "Expected a multipart/form-data request, but the content type was " + contentType);
    }
    // ISO-8859-1 maps every byte to one char and back, so binary parts survive
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary.group(1);
    List<Part> parts = new ArrayList<>();
    for (String chunk : text.split(Pattern.quote(delimiter))) {
      if (chunk.isEmpty() || chunk.startsWith("--")) {
        continue;
      }
      int headersEnd = chunk.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        continue;
      }
      String headers = chunk.substring(0, headersEnd);
      String content = chunk.substring(headersEnd + 4);
      if (content.endsWith("\r\n")) {
        content = content.substring(0, content.length() - 2);
      }
      parts.add(
          new Part(
              group(NAME, headers),
              group(FILENAME, headers),
              header(headers, "Content-Type"),
              content.getBytes(StandardCharsets.ISO_8859_1)));
    }
    return parts;
  }

  private static String group(Pattern pattern, String headers) {
    Matcher matcher = pattern.matcher(headers);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static String header(String headers, String name) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }
}
