package com.huoke.engine.camunda8;

import static com.huoke.engine.camunda8.Camunda8EngineGateway.BUSINESS_KEY_VARIABLE;
import static com.huoke.engine.camunda8.Camunda8Keys.parse;
import static com.huoke.engine.camunda8.Camunda8Problems.call;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstancePage;
import com.huoke.engine.ProcessInstanceQuery;
import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.StartProcess;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.response.Variable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The process instance half of {@link Camunda8EngineGateway}: starting, finding, inspecting and
 * canceling instances, with the business key kept as a process variable.
 */
final class Camunda8ProcessInstances {

  private final CamundaClient client;
  private final Camunda8Mapper mapper;

  Camunda8ProcessInstances(CamundaClient client, Camunda8Mapper mapper) {
    this.client = client;
    this.mapper = mapper;
  }

  ProcessInstanceRef start(StartProcess command) {
    Map<String, Object> variables = new HashMap<>(command.variables());
    if (command.businessKey() != null) {
      variables.put(BUSINESS_KEY_VARIABLE, command.businessKey());
    }
    ProcessInstanceEvent event =
        call(
            "process",
            command.processDefinitionId(),
            () ->
                client
                    .newCreateInstanceCommand()
                    .bpmnProcessId(command.processDefinitionId())
                    .latestVersion()
                    .variables(variables)
                    .send()
                    .join());
    return new ProcessInstanceRef(
        Long.toString(event.getProcessInstanceKey()),
        Long.toString(event.getProcessDefinitionKey()),
        event.getBpmnProcessId());
  }

  List<ProcessInstance> search(ProcessInstanceQuery query) {
    return page(query, 0, query.limit()).items();
  }

  /** Newest first, by {@code from} offset: the console pages by number, not by cursor. */
  ProcessInstancePage page(ProcessInstanceQuery query, int from, int size) {
    var response =
        client
            .newProcessInstanceSearchRequest()
            .filter(
                f -> {
                  if (query.hasIncident() != null) {
                    f.hasIncident(query.hasIncident());
                  }
                  if (query.processDefinitionId() != null) {
                    f.processDefinitionId(query.processDefinitionId());
                  }
                  if (query.state() != null) {
                    f.state(Camunda8Mapper.processInstanceState(query.state()));
                  }
                  if (query.businessKey() != null) {
                    f.variables(
                        List.of(
                            v ->
                                v.name(BUSINESS_KEY_VARIABLE)
                                    .value(mapper.toJson(query.businessKey()))));
                  }
                })
            .sort(s -> s.startDate().desc())
            .page(p -> p.from(from).limit(size))
            .send()
            .join();
    List<io.camunda.client.api.search.response.ProcessInstance> instances = response.items();
    Map<Long, String> businessKeys = businessKeys(instances);
    Long total = response.page() == null ? null : response.page().totalItems();
    return new ProcessInstancePage(
        instances.stream()
            .map(p -> mapper.processInstance(p, businessKeys.get(p.getProcessInstanceKey())))
            .toList(),
        total == null ? instances.size() : total);
  }

  ProcessInstance get(String processInstanceKey) {
    long key = parse("process instance", processInstanceKey);
    var instance =
        call(
            "process instance",
            processInstanceKey,
            () -> client.newProcessInstanceGetRequest(key).send().join());
    return mapper.processInstance(instance, businessKeys(List.of(instance)).get(key));
  }

  List<ElementInstance> elementInstances(String processInstanceKey) {
    long key = parse("process instance", processInstanceKey);
    var elements =
        Camunda8Paging.all(
            page ->
                client
                    .newElementInstanceSearchRequest()
                    .filter(f -> f.processInstanceKey(key))
                    .page(page)
                    .send()
                    .join());
    if (elements.isEmpty()) {
      get(processInstanceKey); // every instance has elements: tell unknown keys
    }
    // the process itself is no shape on the diagram
    return elements.stream()
        .filter(e -> e.getType() != ElementInstanceType.PROCESS)
        .map(mapper::elementInstance)
        .toList();
  }

  Map<String, Object> variables(String processInstanceKey) {
    long key = parse("process instance", processInstanceKey);
    List<Variable> variables =
        Camunda8Paging.all(
            page ->
                client
                    .newVariableSearchRequest()
                    .withFullValues()
                    .filter(f -> f.processInstanceKey(key).scopeKey(key))
                    .page(page)
                    .send()
                    .join());
    if (variables.isEmpty()) {
      get(processInstanceKey); // no variables, or no such instance?
    }
    return mapper.variables(variables);
  }

  void cancel(String processInstanceKey) {
    long key = parse("process instance", processInstanceKey);
    call(
        "process instance",
        processInstanceKey,
        () -> client.newCancelInstanceCommand(key).send().join());
  }

  /** One search for the business keys of a page of instances (only their own scope counts). */
  private Map<Long, String> businessKeys(
      List<io.camunda.client.api.search.response.ProcessInstance> instances) {
    if (instances.isEmpty()) {
      return Map.of();
    }
    List<Long> keys =
        instances.stream()
            .map(io.camunda.client.api.search.response.ProcessInstance::getProcessInstanceKey)
            .toList();
    Map<Long, String> businessKeys = new HashMap<>();
    Camunda8Paging.all(
            page ->
                client
                    .newVariableSearchRequest()
                    .filter(f -> f.name(BUSINESS_KEY_VARIABLE).processInstanceKey(p -> p.in(keys)))
                    .page(page)
                    .send()
                    .join())
        .stream()
        .filter(v -> Objects.equals(v.getScopeKey(), v.getProcessInstanceKey()))
        .forEach(
            v -> {
              Object value = mapper.value(v);
              businessKeys.put(v.getProcessInstanceKey(), value == null ? null : value.toString());
            });
    return businessKeys;
  }
}
