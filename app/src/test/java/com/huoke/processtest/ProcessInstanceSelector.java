package com.huoke.processtest;

import com.huoke.engine.EngineGateway;
import com.huoke.engine.ProcessInstance;
import java.util.Optional;
import java.util.function.Function;

/** Finds a process instance the test did not start itself, e.g. one started by a message. */
public record ProcessInstanceSelector(
    String description, Function<EngineGateway, Optional<ProcessInstance>> finder) {

  Optional<ProcessInstance> find(EngineGateway gateway) {
    return finder.apply(gateway);
  }

  @Override
  public String toString() {
    return description;
  }
}
