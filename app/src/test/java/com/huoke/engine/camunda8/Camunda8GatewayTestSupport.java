package com.huoke.engine.camunda8;

import com.huoke.engine.DeploymentResource;
import com.huoke.engine.camunda8.fake.FakeCamundaServer;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessInstanceRow;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh fake cluster per test and the gateway on a real {@link CamundaClient} pointed at it over
 * REST, as the starter configures it in camunda8 mode.
 */
abstract class Camunda8GatewayTestSupport {

  static final String PROCESS_ID = "lead-qualification";
  static final String BPMN = "lead-qualification.bpmn";
  static final String FORM = "qualify-lead.form";

  FakeCamundaServer fake;
  CamundaClient client;
  Camunda8EngineGateway gateway;

  @BeforeEach
  void startFakeCluster() {
    fake = FakeCamundaServer.start();
    client =
        CamundaClient.newClientBuilder()
            .applyEnvironmentVariableOverrides(false)
            .restAddress(fake.restAddress())
            .grpcAddress(URI.create("http://127.0.0.1:1")) // never used: REST is preferred
            .preferRestOverGrpc(true)
            .build();
    gateway = new Camunda8EngineGateway(client);
  }

  @AfterEach
  void stopFakeCluster() {
    client.close();
    fake.close();
  }

  static DeploymentResource resource(String name) {
    try (InputStream in =
        Camunda8GatewayTestSupport.class.getResourceAsStream("/camunda8/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource camunda8/" + name);
      }
      return new DeploymentResource(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deploys the lead-qualification process and its form through the gateway. */
  void deployLeadQualification() {
    gateway.deploy(List.of(resource(BPMN), resource(FORM)));
    fake.clearRequests();
  }

  /** An instance as the engine would have it: started with these variables. */
  ProcessInstanceRow startedInstance(Map<String, ?> variables) {
    deployLeadQualificationIfMissing();
    return fake.state().seedProcessInstance(PROCESS_ID, variables);
  }

  private void deployLeadQualificationIfMissing() {
    if (fake.state().processDefinitions().isEmpty()) {
      deployLeadQualification();
    }
  }

  static String key(long key) {
    return Long.toString(key);
  }
}
