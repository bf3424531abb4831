package com.huoke.channel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/channels}: configure channels and read their figures (seed PRD §7). */
@RestController
@RequestMapping("/api/v1/channels")
class ChannelController {

  private final ChannelManagement channels;
  private final ChannelStatistics statistics;

  ChannelController(ChannelManagement channels, ChannelStatistics statistics) {
    this.channels = channels;
    this.statistics = statistics;
  }

  @PostMapping
  ResponseEntity<ChannelView> create(
      @Valid @RequestBody NewChannel channel, UriComponentsBuilder uri) {
    ChannelView created = channels.create(channel);
    return ResponseEntity.created(
            uri.path("/api/v1/channels/{id}").buildAndExpand(created.id()).toUri())
        .body(created);
  }

  @GetMapping
  ChannelPage list(
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return channels.list(page, size);
  }

  /** The platforms a channel can be configured for, with the settings each needs. */
  @GetMapping("/platforms")
  List<PlatformView> platforms() {
    return channels.platforms();
  }

  @GetMapping("/{id}")
  ChannelView find(@PathVariable UUID id) {
    return channels.find(id);
  }

  @PutMapping("/{id}")
  ChannelView update(@PathVariable UUID id, @Valid @RequestBody ChannelUpdate update) {
    return channels.update(id, update);
  }

  @GetMapping("/{id}/stats")
  ChannelStats stats(@PathVariable UUID id) {
    return statistics.of(id);
  }
}
