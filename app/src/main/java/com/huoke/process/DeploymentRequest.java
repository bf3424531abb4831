package com.huoke.process;

import com.huoke.engine.DeploymentResource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code {resources: [{name, content}]}}: BPMN and form files as text, as the modeler has them. */
record DeploymentRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid Resource> resources) {

  List<DeploymentResource> toResources() {
    return resources.stream()
        .map(
            r ->
                new DeploymentResource(
                    r.name().strip(), r.content().getBytes(StandardCharsets.UTF_8)))
        .toList();
  }

  record Resource(
      @NotBlank
          @Size(max = 200)
          @Pattern(regexp = ".*\\.(bpmn|form)\\s*", message = "must end with .bpmn or .form")
          String name,
      @NotNull String content) {}
}
