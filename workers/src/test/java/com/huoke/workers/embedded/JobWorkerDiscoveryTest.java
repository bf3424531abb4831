package com.huoke.workers.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.Document;
import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobWorkerDiscoveryTest {

  private final JobWorkerDiscovery discovery =
      new JobWorkerDiscovery(
          EmbeddedWorkerProperties.defaults(), new JobVariables(new ObjectMapper()));

  record Lead(String name, int visits) {}

  @SuppressWarnings("unused")
  static class Workers {

    @JobWorker
    public void scoreLead(@Variable String phone) {}

    @JobWorker(type = "send-wecom", name = "wecom", timeout = 2000, maxJobsActive = 4)
    public void sendWeCom(@VariablesAsType Lead lead, @Variable("template") String template) {}

    @JobWorker(type = "all")
    public void wholeJob(ActivatedJob job, @Variable String phone) {}

    @JobWorker(type = "fetch-all", fetchAllVariables = true)
    public void fetchAll(@Variable String phone) {}

    @JobWorker(type = "headers-only")
    public void headersOnly(@CustomHeaders Map<String, String> headers, @JobKey String id) {}

    @JobWorker(type = "off", enabled = false)
    public void off(Object anything) {}

    @JobWorker(type = "manual", autoComplete = false)
    public void manual(ActivatedJob job) {}

    @JobWorker(type = "tenant", tenantIds = "acme")
    public void tenant() {}

    @JobWorker(type = "numeric-key")
    public void numericKey(@ProcessInstanceKey long key) {}

    @JobWorker(type = "document")
    public void document(@Document("contract") Object contract) {}

    @JobWorker(type = "unannotated")
    public void unannotated(String phone) {}

    @JobWorker(type = "future")
    public CompletableFuture<Map<String, Object>> future() {
      return null;
    }
  }

  @Test
  void defaultsTypeToMethodNameAndNameToBeanAndMethod() {
    JobWorkerDefinition worker = define("scoreLead").orElseThrow();

    assertThat(worker.type()).isEqualTo("scoreLead");
    assertThat(worker.name()).isEqualTo("workers#scoreLead");
    assertThat(worker.timeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(worker.maxJobsActive()).isEqualTo(8);
    assertThat(worker.fetchVariables()).containsExactly("phone");
  }

  @Test
  void honoursTypeNameTimeoutAndMaxJobsActive() {
    JobWorkerDefinition worker = define("sendWeCom").orElseThrow();

    assertThat(worker.type()).isEqualTo("send-wecom");
    assertThat(worker.name()).isEqualTo("wecom");
    assertThat(worker.timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(worker.maxJobsActive()).isEqualTo(4);
    assertThat(worker.fetchVariables()).containsExactly("name", "visits", "template");
  }

  @Test
  void fetchesAllVariablesForActivatedJobOrWhenAskedOrWhenNoneAreNamed() {
    assertThat(define("wholeJob").orElseThrow().fetchVariables()).isNull();
    assertThat(define("fetchAll").orElseThrow().fetchVariables()).isNull();
    assertThat(define("headersOnly").orElseThrow().fetchVariables()).isNull();
  }

  @Test
  void skipsDisabledWorkers() {
    assertThat(define("off")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "manual, autoComplete = false",
    "tenant, tenantIds",
    "numericKey, @ProcessInstanceKey parameter key of type long",
    "document, @Document",
    "unannotated, parameter phone of type java.lang.String is not supported",
    "future, asynchronous return type (CompletableFuture)",
  })
  void refusesWhatTheBindingDoesNotOffer(String method, String feature) {
    assertThatThrownBy(() -> define(method))
        .isInstanceOf(UnsupportedJobWorkerException.class)
        .hasMessageContaining("Workers#" + method)
        .hasMessageContaining("bean 'workers'")
        .hasMessageContaining(feature);
  }

  private Optional<JobWorkerDefinition> define(String methodName) {
    Method method =
        Arrays.stream(Workers.class.getMethods())
            .filter(m -> m.getName().equals(methodName))
            .findFirst()
            .orElseThrow();
    return discovery.definitionOf(
        "workers", new Workers(), method, method.getAnnotation(JobWorker.class));
  }
}
