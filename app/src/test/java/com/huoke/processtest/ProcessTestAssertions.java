package com.huoke.processtest;

import com.huoke.engine.ProcessInstanceRef;

/**
 * Entry points of the assertions, as {@code CamundaAssert} in Camunda Process Test. They read the
 * engine of the running {@link EmbeddedProcessTest}, after letting it come to rest.
 */
public final class ProcessTestAssertions {

  private static final ThreadLocal<ProcessTestContext> CURRENT = new ThreadLocal<>();

  private ProcessTestAssertions() {}

  public static ProcessInstanceAssert assertThatProcessInstance(ProcessInstanceRef instance) {
    return new ProcessInstanceAssert(
        context(), ProcessInstanceSelectors.byKey(instance.processInstanceKey()));
  }

  public static ProcessInstanceAssert assertThatProcessInstance(ProcessInstanceSelector selector) {
    return new ProcessInstanceAssert(context(), selector);
  }

  public static UserTaskAssert assertThatUserTask(UserTaskSelector selector) {
    return new UserTaskAssert(context(), selector);
  }

  static void bind(ProcessTestContext context) {
    CURRENT.set(context);
  }

  static void unbind() {
    CURRENT.remove();
  }

  private static ProcessTestContext context() {
    ProcessTestContext context = CURRENT.get();
    if (context == null) {
      throw new IllegalStateException(
          "Expected a test annotated with @EmbeddedProcessTest, but no process test is running");
    }
    context.driveUntilIdle();
    return context;
  }
}
