package com.huoke.engine;

/** How many instances of a process (all its versions) are in each state; for the modeler's list. */
public record ProcessInstanceCounts(
    long active, long completed, long canceled, long withIncidents) {}
