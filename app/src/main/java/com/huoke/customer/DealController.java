package com.huoke.customer;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/customers/{id}/deals}: a customer's deals (商机). */
@RestController
@RequestMapping("/api/v1/customers/{id}/deals")
class DealController {

  private final CustomerDeals deals;

  DealController(CustomerDeals deals) {
    this.deals = deals;
  }

  @GetMapping
  List<DealView> list(@PathVariable UUID id) {
    return deals.list(id);
  }

  @PostMapping
  ResponseEntity<DealView> open(
      @PathVariable UUID id, @Valid @RequestBody DealInput deal, UriComponentsBuilder uri) {
    DealView opened = deals.open(id, deal);
    return ResponseEntity.created(
            uri.path("/api/v1/customers/{id}/deals/{dealId}")
                .buildAndExpand(id, opened.id())
                .toUri())
        .body(opened);
  }

  @PutMapping("/{dealId}")
  DealView update(
      @PathVariable UUID id, @PathVariable UUID dealId, @Valid @RequestBody DealInput deal) {
    return deals.update(id, dealId, deal);
  }
}
