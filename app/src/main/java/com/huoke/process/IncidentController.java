package com.huoke.process;

import com.huoke.engine.EngineGateway;
import com.huoke.engine.Incident;
import com.huoke.engine.IncidentQuery;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/incidents}: open incidents, and retrying the failed job behind one. */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentController {

  static final int LIMIT = 500;

  private final EngineGateway engine;

  IncidentController(EngineGateway engine) {
    this.engine = engine;
  }

  @GetMapping
  List<Incident> list(
      @RequestParam(required = false) String processInstanceKey,
      @RequestParam(required = false) String processDefinitionId) {
    return engine.searchIncidents(
        new IncidentQuery(
            blankToNull(processInstanceKey), blankToNull(processDefinitionId), LIMIT));
  }

  /** Gives the job its retries back; the incident is resolved and the job runs again. */
  @PostMapping("/{key}/retry")
  ResponseEntity<Void> retry(
      @PathVariable String key, @Valid @RequestBody(required = false) RetryRequest request) {
    int retries = request == null ? RetryRequest.DEFAULT_RETRIES : request.retriesOrDefault();
    EngineConflicts.translate(() -> engine.retryIncident(key, retries));
    return ResponseEntity.noContent().build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
