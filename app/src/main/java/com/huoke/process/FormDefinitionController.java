package com.huoke.process;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/form-definitions}: the forms user tasks can link, and their form-js schemas. */
@RestController
@RequestMapping("/api/v1/form-definitions")
class FormDefinitionController {

  private final FormDefinitions forms;

  FormDefinitionController(FormDefinitions forms) {
    this.forms = forms;
  }

  @GetMapping
  List<FormDefinitionSummary> list() {
    return forms.list();
  }

  @GetMapping("/{formId}")
  JsonNode get(@PathVariable String formId) {
    return forms.schema(formId);
  }
}
