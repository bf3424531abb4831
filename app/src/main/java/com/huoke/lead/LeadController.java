package com.huoke.lead;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/leads}: capture a lead, look one up, page through them. */
@RestController
@RequestMapping("/api/v1/leads")
class LeadController {

  private final LeadManagement leads;

  LeadController(LeadManagement leads) {
    this.leads = leads;
  }

  @PostMapping
  ResponseEntity<LeadAccepted> capture(@Valid @RequestBody NewLead lead, UriComponentsBuilder uri) {
    LeadAccepted accepted = leads.capture(lead);
    return ResponseEntity.created(
            uri.path("/api/v1/leads/{id}").buildAndExpand(accepted.id()).toUri())
        .body(accepted);
  }

  @GetMapping("/{id}")
  LeadView find(@PathVariable UUID id) {
    return leads.find(id);
  }

  @GetMapping
  LeadPage list(
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return leads.list(page, size);
  }
}
