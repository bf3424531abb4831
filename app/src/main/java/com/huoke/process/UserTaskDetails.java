package com.huoke.process;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.engine.UserTask;
import java.util.Map;

/** A task with what its form needs: the variables it starts from and the form-js schema. */
record UserTaskDetails(
    @JsonUnwrapped UserTask task, Map<String, Object> variables, JsonNode form) {}
