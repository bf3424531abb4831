package com.huoke.process;

/** A form the modeler can link to a user task by {@code formId}. */
record FormDefinitionSummary(String formId, String resourceName) {}
