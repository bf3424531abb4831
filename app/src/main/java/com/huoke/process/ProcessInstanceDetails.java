package com.huoke.process;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.Incident;
import com.huoke.engine.ProcessInstance;
import java.util.List;
import java.util.Map;

/**
 * An instance as the monitor shows it: {@code elements} in start order is its history, painted on
 * the diagram; open incidents; the process-level variables.
 */
record ProcessInstanceDetails(
    ProcessInstance instance,
    List<ElementInstance> elements,
    List<Incident> incidents,
    Map<String, Object> variables) {}
