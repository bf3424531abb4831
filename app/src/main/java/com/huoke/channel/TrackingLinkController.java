package com.huoke.channel;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/channels/{id}/tracking-links}: UTM-tagged links for a channel (PRD §2.1.2). */
@RestController
@RequestMapping("/api/v1/channels/{id}/tracking-links")
class TrackingLinkController {

  private final TrackingLinks links;

  TrackingLinkController(TrackingLinks links) {
    this.links = links;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  TrackingLinkView create(@PathVariable UUID id, @Valid @RequestBody NewTrackingLink link) {
    return links.create(id, link);
  }

  @GetMapping
  List<TrackingLinkView> list(@PathVariable UUID id) {
    return links.list(id);
  }
}
