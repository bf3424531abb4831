package com.huoke.processtest;

import java.lang.reflect.Field;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 extension behind {@link EmbeddedProcessTest}. One engine serves every test class in
 * the JVM (building one takes seconds); each test gets a fresh context and leaves a clean engine.
 */
public final class ProcessTestExtension
    implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** How long the driver lets a process run before calling it a loop. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  private static final Namespace NAMESPACE = Namespace.create(ProcessTestExtension.class);

  @Override
  public void beforeEach(ExtensionContext extension) throws IllegalAccessException {
    ProcessTestContext context = new ProcessTestContext(engine(extension), IDLE_TIMEOUT);
    extension.getStore(NAMESPACE).put(ProcessTestContext.class, context);
    for (Object instance : extension.getRequiredTestInstances().getAllInstances()) {
      inject(instance, context);
    }
    ProcessTestAssertions.bind(context);
  }

  @Override
  public void afterEach(ExtensionContext extension) {
    ProcessTestAssertions.unbind();
    engine(extension).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
    return parameter.getParameter().getType() == ProcessTestContext.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
    return extension.getStore(NAMESPACE).get(ProcessTestContext.class, ProcessTestContext.class);
  }

  private static ProcessTestEngine engine(ExtensionContext extension) {
    return extension
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedEngine.class, key -> new SharedEngine(), SharedEngine.class)
        .engine();
  }

  private static void inject(Object testInstance, ProcessTestContext context)
      throws IllegalAccessException {
    for (Class<?> type = testInstance.getClass();
        type != Object.class;
        type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (field.getType() == ProcessTestContext.class) {
          field.setAccessible(true);
          field.set(testInstance, context);
        }
      }
    }
  }

  /** Closed by JUnit when the whole run ends. */
  private record SharedEngine(ProcessTestEngine engine)
      implements ExtensionContext.Store.CloseableResource {

    SharedEngine() {
      this(ProcessTestEngine.start());
    }

    @Override
    public void close() {
      engine.close();
    }
  }
}
