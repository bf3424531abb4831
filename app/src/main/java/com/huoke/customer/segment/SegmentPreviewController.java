package com.huoke.customer.segment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/customers/segment} (seed §7 客户分群): previews rules before saving them. */
@RestController
class SegmentPreviewController {

  private final CustomerSegments segments;

  SegmentPreviewController(CustomerSegments segments) {
    this.segments = segments;
  }

  /** {@code {"rules": {...}}} → {@code {"count": …, "sample": [first customers, masked]}}. */
  @PostMapping("/api/v1/customers/segment")
  SegmentPreview preview(@Valid @RequestBody PreviewRequest request) {
    return segments.preview(request.rules());
  }

  /** The preview's body. */
  record PreviewRequest(@NotNull JsonNode rules) {}
}
