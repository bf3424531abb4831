package com.huoke.channel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/channels/dead-letters}: what channels could not decode, for ops to act on. */
@RestController
@RequestMapping("/api/v1/channels/dead-letters")
class DeadLetterController {

  private final DeadLetters deadLetters;
  private final DeadLetterReplay replay;

  DeadLetterController(DeadLetters deadLetters, DeadLetterReplay replay) {
    this.deadLetters = deadLetters;
    this.replay = replay;
  }

  @GetMapping
  DeadLetterPage list(
      @RequestParam(required = false) UUID channelId,
      @RequestParam(required = false) DeadLetterStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return deadLetters.list(channelId, status, page, size);
  }

  @GetMapping("/{id}")
  DeadLetterView find(@PathVariable UUID id) {
    return deadLetters.find(id);
  }

  @PostMapping("/{id}/replay")
  ReplayOutcome replay(@PathVariable UUID id) {
    return replay.replay(id);
  }

  @PostMapping("/{id}/discard")
  DeadLetterSummary discard(@PathVariable UUID id) {
    return deadLetters.discard(id);
  }
}
