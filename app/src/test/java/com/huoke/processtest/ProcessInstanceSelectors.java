package com.huoke.processtest;

import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.ProcessInstanceQuery;
import java.util.Optional;

/** Ways to pick a process instance, as in Camunda Process Test. */
public final class ProcessInstanceSelectors {

  private ProcessInstanceSelectors() {}

  /** The most recently started instance of the process; use {@link #byKey} among several. */
  public static ProcessInstanceSelector byProcessId(String processId) {
    return new ProcessInstanceSelector(
        "the latest instance of process '%s'".formatted(processId),
        gateway ->
            gateway
                .searchProcessInstances(new ProcessInstanceQuery(processId, null, null, 1))
                .stream()
                .findFirst());
  }

  public static ProcessInstanceSelector byKey(String processInstanceKey) {
    return new ProcessInstanceSelector(
        "process instance " + processInstanceKey,
        gateway -> {
          try {
            return Optional.of(gateway.getProcessInstance(processInstanceKey));
          } catch (EngineNotFoundException unknown) {
            return Optional.empty();
          }
        });
  }
}
