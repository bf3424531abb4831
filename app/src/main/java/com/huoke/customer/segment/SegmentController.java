package com.huoke.customer.segment;

import com.huoke.customer.CustomerPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/segments}: saved customer segments, their members and counts. */
@RestController
@RequestMapping("/api/v1/segments")
class SegmentController {

  private final CustomerSegments segments;

  SegmentController(CustomerSegments segments) {
    this.segments = segments;
  }

  @PostMapping
  ResponseEntity<SegmentView> create(
      @Valid @RequestBody SegmentDefinition definition, UriComponentsBuilder uri) {
    SegmentView created = segments.create(definition);
    return ResponseEntity.created(
            uri.path("/api/v1/segments/{id}").buildAndExpand(created.id()).toUri())
        .body(created);
  }

  @GetMapping
  List<SegmentView> list() {
    return segments.list();
  }

  @GetMapping("/{id}")
  SegmentView find(@PathVariable UUID id) {
    return segments.find(id);
  }

  @PutMapping("/{id}")
  SegmentView update(@PathVariable UUID id, @Valid @RequestBody SegmentDefinition definition) {
    return segments.update(id, definition);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    segments.delete(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/customers")
  CustomerPage customers(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return segments.members(id, page, size);
  }

  @GetMapping("/{id}/count")
  SegmentCount count(@PathVariable UUID id) {
    return segments.count(id);
  }
}
