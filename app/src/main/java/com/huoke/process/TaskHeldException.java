package com.huoke.process;

/** Someone else holds the user task (or nobody does and it must be claimed first): 409. */
class TaskHeldException extends RuntimeException {

  private final String assignee;

  TaskHeldException(String message, String assignee) {
    super(message);
    this.assignee = assignee;
  }

  String assignee() {
    return assignee;
  }
}
