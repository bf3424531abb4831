package com.huoke.process;

/** The key of a started process instance. */
record StartedInstance(String processInstanceKey) {}
