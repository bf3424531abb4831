package com.huoke.engine.embedded;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.operaton.bpm.engine.RepositoryService;

/**
 * Operaton names a process definition {@code key:version:uuid} and the BPMN process id its key; the
 * gateway speaks BPMN process ids. Definitions never change, so the mapping is cached.
 */
final class ProcessIds {

  private final RepositoryService repository;
  private final Map<String, String> processIdByDefinitionId = new ConcurrentHashMap<>();

  ProcessIds(RepositoryService repository) {
    this.repository = repository;
  }

  String of(String processDefinitionId) {
    if (processDefinitionId == null) {
      return null;
    }
    return processIdByDefinitionId.computeIfAbsent(
        processDefinitionId, id -> repository.getProcessDefinition(id).getKey());
  }
}
