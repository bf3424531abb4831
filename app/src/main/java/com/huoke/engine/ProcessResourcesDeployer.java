package com.huoke.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every {@code processes/*.bpmn} and {@code forms/*.form} on the classpath through the
 * {@link EngineGateway} once all beans exist, before the app serves requests — whichever engine
 * runs. Unchanged resources are not deployed again; a rejected BPMN stops start-up with the
 * rejection.
 */
@Component
class ProcessResourcesDeployer implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(ProcessResourcesDeployer.class);
  private static final List<String> LOCATIONS = List.of("processes/*.bpmn", "forms/*.form");

  private final EngineGateway engine;
  private final ResourcePatternResolver resolver;
  private final String root;

  @Autowired
  ProcessResourcesDeployer(EngineGateway engine) {
    this(engine, new PathMatchingResourcePatternResolver(), "");
  }

  /**
   * @param root the classpath folder that holds {@code processes/} and {@code forms/}; empty in the
   *     app
   */
  ProcessResourcesDeployer(EngineGateway engine, ResourcePatternResolver resolver, String root) {
    this.engine = engine;
    this.resolver = resolver;
    this.root = root;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<DeploymentResource> resources = resources();
    if (resources.isEmpty()) {
      log.info("No processes or forms on the classpath to deploy");
      return;
    }
    Deployment deployment = engine.deploy(resources);
    log.info(
        "Deployed {} resources as deployment {}: processes {}",
        resources.size(),
        deployment.deploymentKey(),
        deployment.processes().stream()
            .map(p -> p.processDefinitionId() + " v" + p.version())
            .toList());
  }

  /** One resource per name: where two classpath roots hold the same file, the first wins. */
  List<DeploymentResource> resources() {
    Map<String, DeploymentResource> resources = new LinkedHashMap<>();
    for (String location : LOCATIONS) {
      String folder = location.substring(0, location.indexOf('/') + 1);
      for (Resource resource : find(location)) {
        String name = folder + resource.getFilename();
        if (!resources.containsKey(name)) {
          resources.put(name, new DeploymentResource(name, read(resource)));
        }
      }
    }
    return List.copyOf(resources.values());
  }

  private List<Resource> find(String location) {
    try {
      return Arrays.stream(resolver.getResources("classpath*:" + root + location))
          .filter(Resource::isReadable)
          .sorted(Comparator.comparing(Resource::getFilename))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + location + " on the classpath", e);
    }
  }

  private static byte[] read(Resource resource) {
    try (InputStream content = resource.getInputStream()) {
      return content.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
    }
  }
}
