package com.huoke.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.FormDefinition;
import com.huoke.engine.FormSchemas;
import com.huoke.web.ResourceNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The forms user tasks can link: those the engine has deployed, and those bundled in {@code
 * forms/*.form} (deployed at start, but listed even where the engine cannot list forms). A deployed
 * form wins over the bundled file with the same id.
 */
@Service
class FormDefinitions {

  static final String LOCATION = "forms/*.form";

  private final EngineGateway engine;
  private final ObjectMapper json;
  private final Map<String, Bundled> bundled = new LinkedHashMap<>();

  FormDefinitions(EngineGateway engine, ObjectMapper json) {
    this.engine = engine;
    this.json = json;
    ClasspathFiles.read(LOCATION)
        .forEach(
            (fileName, content) ->
                FormSchemas.formId(content)
                    .ifPresent(
                        formId ->
                            bundled.putIfAbsent(
                                formId,
                                new Bundled(
                                    "forms/" + fileName,
                                    new String(content, StandardCharsets.UTF_8)))));
  }

  List<FormDefinitionSummary> list() {
    Map<String, FormDefinitionSummary> forms = new LinkedHashMap<>();
    for (FormDefinition form : engine.searchFormDefinitions()) {
      forms.put(form.formId(), new FormDefinitionSummary(form.formId(), form.resourceName()));
    }
    bundled.forEach(
        (formId, file) ->
            forms.putIfAbsent(formId, new FormDefinitionSummary(formId, file.resourceName())));
    return forms.values().stream()
        .sorted(Comparator.comparing(FormDefinitionSummary::formId))
        .toList();
  }

  JsonNode schema(String formId) {
    String schema =
        engine
            .getFormSchema(formId)
            .or(() -> Optional.ofNullable(bundled.get(formId)).map(Bundled::schema))
            .orElseThrow(() -> new ResourceNotFoundException("form definition", formId));
    try {
      return json.readTree(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Form '%s' is no JSON: %s".formatted(formId, e.getOriginalMessage()), e);
    }
  }

  private record Bundled(String resourceName, String schema) {}
}
