package com.huoke.process;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/process-definitions}: what is deployed, and its BPMN for the modeler. */
@RestController
@RequestMapping("/api/v1/process-definitions")
class ProcessDefinitionController {

  private final ProcessDefinitionCatalog catalog;

  ProcessDefinitionController(ProcessDefinitionCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping
  List<ProcessDefinitionSummary> list() {
    return catalog.latest();
  }

  @GetMapping("/{key}")
  ProcessDefinitionSummary get(@PathVariable String key) {
    return catalog.get(key);
  }

  /** The BPMN in the Camunda 8 dialect it was deployed in, as the modeler opens it. */
  @GetMapping("/{key}/xml")
  ResponseEntity<String> xml(@PathVariable String key) {
    // not "produces": a 404 must still be answered as problem+json
    return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(catalog.xml(key));
  }
}
