package com.huoke.workers.embedded;

import io.camunda.client.api.response.ActivatedJob;
import java.lang.reflect.Type;
import java.util.function.Function;

/** Supplies one parameter of a {@code @JobWorker} method from the job at hand. */
sealed interface ArgumentResolver {

  Object resolve(ExternalTaskJob job);

  /** A {@code @Variable} parameter, converted to the parameter's declared type. */
  record VariableArgument(
      String name, Type type, boolean optional, boolean primitive, JobVariables converter)
      implements ArgumentResolver {

    @Override
    public Object resolve(ExternalTaskJob job) {
      Object value = job.getVariablesAsMap().get(name);
      if (value == null && (!optional || primitive)) {
        throw new IllegalStateException(
            "Expected variable '%s' for job '%s', but no value was found"
                .formatted(name, job.getType()));
      }
      try {
        return converter.convert(value, type);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "Cannot assign process variable '%s' to parameter of type %s when executing job '%s': %s"
                .formatted(name, type.getTypeName(), job.getType(), e.getMessage()),
            e);
      }
    }
  }

  /**
   * A {@code @VariablesAsType} parameter: every fetched variable mapped onto one record or POJO.
   */
  record VariablesAsTypeArgument(Type type, JobVariables converter) implements ArgumentResolver {

    @Override
    public Object resolve(ExternalTaskJob job) {
      return converter.convert(job.getVariablesAsMap(), type);
    }
  }

  /** A {@code @CustomHeaders Map<String, String>} parameter. */
  record CustomHeadersArgument() implements ArgumentResolver {

    @Override
    public Object resolve(ExternalTaskJob job) {
      return job.getCustomHeaders();
    }
  }

  /** An {@link ActivatedJob} parameter. */
  record ActivatedJobArgument() implements ArgumentResolver {

    @Override
    public Object resolve(ExternalTaskJob job) {
      return job;
    }
  }

  /** A {@code @JobKey}-style parameter of type String: the engine's id of that thing. */
  record IdArgument(Function<ExternalTaskJob, String> id) implements ArgumentResolver {

    @Override
    public Object resolve(ExternalTaskJob job) {
      return id.apply(job);
    }
  }
}
