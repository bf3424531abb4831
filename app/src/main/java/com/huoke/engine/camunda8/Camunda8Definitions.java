package com.huoke.engine.camunda8;

import static com.huoke.engine.camunda8.Camunda8Keys.parse;
import static com.huoke.engine.camunda8.Camunda8Problems.call;

import com.huoke.engine.ProcessDefinition;
import com.huoke.engine.ProcessInstanceCounts;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.filter.ProcessInstanceFilter;
import java.util.List;
import java.util.function.Consumer;

/** Process definitions by version and the instance counts the modeler's list shows. */
final class Camunda8Definitions {

  private final CamundaClient client;
  private final Camunda8Mapper mapper;

  Camunda8Definitions(CamundaClient client, Camunda8Mapper mapper) {
    this.client = client;
    this.mapper = mapper;
  }

  List<ProcessDefinition> versions(String processDefinitionId) {
    return Camunda8Paging.all(
            page ->
                client
                    .newProcessDefinitionSearchRequest()
                    .filter(f -> f.processDefinitionId(processDefinitionId))
                    .sort(s -> s.version().desc())
                    .page(page)
                    .send()
                    .join())
        .stream()
        .map(mapper::processDefinition)
        .toList();
  }

  ProcessDefinition get(String processDefinitionKey) {
    long key = parse("process definition", processDefinitionKey);
    return mapper.processDefinition(
        call(
            "process definition",
            processDefinitionKey,
            () -> client.newProcessDefinitionGetRequest(key).send().join()));
  }

  /**
   * Four searches that read only the total ({@code limit} 1): the API counts matches for every
   * search, so nothing is paged through.
   */
  ProcessInstanceCounts count(String processDefinitionId) {
    return new ProcessInstanceCounts(
        count(f -> f.processDefinitionId(processDefinitionId).state(ProcessInstanceState.ACTIVE)),
        count(
            f -> f.processDefinitionId(processDefinitionId).state(ProcessInstanceState.COMPLETED)),
        count(
            f -> f.processDefinitionId(processDefinitionId).state(ProcessInstanceState.TERMINATED)),
        count(
            f ->
                f.processDefinitionId(processDefinitionId)
                    .state(ProcessInstanceState.ACTIVE)
                    .hasIncident(true)));
  }

  private long count(Consumer<ProcessInstanceFilter> filter) {
    var page =
        client.newProcessInstanceSearchRequest().filter(filter).page(p -> p.limit(1)).send().join();
    Long total = page.page() == null ? null : page.page().totalItems();
    return total == null ? page.items().size() : total;
  }
}
