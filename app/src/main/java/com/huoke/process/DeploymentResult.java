package com.huoke.process;

import com.huoke.engine.Deployment;
import com.huoke.engine.FormDefinition;
import java.util.List;

/** What a deployment created: its key, its process versions and its forms. */
record DeploymentResult(
    String deploymentKey, List<DeployedProcess> processes, List<FormDefinition> forms) {

  record DeployedProcess(String processDefinitionKey, String processDefinitionId, int version) {}

  static DeploymentResult of(Deployment deployment) {
    return new DeploymentResult(
        deployment.deploymentKey(),
        deployment.processes().stream()
            .map(
                p ->
                    new DeployedProcess(
                        p.processDefinitionKey(), p.processDefinitionId(), p.version()))
            .toList(),
        deployment.forms());
  }
}
