package com.huoke.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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

/** {@code /api/v1/customers}: list, create, read, update, timeline (seed §7). */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

  private final CustomerProfiles profiles;
  private final CustomerTimeline timeline;

  CustomerController(CustomerProfiles profiles, CustomerTimeline timeline) {
    this.profiles = profiles;
    this.timeline = timeline;
  }

  @GetMapping
  CustomerPage list(
      @RequestParam(required = false) CustomerStage stage,
      @RequestParam(required = false) @Size(max = 100) String owner,
      @RequestParam(required = false) @Size(max = 120) String tag,
      @RequestParam(required = false) @Min(0) @Max(100) Integer minScore,
      @RequestParam(required = false) @Min(0) @Max(100) Integer maxScore,
      @RequestParam(required = false) @Size(max = 100) String q,
      @RequestParam(required = false) @Size(max = 32) String sourcePlatform,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    if (minScore != null && maxScore != null && minScore > maxScore) {
      throw new InvalidCustomerRequestException("minScore", "must not be above maxScore");
    }
    return profiles.list(
        new CustomerQuery(stage, owner, tag, minScore, maxScore, q, sourcePlatform),
        CustomerSort.parse(sort),
        page,
        size);
  }

  @PostMapping
  ResponseEntity<CustomerView> create(
      @Valid @RequestBody NewCustomer customer, UriComponentsBuilder uri) {
    CustomerView created = profiles.create(customer);
    return ResponseEntity.created(
            uri.path("/api/v1/customers/{id}").buildAndExpand(created.id()).toUri())
        .body(created);
  }

  /** A merged customer answers with the customer it was merged into. */
  @GetMapping("/{id}")
  CustomerView find(@PathVariable UUID id) {
    return profiles.find(id);
  }

  @PutMapping("/{id}")
  CustomerView update(@PathVariable UUID id, @Valid @RequestBody CustomerUpdate update) {
    return profiles.update(id, update);
  }

  @GetMapping("/{id}/timeline")
  TimelinePage timeline(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return timeline.page(id, page, size);
  }
}
