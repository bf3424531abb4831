package com.huoke.process;

import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstanceRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/process-instances}: start, list, inspect and cancel instances. */
@RestController
@RequestMapping("/api/v1/process-instances")
class ProcessInstanceController {

  static final int MAX_PAGE_SIZE = 100;

  private final ProcessInstanceMonitor monitor;

  ProcessInstanceController(ProcessInstanceMonitor monitor) {
    this.monitor = monitor;
  }

  @PostMapping
  ResponseEntity<StartedInstance> start(
      @Valid @RequestBody StartInstanceRequest request, UriComponentsBuilder uri) {
    ProcessInstanceRef started = monitor.start(request);
    return ResponseEntity.created(
            uri.path("/api/v1/process-instances/{key}")
                .buildAndExpand(started.processInstanceKey())
                .toUri())
        .body(new StartedInstance(started.processInstanceKey()));
  }

  /** Newest first; {@code hasIncident=true} keeps instances with an open incident. */
  @GetMapping
  PageOf<ProcessInstance> list(
      @RequestParam(required = false) String processDefinitionId,
      @RequestParam(required = false) ProcessInstance.State state,
      @RequestParam(required = false) Boolean hasIncident,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
    return monitor.search(blankToNull(processDefinitionId), state, hasIncident, page, size);
  }

  @GetMapping("/{key}")
  ProcessInstanceDetails get(@PathVariable String key) {
    return monitor.details(key);
  }

  @PostMapping("/{key}/cancel")
  ResponseEntity<Void> cancel(@PathVariable String key) {
    monitor.cancel(key);
    return ResponseEntity.noContent().build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
