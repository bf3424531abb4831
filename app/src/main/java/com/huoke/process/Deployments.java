package com.huoke.process;

import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentProblem;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.UnsupportedBpmnException;
import java.util.List;
import org.springframework.stereotype.Service;

/** Deploys what the modeler sends, refusing it whole when anything in it cannot run. */
@Service
class Deployments {

  private final EngineGateway engine;

  Deployments(EngineGateway engine) {
    this.engine = engine;
  }

  List<DeploymentProblem> validate(List<DeploymentResource> resources) {
    return engine.validate(resources);
  }

  /**
   * Validates first so the answer names every problem at once; the engine may still refuse what the
   * dry run cannot see (its own parser), which is answered the same way.
   */
  Deployment deploy(List<DeploymentResource> resources) {
    List<DeploymentProblem> problems = engine.validate(resources);
    if (!problems.isEmpty()) {
      throw new DeploymentRejectedException(problems);
    }
    try {
      return engine.deploy(resources);
    } catch (UnsupportedBpmnException e) {
      throw new DeploymentRejectedException(
          e.rejections().stream()
              .map(r -> new DeploymentProblem(e.resourceName(), r.elementId(), r.reason()))
              .toList());
    }
  }
}
