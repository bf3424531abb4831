package com.huoke.process;

import com.huoke.web.MaxJsonSize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Starts the latest version of a process, with optional variables and business key. */
record StartInstanceRequest(
    @NotBlank @Size(max = 255) String processDefinitionId,
    @Size(max = 255) String businessKey,
    @MaxJsonSize(bytes = 1_000_000) Map<String, Object> variables) {}
