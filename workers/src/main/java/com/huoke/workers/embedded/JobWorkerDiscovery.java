package com.huoke.workers.embedded;

import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.Document;
import io.camunda.client.annotation.ElementInstanceKey;
import io.camunda.client.annotation.JobKey;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.ProcessDefinitionKey;
import io.camunda.client.annotation.ProcessInstanceKey;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the {@code @JobWorker} methods of all singleton beans and turns each into a {@link
 * JobWorkerDefinition}, refusing, with the bean, method and feature named, any worker that needs
 * something this binding does not offer.
 */
final class JobWorkerDiscovery {

  private static final Set<String> LEGACY_ANNOTATIONS =
      Set.of(
          "io.camunda.zeebe.spring.client.annotation.JobWorker",
          "io.camunda.spring.client.annotation.JobWorker");

  private final EmbeddedWorkerProperties properties;
  private final JobVariables converter;

  JobWorkerDiscovery(EmbeddedWorkerProperties properties, JobVariables converter) {
    this.properties = properties;
    this.converter = converter;
  }

  List<JobWorkerDefinition> discover(ConfigurableListableBeanFactory beanFactory) {
    List<JobWorkerDefinition> definitions = new ArrayList<>();
    for (String beanName : beanFactory.getBeanDefinitionNames()) {
      BeanDefinition beanDefinition = beanFactory.getBeanDefinition(beanName);
      if (beanDefinition.isAbstract() || !beanFactory.isSingleton(beanName)) {
        continue;
      }
      Class<?> type = beanFactory.getType(beanName, false);
      if (type == null) {
        continue;
      }
      Class<?> userClass = ClassUtils.getUserClass(type);
      rejectLegacyAnnotations(beanName, userClass);
      Map<Method, JobWorker> workers =
          MethodIntrospector.selectMethods(
              userClass,
              (MethodIntrospector.MetadataLookup<JobWorker>)
                  method -> AnnotatedElementUtils.findMergedAnnotation(method, JobWorker.class));
      if (workers.isEmpty()) {
        continue;
      }
      Object bean = beanFactory.getBean(beanName);
      workers.forEach(
          (method, annotation) ->
              definitionOf(beanName, bean, method, annotation).ifPresent(definitions::add));
    }
    return definitions;
  }

  /** The worker one method describes; empty when it is disabled. */
  Optional<JobWorkerDefinition> definitionOf(
      String beanName, Object bean, Method method, JobWorker annotation) {
    if (!annotation.enabled()) {
      return Optional.empty();
    }
    Function<String, UnsupportedJobWorkerException> unsupported =
        feature -> new UnsupportedJobWorkerException(beanName, method, feature);
    if (!annotation.autoComplete()) {
      throw unsupported.apply(
          "autoComplete = false is not supported (the job must be completed by the binding from"
              + " the method's return value)");
    }
    if (annotation.tenantIds().length > 0) {
      throw unsupported.apply("tenantIds are not supported (the embedded engine has one tenant)");
    }
    Class<?> returnType = method.getReturnType();
    if (Future.class.isAssignableFrom(returnType)
        || CompletionStage.class.isAssignableFrom(returnType)) {
      throw unsupported.apply(
          "an asynchronous return type (%s) is not supported; return the result itself"
              .formatted(returnType.getSimpleName()));
    }

    List<ArgumentResolver> arguments = new ArrayList<>();
    Set<String> requiredVariables = new LinkedHashSet<>();
    boolean wantsWholeJob = false;
    for (Parameter parameter : method.getParameters()) {
      ArgumentResolver argument = argumentFor(parameter, unsupported);
      arguments.add(argument);
      if (argument instanceof ArgumentResolver.VariableArgument variable) {
        requiredVariables.add(variable.name());
      } else if (argument instanceof ArgumentResolver.VariablesAsTypeArgument) {
        requiredVariables.addAll(fieldNamesOf(parameter.getType()));
      } else if (argument instanceof ArgumentResolver.ActivatedJobArgument) {
        wantsWholeJob = true;
      }
    }

    Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
    ReflectionUtils.makeAccessible(invocable);
    String type = annotation.type().isBlank() ? method.getName() : annotation.type();
    String name =
        annotation.name().isBlank() ? beanName + "#" + method.getName() : annotation.name();
    Duration timeout =
        annotation.timeout() > 0
            ? Duration.ofMillis(annotation.timeout())
            : properties.defaultTimeout();
    int maxJobsActive =
        annotation.maxJobsActive() > 0
            ? annotation.maxJobsActive()
            : properties.defaultMaxJobsActive();
    return Optional.of(
        new JobWorkerDefinition(
            beanName,
            bean,
            invocable,
            type,
            name,
            timeout,
            maxJobsActive,
            fetchVariables(annotation, requiredVariables, wantsWholeJob),
            arguments));
  }

