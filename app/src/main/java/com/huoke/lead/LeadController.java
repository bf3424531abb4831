package com.huoke.lead;

import com.huoke.web.InvalidField;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/v1/leads}: capture a lead, look one up, list them with filters, edit, assign and
 * convert one.
 */
@RestController
@RequestMapping("/api/v1/leads")
class LeadController {

  private final LeadManagement leads;
  private final LeadSearch search;
  private final LeadUpdates updates;
  private final LeadReportingProperties reporting;

  LeadController(
      LeadManagement leads,
      LeadSearch search,
      LeadUpdates updates,
      LeadReportingProperties reporting) {
    this.leads = leads;
    this.search = search;
    this.updates = updates;
    this.reporting = reporting;
  }

  @PostMapping
  ResponseEntity<LeadAccepted> capture(@Valid @RequestBody NewLead lead, UriComponentsBuilder uri) {
    LeadAccepted accepted = leads.capture(lead);
    return ResponseEntity.created(
            uri.path("/api/v1/leads/{id}").buildAndExpand(accepted.id()).toUri())
        .body(accepted);
  }

  @GetMapping("/{id}")
  ResponseEntity<LeadDetails> find(@PathVariable UUID id) {
    return withETag(updates.details(id));
  }

  /**
   * Filters: {@code status} and {@code sourcePlatform} (repeated or comma-separated), {@code
   * sourceChannel}, {@code sourceCampaign}, {@code assignedTo}, {@code hot}, {@code minScore},
   * {@code maxScore}, {@code createdFrom}, {@code createdTo}, {@code q}; {@code sort=field,dir}.
   */
  @GetMapping
  LeadPage list(
      @RequestParam MultiValueMap<String, String> parameters,
      @RequestParam(required = false) String sourceChannel,
      @RequestParam(required = false) String sourceCampaign,
      @RequestParam(required = false) String assignedTo,
      @RequestParam(required = false) Boolean hot,
      @RequestParam(required = false) @Min(0) @Max(100) Integer minScore,
      @RequestParam(required = false) @Min(0) @Max(100) Integer maxScore,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(LeadSearch.MAX_PAGE_SIZE) int size) {
    LeadRequestParameters read = new LeadRequestParameters(reporting.timeZone());
    LeadQuery query =
        new LeadQuery(
            read.enums("status", parameters.get("status"), LeadStatus.class),
            read.enums("sourcePlatform", parameters.get("sourcePlatform"), SourcePlatform.class),
            read.text("sourceChannel", sourceChannel),
            read.text("sourceCampaign", sourceCampaign),
            read.text("assignedTo", assignedTo),
            hot,
            minScore,
            maxScore,
            read.from("createdFrom", first(parameters, "createdFrom")),
            read.to("createdTo", first(parameters, "createdTo")),
            read.text("q", first(parameters, "q")),
            read.sort("sort", parameters.get("sort")));
    read.check(
        minScore == null || maxScore == null || minScore <= maxScore,
        "minScore",
        "must not be greater than maxScore");
    read.check(
        query.createdFrom() == null
            || query.createdTo() == null
            || query.createdFrom().isBefore(query.createdTo()),
        "createdFrom",
        "must be before createdTo");
    read.throwIfInvalid();
    return search.search(query, page, size);
  }

  /** Replaces the editable fields; the version comes as {@code If-Match} or in the body. */
  @PutMapping("/{id}")
  ResponseEntity<LeadDetails> update(
      @PathVariable UUID id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @Valid @RequestBody LeadEdit edit) {
    Long expected = ETags.version(ifMatch);
    if (expected == null && edit.version() == null) {
      throw new LeadVersionRequiredException();
    }
    updates.update(id, edit, expected);
    return withETag(updates.details(id));
  }

  @PostMapping("/{id}/assign")
  ResponseEntity<LeadDetails> assign(
      @PathVariable UUID id, @Valid @RequestBody LeadAssignment assignment) {
    updates.assign(id, assignment.assignee().strip());
    return withETag(updates.details(id));
  }

  @PostMapping("/{id}/convert")
  ResponseEntity<LeadDetails> convert(
      @PathVariable UUID id, @Valid @RequestBody(required = false) LeadConversion conversion) {
    updates.convert(id, converter(conversion));
    return withETag(updates.details(id));
  }

  /** A signed-in caller is who converted; without sign-in the body must say. */
  private static String converter(LeadConversion conversion) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller != null
        && caller.isAuthenticated()
        && !(caller instanceof AnonymousAuthenticationToken)) {
      return caller.getName();
    }
    if (conversion == null
        || conversion.convertedBy() == null
        || conversion.convertedBy().isBlank()) {
      throw new InvalidLeadRequestException(
          List.of(
              new InvalidField(
                  "convertedBy", "must name who converted the lead when no one is signed in")));
    }
    return conversion.convertedBy().strip();
  }

  private static ResponseEntity<LeadDetails> withETag(LeadDetails details) {
    return ResponseEntity.ok().eTag(ETags.of(details.version())).body(details);
  }

  private static String first(MultiValueMap<String, String> parameters, String name) {
    return parameters.getFirst(name);
  }
}
