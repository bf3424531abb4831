package com.huoke;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each direct sub-package of {@code com.huoke} is a module whose root package is its API: features
 * reach the engine only through {@code com.huoke.engine}, never its embedded or camunda8 parts.
 */
class ModularityTests {

  @Test
  void modulesOnlyUseEachOthersApi() {
    // com.huoke.workers and com.huoke.connectors are libraries of their own Maven modules, not app
    // modules
    ApplicationModules.of(
            HuoKeApplication.class,
            resideInAnyPackage("com.huoke.workers..", "com.huoke.connectors.."))
        .verify();
  }
}
