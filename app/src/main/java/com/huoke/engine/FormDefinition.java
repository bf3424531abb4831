package com.huoke.engine;

/** A deployed form-js form; {@code formId} is the id user tasks reference. */
public record FormDefinition(String formKey, String formId, int version, String resourceName) {}
