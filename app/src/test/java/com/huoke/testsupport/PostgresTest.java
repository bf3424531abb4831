package com.huoke.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;

/**
 * Marks a Spring test that runs against the real local PostgreSQL server (profiles {@code postgres}
 * + {@code pgtest}). Combine with {@code @SpringBootTest}. Skipped with a clear message when the
 * server is down on a developer's machine; fails under {@code CI=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresAvailableCondition.class)
@ActiveProfiles({"postgres", "pgtest"})
public @interface PostgresTest {}
