package com.huoke.connectors.inbound.support;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.UnsupportedContentTypeException;

/** The content-type check for platforms that POST JSON. */
public final class JsonContentType {

  public static final String JSON = "application/json";

  private JsonContentType() {}

  /**
   * Passes for {@code application/json} with or without parameters such as a charset.
   *
   * @throws UnsupportedContentTypeException for any other or no content type
   */
  public static void require(InboundRequest request) {
    String mediaType = request.mediaType();
    if (!JSON.equals(mediaType)) {
      throw new UnsupportedContentTypeException(
          JSON, mediaType == null || mediaType.isEmpty() ? "no Content-Type header" : mediaType);
    }
  }
}
