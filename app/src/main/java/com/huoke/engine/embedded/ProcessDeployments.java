package com.huoke.engine.embedded;

import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentProblem;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.FormDefinition;
import com.huoke.engine.FormSchemas;
import com.huoke.engine.ProcessDefinition;
import com.huoke.engine.UnsupportedBpmnException;
import com.huoke.engine.UnsupportedBpmnException.Rejection;
import com.huoke.engine.translation.TranslatedBpmn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.operaton.bpm.engine.ParseException;
import org.operaton.bpm.engine.Problem;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.ResourceReport;
import org.operaton.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys Camunda 8 BPMN (translated) and form-js forms as one Operaton deployment. The original
 * BPMN travels along as a resource Operaton does not parse, so the monitor shows what was deployed.
 */
final class ProcessDeployments {

  /** All gateway deployments share a name: duplicate filtering compares within one name. */
  static final String DEPLOYMENT_NAME = "huoke";

  static final String DEPLOYMENT_SOURCE = "huoke-engine-gateway";

  /** Suffix of the original Camunda 8 XML beside its translation; not a suffix Operaton parses. */
  static final String ORIGINAL_SUFFIX = ".zeebe";

  private final RepositoryService repository;
  private final BpmnTranslation translation;
  private final EmbeddedForms forms;

  ProcessDeployments(RepositoryService repository, BpmnTranslation translation) {
    this.repository = repository;
    this.translation = translation;
    this.forms = new EmbeddedForms(repository);
  }

  /** The translator's verdict on every BPMN and a readability check of every form; no deploy. */
  List<DeploymentProblem> validate(List<DeploymentResource> resources) {
    List<DeploymentProblem> problems = new ArrayList<>();
    for (DeploymentResource resource : resources) {
      String name = resource.name();
      if (name.endsWith(".bpmn")) {
        try {
          translation.translate(name, resource.content());
        } catch (UnsupportedBpmnException e) {
          e.rejections()
              .forEach(r -> problems.add(new DeploymentProblem(name, r.elementId(), r.reason())));
        }
      } else if (name.endsWith(".form")) {
        FormSchemas.problem(resource.content())
            .ifPresent(message -> problems.add(new DeploymentProblem(name, null, message)));
      } else {
        problems.add(
            new DeploymentProblem(
                name, null, "Expected a .bpmn or .form resource, but got '%s'".formatted(name)));
      }
    }
    return problems;
  }

  Deployment deploy(List<DeploymentResource> resources) {
    if (resources == null || resources.isEmpty()) {
      throw new IllegalArgumentException("Expected at least one resource to deploy, but got none");
    }
    DeploymentBuilder builder =
        repository
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(DEPLOYMENT_SOURCE)
            .enableDuplicateFiltering(true);
    List<String> processIds = new ArrayList<>();
    List<String> formIds = new ArrayList<>();
    for (DeploymentResource resource : resources) {
      String name = resource.name();
      if (name.endsWith(".bpmn")) {
        TranslatedBpmn translated = translation.translate(name, resource.content());
        builder.addInputStream(name, new ByteArrayInputStream(translated.operatonXml()));
        builder.addInputStream(
            name + ORIGINAL_SUFFIX, new ByteArrayInputStream(resource.content()));
        processIds.addAll(translated.processIds());
      } else if (name.endsWith(".form")) {
        builder.addInputStream(name, new ByteArrayInputStream(resource.content()));
        FormSchemas.formId(resource.content()).ifPresent(formIds::add);
      } else {
        throw new IllegalArgumentException(
            "Expected a .bpmn or .form resource, but got '%s'".formatted(name));
      }
    }
    org.operaton.bpm.engine.repository.Deployment deployment;
    try {
      deployment = builder.deploy();
    } catch (ParseException e) {
      throw rejected(e);
    }
    List<FormDefinition> deployedForms =
        forms.latest().stream().filter(form -> formIds.contains(form.formId())).toList();
    return new Deployment(
        deployment.getId(), processIds.stream().map(this::latest).toList(), deployedForms);
  }

  List<FormDefinition> latestForms() {
    return forms.latest();
  }

  Optional<String> formSchema(String formId) {
    return forms.schema(formId);
  }

  List<ProcessDefinition> versions(String processId) {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(processId)
        .orderByProcessDefinitionVersion()
        .desc()
        .list()
        .stream()
        .map(ProcessDeployments::toRecord)
        .toList();
  }

  ProcessDefinition definition(String processDefinitionKey) {
    return toRecord(find(processDefinitionKey));
  }

  private org.operaton.bpm.engine.repository.ProcessDefinition find(String processDefinitionKey) {
    org.operaton.bpm.engine.repository.ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionId(processDefinitionKey)
            .singleResult();
    if (definition == null) {
      throw new EngineNotFoundException("process definition", processDefinitionKey);
    }
    return definition;
  }

  List<ProcessDefinition> latestDefinitions() {
    return repository
        .createProcessDefinitionQuery()
        .latestVersion()
        .orderByProcessDefinitionKey()
        .asc()
        .list()
        .stream()
        .map(ProcessDeployments::toRecord)
        .toList();
  }

  String xml(String processDefinitionKey) {
    org.operaton.bpm.engine.repository.ProcessDefinition definition = find(processDefinitionKey);
    String original = definition.getResourceName() + ORIGINAL_SUFFIX;
    boolean hasOriginal =
        repository.getDeploymentResourceNames(definition.getDeploymentId()).contains(original);
    String resource = hasOriginal ? original : definition.getResourceName();
    try (InputStream xml = repository.getResourceAsStream(definition.getDeploymentId(), resource)) {
      return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ProcessDefinition latest(String processId) {
    return toRecord(
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(processId)
            .latestVersion()
            .singleResult());
  }

  private static ProcessDefinition toRecord(
      org.operaton.bpm.engine.repository.ProcessDefinition definition) {
    return new ProcessDefinition(
        definition.getId(),
        definition.getKey(),
        definition.getName(),
        definition.getVersion(),
        definition.getResourceName());
  }

  /** Operaton's own parse errors, with the element they concern, as a deploy rejection. */
  private static UnsupportedBpmnException rejected(ParseException e) {
    List<Rejection> rejections = new ArrayList<>();
    String resourceName = null;
    for (ResourceReport report : e.getResourceReports()) {
      resourceName = resourceName == null ? report.getResourceName() : resourceName;
      for (Problem problem : report.getErrors()) {
        String elementId =
            problem.getMainElementId() != null
                ? problem.getMainElementId()
                : "line " + problem.getLine();
        rejections.add(new Rejection(elementId, problem.getMessage()));
      }
    }
    if (rejections.isEmpty()) {
      rejections.add(new Rejection("unknown", e.getMessage()));
    }
    return new UnsupportedBpmnException(
        resourceName == null ? "deployment" : resourceName, rejections);
  }
}
