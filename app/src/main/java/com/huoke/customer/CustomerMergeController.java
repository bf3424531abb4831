package com.huoke.customer;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/customers/{id}/merge|split|merges}: fixing who is who by hand. */
@RestController
@RequestMapping("/api/v1/customers/{id}")
class CustomerMergeController {

  private final CustomerMerging merging;

  CustomerMergeController(CustomerMerging merging) {
    this.merging = merging;
  }

  /** Merges the customer in the body into this one; answers with this (surviving) customer. */
  @PostMapping("/merge")
  CustomerView merge(@PathVariable UUID id, @Valid @RequestBody MergeRequest request) {
    return merging.merge(id, request);
  }

  /** Splits leads off this customer into a new one; answers 201 with the new customer. */
  @PostMapping("/split")
  ResponseEntity<CustomerView> split(
      @PathVariable UUID id, @Valid @RequestBody SplitRequest request, UriComponentsBuilder uri) {
    CustomerView created = merging.split(id, request);
    return ResponseEntity.created(
            uri.path("/api/v1/customers/{id}").buildAndExpand(created.id()).toUri())
        .body(created);
  }

  @GetMapping("/merges")
  List<MergeView> merges(@PathVariable UUID id) {
    return merging.merges(id);
  }
}
