package com.huoke.process;

import com.huoke.engine.DeploymentProblem;
import java.util.List;

/** Resources the engine would not run: nothing was deployed. Answered 400 with the problems. */
class DeploymentRejectedException extends RuntimeException {

  private final List<DeploymentProblem> problems;

  DeploymentRejectedException(List<DeploymentProblem> problems) {
    super(
        "Expected deployable resources, but found %d problem%s: %s"
            .formatted(
                problems.size(),
                problems.size() == 1 ? "" : "s",
                String.join(
                    "; ",
                    problems.stream()
                        .map(
                            p ->
                                p.elementId() == null
                                    ? p.resource() + ": " + p.message()
                                    : "%s, element '%s': %s"
                                        .formatted(p.resource(), p.elementId(), p.message()))
                        .toList())));
    this.problems = List.copyOf(problems);
  }

  List<DeploymentProblem> problems() {
    return problems;
  }
}
