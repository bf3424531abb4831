package com.huoke.channel;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/channels/{id}/webhook}: where platforms push leads and messages (POST) and check
 * the URL (GET). The body is read from the servlet request by {@link WebhookReception}, raw, as the
 * signature covers it.
 */
@RestController
class WebhookController {

  private final WebhookReception reception;

  WebhookController(WebhookReception reception) {
    this.reception = reception;
  }

  @RequestMapping(
      path = "/api/v1/channels/{id}/webhook",
      method = {RequestMethod.GET, RequestMethod.POST})
  ResponseEntity<byte[]> receive(@PathVariable UUID id, HttpServletRequest request) {
    return Replies.ok(reception.receive(id, null, request));
  }
}
