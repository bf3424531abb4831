package com.huoke.process;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/deployments}: deploy BPMN and forms, or check them without deploying. */
@RestController
@RequestMapping("/api/v1/deployments")
class DeploymentController {

  private final Deployments deployments;

  DeploymentController(Deployments deployments) {
    this.deployments = deployments;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DeploymentResult deploy(@Valid @RequestBody DeploymentRequest request) {
    return DeploymentResult.of(deployments.deploy(request.toResources()));
  }

  @PostMapping("/validate")
  ValidationResult validate(@Valid @RequestBody DeploymentRequest request) {
    return new ValidationResult(deployments.validate(request.toResources()));
  }
}
