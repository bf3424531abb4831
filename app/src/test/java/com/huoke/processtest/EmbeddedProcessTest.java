package com.huoke.processtest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the embedded engine, as {@code @CamundaProcessTest} does against
 * Camunda 8: a {@link ProcessTestContext} field (or parameter) is injected before each test, and
 * everything the test deployed or started is gone after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(ProcessTestExtension.class)
public @interface EmbeddedProcessTest {}
