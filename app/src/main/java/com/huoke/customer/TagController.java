package com.huoke.customer;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/customers/{id}/tags} and {@code GET /api/v1/tags}. */
@RestController
class TagController {

  private final CustomerTags tags;

  TagController(CustomerTags tags) {
    this.tags = tags;
  }

  /** {@code {"add": [{"category": "VALUE", "name": "高价值"}], "remove": [...]}} → the tags now. */
  @PostMapping("/api/v1/customers/{id}/tags")
  List<TagView> change(@PathVariable UUID id, @Valid @RequestBody TagChanges changes) {
    return tags.change(id, changes);
  }

  @GetMapping("/api/v1/tags")
  List<TagUsage> list(@RequestParam(required = false) TagCategory category) {
    return tags.all(category);
  }
}
