package com.huoke.processtest;

import java.util.Map;

/**
 * What a mocked worker does with a job. The returned variables complete it (null completes it
 * without variables); {@code CamundaError.bpmnError(...)} throws a BPMN error, {@code
 * CamundaError.jobError(...)} or any other exception fails it, as in the Camunda 8 worker model.
 */
@FunctionalInterface
public interface JobHandler {

  Map<String, Object> handle(MockJob job) throws Exception;
}
