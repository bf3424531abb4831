package com.huoke.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/element-templates}: the Camunda 8 element templates of {@code
 * processes/templates/*.json} (one per job type the workers offer) as one array, which the modeler
 * loads as it loads a templates folder. A file may hold one template or an array of them.
 */
@RestController
class ElementTemplateController {

  static final String LOCATION = "processes/templates/*.json";

  private final ArrayNode templates;

  /** Read once: the templates ship with the app and change only with it. */
  ElementTemplateController(ObjectMapper json) {
    this.templates = json.createArrayNode();
    for (Map.Entry<String, byte[]> file : ClasspathFiles.read(LOCATION).entrySet()) {
      JsonNode content;
      try {
        content = json.readTree(file.getValue());
      } catch (IOException e) {
        throw new UncheckedIOException("Element template " + file.getKey() + " is no JSON", e);
      }
      if (content.isArray()) {
        templates.addAll((ArrayNode) content);
      } else {
        templates.add(content);
      }
    }
  }

  @GetMapping("/api/v1/element-templates")
  JsonNode list() {
    return templates;
  }
}
