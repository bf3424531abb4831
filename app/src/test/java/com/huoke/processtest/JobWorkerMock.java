package com.huoke.processtest;

import io.camunda.client.exception.CamundaError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mocked job worker for one job type, as {@code mockJobWorker(type)} in Camunda Process Test:
 * choose its behaviour with one of the {@code then…} methods or {@link #withHandler}.
 */
public final class JobWorkerMock {

  private final String type;
  private final List<MockJob> jobs = new ArrayList<>();
  private JobHandler handler;

  JobWorkerMock(String type) {
    this.type = type;
    this.handler = job -> Map.of();
  }

  /** Completes every job without variables. */
  public JobWorkerMock thenComplete() {
    return thenComplete(Map.of());
  }

  /** Completes every job with these variables. */
  public JobWorkerMock thenComplete(Map<String, Object> variables) {
    Map<String, Object> copy = Map.copyOf(variables);
    return withHandler(job -> copy);
  }

  /** Throws a BPMN error with this code on every job. */
  public JobWorkerMock thenThrowBpmnError(String errorCode) {
    return thenThrowBpmnError(errorCode, "mocked BPMN error " + errorCode);
  }

  public JobWorkerMock thenThrowBpmnError(String errorCode, String errorMessage) {
    return withHandler(
        job -> {
          throw CamundaError.bpmnError(errorCode, errorMessage);
        });
  }

  /**
   * Fails every job with this message. The job is retried at once until its retries run out and
   * ends in an incident carrying the message, as a worker that always fails would.
   */
  public JobWorkerMock thenFail(String errorMessage) {
    return withHandler(
        job -> {
          throw CamundaError.jobError(errorMessage);
        });
  }

  /** Handles every job with custom code, e.g. to compute variables from the job's input. */
  public JobWorkerMock withHandler(JobHandler handler) {
    this.handler = handler;
    return this;
  }

  /** The jobs this worker received, oldest first. */
  public List<MockJob> jobs() {
    return List.copyOf(jobs);
  }

  public int invocations() {
    return jobs.size();
  }

  String type() {
    return type;
  }

  JobHandler received(MockJob job) {
    jobs.add(job);
    return handler;
  }
}