  /**
   * As Camunda's starter: everything when asked for or when the whole job is injected (unless the
   * annotation lists variables), otherwise the listed ones plus those the parameters read. Zeebe
   * reads an empty list as "all"; so does this.
   */
  private static List<String> fetchVariables(
      JobWorker annotation, Set<String> requiredVariables, boolean wantsWholeJob) {
    if (annotation.fetchAllVariables()) {
      return null;
    }
    Set<String> names = new LinkedHashSet<>(Arrays.asList(annotation.fetchVariables()));
    if (!wantsWholeJob) {
      names.addAll(requiredVariables);
    }
    return names.isEmpty() ? null : List.copyOf(names);
  }

  private ArgumentResolver argumentFor(
      Parameter parameter, Function<String, UnsupportedJobWorkerException> unsupported) {
    Class<?> type = parameter.getType();
    Variable variable = parameter.getAnnotation(Variable.class);
    if (variable != null) {
      String name = !variable.name().isBlank() ? variable.name() : variable.value();
      if (name.isBlank()) {
        if (!parameter.isNamePresent()) {
          throw unsupported.apply(
              "@Variable parameter %s has no name; name it or compile with -parameters"
                  .formatted(parameter.getName()));
        }
        name = parameter.getName();
      }
      return new ArgumentResolver.VariableArgument(
          name,
          parameter.getParameterizedType(),
          variable.optional(),
          type.isPrimitive(),
          converter);
    }
    if (parameter.isAnnotationPresent(VariablesAsType.class)) {
      return new ArgumentResolver.VariablesAsTypeArgument(
          parameter.getParameterizedType(), converter);
    }
    if (parameter.isAnnotationPresent(CustomHeaders.class)) {
      if (!Map.class.isAssignableFrom(type)) {
        throw unsupported.apply(
            "@CustomHeaders parameter %s must be a Map<String, String>, but is %s"
                .formatted(parameter.getName(), type.getSimpleName()));
      }
      return new ArgumentResolver.CustomHeadersArgument();
    }
    if (parameter.isAnnotationPresent(Document.class)) {
      throw unsupported.apply(
          "@Document parameter %s: Camunda documents are not available"
              .formatted(parameter.getName()));
    }
    Optional<ArgumentResolver> id = idArgument(parameter, unsupported);
    if (id.isPresent()) {
      return id.get();
    }
    if (type == ActivatedJob.class) {
      return new ArgumentResolver.ActivatedJobArgument();
    }
    if (JobClient.class.isAssignableFrom(type)) {
      throw unsupported.apply(
          "a JobClient parameter is not supported (the binding completes or fails the job itself)");
    }
    throw unsupported.apply(
        "parameter %s of type %s is not supported (use @Variable, @VariablesAsType, @CustomHeaders"
                .formatted(parameter.getName(), type.getName())
            + " or ActivatedJob)");
  }

  private static Optional<ArgumentResolver> idArgument(
      Parameter parameter, Function<String, UnsupportedJobWorkerException> unsupported) {
    Function<ExternalTaskJob, String> id = null;
    Class<? extends Annotation> annotation = null;
    if (parameter.isAnnotationPresent(JobKey.class)) {
      annotation = JobKey.class;
      id = job -> job.task().getId();
    } else if (parameter.isAnnotationPresent(ProcessInstanceKey.class)) {
      annotation = ProcessInstanceKey.class;
      id = job -> job.task().getProcessInstanceId();
    } else if (parameter.isAnnotationPresent(ElementInstanceKey.class)) {
      annotation = ElementInstanceKey.class;
      id = job -> job.task().getActivityInstanceId();
    } else if (parameter.isAnnotationPresent(ProcessDefinitionKey.class)) {
      annotation = ProcessDefinitionKey.class;
      id = job -> job.task().getProcessDefinitionId();
    }
    if (id == null) {
      return Optional.empty();
    }
    if (parameter.getType() != String.class) {
      throw unsupported.apply(
          ("@%s parameter %s of type %s is not supported: the embedded engine's ids are strings,"
                  + " declare it as String")
              .formatted(
                  annotation.getSimpleName(),
                  parameter.getName(),
                  parameter.getType().getSimpleName()));
    }
    return Optional.of(new ArgumentResolver.IdArgument(id));
  }

  /** The variable names a {@code @VariablesAsType} type reads: its fields, as Camunda does. */
  private static List<String> fieldNamesOf(Class<?> type) {
    if (Map.class.isAssignableFrom(type) || type.isInterface()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        com.fasterxml.jackson.annotation.JsonProperty property =
            field.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        names.add(
            property != null && !property.value().isBlank() ? property.value() : field.getName());
      }
    }
    return names;
  }

  private static void rejectLegacyAnnotations(String beanName, Class<?> type) {
    ReflectionUtils.doWithMethods(
        type,
        method -> {
          Annotation[] annotations;
          try {
            annotations = method.getAnnotations();
          } catch (RuntimeException | LinkageError e) {
            return; // an annotation whose class is absent cannot be a JobWorker either
          }
          for (Annotation annotation : annotations) {
            if (LEGACY_ANNOTATIONS.contains(annotation.annotationType().getName())) {
              throw new UnsupportedJobWorkerException(
                  beanName,
                  method,
                  "the legacy %s annotation is not supported; use io.camunda.client.annotation.JobWorker"
                      .formatted(annotation.annotationType().getName()));
            }
          }
        });
  }
}
