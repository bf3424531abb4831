package com.huoke.channel;

import com.huoke.connectors.inbound.InboundRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns a servlet request into an {@link InboundRequest} with the body as raw bytes, as signatures
 * need it. The body is read here and nowhere else (no {@code getParameter}, which would consume a
 * form body), and never beyond {@code huoke.channels.max-body-bytes}: a declared length over it is
 * refused before reading, a chunked body as soon as it passes it.
 */
@Component
class InboundRequestReader {

  private static final int BUFFER = 8192;

  private final long maxBodyBytes;

  InboundRequestReader(ChannelProperties properties) {
    this.maxBodyBytes = properties.maxBodyBytes().toBytes();
  }

  InboundRequest read(HttpServletRequest http) {
    long declared = http.getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw new PayloadTooLargeException(maxBodyBytes, "declares " + declared + " bytes");
    }
    return new InboundRequest(
        http.getMethod(),
        headersOf(http),
        QueryStrings.parseLeniently(http.getQueryString()),
        bodyOf(http, declared),
        http.getRemoteAddr());
  }

  private byte[] bodyOf(HttpServletRequest http, long declared) {
    try (InputStream in = http.getInputStream()) {
      ByteArrayOutputStream body =
          new ByteArrayOutputStream(declared > 0 ? (int) Math.min(declared, 1 << 20) : BUFFER);
      byte[] buffer = new byte[BUFFER];
      long total = 0;
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        total += read;
        if (total > maxBodyBytes) {
          throw new PayloadTooLargeException(maxBodyBytes, "is longer");
        }
        body.write(buffer, 0, read);
      }
      return body.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the request body", e);
    }
  }

  private static Map<String, List<String>> headersOf(HttpServletRequest http) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(http.getHeaderNames())) {
      headers.put(name, new ArrayList<>(Collections.list(http.getHeaders(name))));
    }
    return headers;
  }
}
