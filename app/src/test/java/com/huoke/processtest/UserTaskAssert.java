package com.huoke.processtest;

import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import java.util.Arrays;
import java.util.List;

/** Assertions on the user task a selector picks: the newest one, open or finished. */
public final class UserTaskAssert {

  private final UserTaskSelector selector;
  private final List<UserTask> candidates;
  private final UserTask task;

  UserTaskAssert(ProcessTestContext context, UserTaskSelector selector) {
    this.selector = selector;
    this.candidates =
        context
            .gateway()
            .searchUserTasks(new UserTaskQuery(null, null, null, null, null, true, 1_000));
    this.task =
        candidates.stream()
            .filter(selector::matches)
            .reduce((first, second) -> second)
            .orElse(null);
  }

  public UserTaskAssert isCreated() {
    return hasState(UserTask.State.CREATED);
  }

  public UserTaskAssert isCompleted() {
    return hasState(UserTask.State.COMPLETED);
  }

  public UserTaskAssert hasCandidateGroup(String group) {
    return hasCandidateGroups(group);
  }

  public UserTaskAssert hasCandidateGroups(String... groups) {
    UserTask found = found();
    List<String> missing =
        Arrays.stream(groups).filter(group -> !found.candidateGroups().contains(group)).toList();
    if (!missing.isEmpty()) {
      throw failure(
          "Expected candidate groups %s, but the task is offered to %s"
              .formatted(Arrays.toString(groups), found.candidateGroups()));
    }
    return this;
  }

  public UserTaskAssert hasAssignee(String assignee) {
    UserTask found = found();
    if (!assignee.equals(found.assignee())) {
      throw failure(
          "Expected assignee '%s', but it was %s"
              .formatted(assignee, found.assignee() == null ? "unassigned" : found.assignee()));
    }
    return this;
  }

  public UserTaskAssert hasFormId(String formId) {
    UserTask found = found();
    if (!formId.equals(found.formId())) {
      throw failure("Expected form '%s', but it was '%s'".formatted(formId, found.formId()));
    }
    return this;
  }

  private UserTaskAssert hasState(UserTask.State expected) {
    UserTask found = found();
    if (found.state() != expected) {
      throw failure("Expected it to be %s, but it was %s".formatted(expected, found.state()));
    }
    return this;
  }

  private UserTask found() {
    if (task == null) {
      throw new AssertionError(
          "Expected a user task with %s, but there is none; user tasks are %s"
              .formatted(selector, Describe.userTasks(candidates)));
    }
    return task;
  }

  private AssertionError failure(String message) {
    return new AssertionError("User task with %s: %s".formatted(selector, message));
  }
}
