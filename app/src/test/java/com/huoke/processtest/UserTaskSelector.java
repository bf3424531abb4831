package com.huoke.processtest;

import com.huoke.engine.UserTask;
import java.util.function.Predicate;

/** Picks user tasks for {@code completeUserTask} and {@code assertThatUserTask}. */
public record UserTaskSelector(String description, Predicate<UserTask> predicate) {

  boolean matches(UserTask task) {
    return predicate.test(task);
  }

  @Override
  public String toString() {
    return description;
  }
}
