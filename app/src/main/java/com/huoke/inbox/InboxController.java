package com.huoke.inbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/inbox/messages}: customer messages from every channel, newest first. */
@RestController
@RequestMapping("/api/v1/inbox/messages")
class InboxController {

  private final InboxMessages messages;

  InboxController(InboxMessages messages) {
    this.messages = messages;
  }

  @GetMapping
  InboxMessagePage list(
      @RequestParam(required = false) UUID channelId,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return messages.list(channelId, page, size);
  }
}
