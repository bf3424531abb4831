package com.huoke.engine.camunda8.fake;

import static com.huoke.engine.camunda8.fake.JsonShape.Field.optional;
import static com.huoke.engine.camunda8.fake.JsonShape.Field.required;
import static com.huoke.engine.camunda8.fake.JsonShape.anyObject;
import static com.huoke.engine.camunda8.fake.JsonShape.arrayOf;
import static com.huoke.engine.camunda8.fake.JsonShape.bool;
import static com.huoke.engine.camunda8.fake.JsonShape.dateTime;
import static com.huoke.engine.camunda8.fake.JsonShape.filter;
import static com.huoke.engine.camunda8.fake.JsonShape.integer;
import static com.huoke.engine.camunda8.fake.JsonShape.key;
import static com.huoke.engine.camunda8.fake.JsonShape.object;
import static com.huoke.engine.camunda8.fake.JsonShape.oneOf;
import static com.huoke.engine.camunda8.fake.JsonShape.string;

import com.huoke.engine.camunda8.fake.JsonShape.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The request bodies of the REST v2 endpoints the fake serves, transcribed from the Orchestration
 * Cluster API schema (rest-api.yaml, 8.8) and the client's generated protocol classes.
 */
final class RequestShapes {

  private static final String[] STRING_OPS = {"$eq", "$neq", "$exists", "$in", "$notIn", "$like"};
  private static final String[] KEY_OPS = {"$eq", "$neq", "$exists", "$in", "$notIn"};
  private static final String[] RANGE_OPS = {
    "$eq", "$neq", "$exists", "$gt", "$gte", "$lt", "$lte", "$in"
  };
  private static final String[] ENUM_OPS = {"$eq", "$neq", "$exists", "$in", "$like"};

  static final String[] PROCESS_INSTANCE_STATES = {"ACTIVE", "COMPLETED", "TERMINATED"};
  static final String[] ELEMENT_INSTANCE_STATES = {"ACTIVE", "COMPLETED", "TERMINATED"};
  static final String[] USER_TASK_STATES = {
    "CREATING",
    "CREATED",
    "ASSIGNING",
    "UPDATING",
    "COMPLETING",
    "COMPLETED",
    "CANCELING",
    "CANCELED",
    "FAILED"
  };
  static final String[] INCIDENT_STATES = {"ACTIVE", "MIGRATED", "RESOLVED", "PENDING"};

  private RequestShapes() {}

  static final JsonShape CREATE_PROCESS_INSTANCE =
      object(
          optional("processDefinitionId", string()),
          optional("processDefinitionVersion", integer()),
          optional("processDefinitionKey", key()),
          optional("variables", anyObject()),
          optional("tenantId", string()),
          optional("tags", arrayOf(string())),
          optional("operationReference", integer()),
          optional("startInstructions", arrayOf(object(required("elementId", string())))),
          optional("runtimeInstructions", arrayOf(anyObject())),
          optional("awaitCompletion", bool()),
          optional("fetchVariables", arrayOf(string())),
          optional("requestTimeout", integer()));

  static final JsonShape CANCEL_PROCESS_INSTANCE =
      object(optional("operationReference", integer()));

  static final JsonShape PUBLISH_MESSAGE =
      object(
          required("name", string()),
          optional("correlationKey", string()),
          optional("timeToLive", integer()),
          optional("messageId", string()),
          optional("variables", anyObject()),
          optional("tenantId", string()));

  static final JsonShape ASSIGN_USER_TASK =
      object(
          required("assignee", string()),
          optional("allowOverride", bool()),
          optional("action", string()));

  static final JsonShape COMPLETE_USER_TASK =
      object(optional("variables", anyObject()), optional("action", string()));

  static final JsonShape UPDATE_USER_TASK =
      object(
          optional(
              "changeset",
              object(
                  optional("dueDate", JsonShape.clearableDateTime()),
                  optional("followUpDate", JsonShape.clearableDateTime()),
                  optional("candidateUsers", arrayOf(string())),
                  optional("candidateGroups", arrayOf(string())),
                  optional("priority", integer()))),
          optional("action", string()));

  static final JsonShape RESOLVE_INCIDENT = object(optional("operationReference", integer()));

  static final JsonShape ACTIVATE_JOBS =
      object(
          required("type", string()),
          optional("worker", string()),
          required("timeout", integer()),
          required("maxJobsToActivate", integer()),
          optional("fetchVariable", arrayOf(string())),
          optional("requestTimeout", integer()),
          optional("tenantIds", arrayOf(string())));

  static final JsonShape COMPLETE_JOB =
      object(optional("variables", anyObject()), optional("result", anyObject()));

  static final JsonShape FAIL_JOB =
      object(
          optional("retries", integer()),
          optional("errorMessage", string()),
          optional("retryBackOff", integer()),
          optional("variables", anyObject()));

  static final JsonShape THROW_JOB_ERROR =
      object(
          required("errorCode", string()),
          optional("errorMessage", string()),
          optional("variables", anyObject()));

  static final JsonShape UPDATE_JOB =
      object(
          required(
              "changeset", object(optional("retries", integer()), optional("timeout", integer()))),
          optional("operationReference", integer()));

  static final JsonShape PROCESS_DEFINITION_SEARCH =
      search(
          optional("name", filter(string(), STRING_OPS)),
          optional("isLatestVersion", bool()),
          optional("resourceName", string()),
          optional("version", integer()),
          optional("versionTag", string()),
          optional("processDefinitionId", filter(string(), STRING_OPS)),
          optional("tenantId", string()),
          optional("processDefinitionKey", key()),
          optional("hasStartForm", bool()));

  static final JsonShape PROCESS_INSTANCE_SEARCH = search(processInstanceFilter(true));

  static final JsonShape USER_TASK_SEARCH =
      search(
          optional("state", filter(oneOf(USER_TASK_STATES), ENUM_OPS)),
          optional("assignee", filter(string(), STRING_OPS)),
          optional("priority", filter(integer(), RANGE_OPS)),
          optional("elementId", string()),
          optional("name", string()),
          optional("candidateGroup", filter(string(), STRING_OPS)),
          optional("candidateUser", filter(string(), STRING_OPS)),
          optional("tenantId", filter(string(), STRING_OPS)),
          optional("processDefinitionId", string()),
          optional("creationDate", filter(dateTime(), RANGE_OPS)),
          optional("completionDate", filter(dateTime(), RANGE_OPS)),
          optional("followUpDate", filter(dateTime(), RANGE_OPS)),
          optional("dueDate", filter(dateTime(), RANGE_OPS)),
          optional("processInstanceVariables", arrayOf(variableValueFilter())),
          optional("localVariables", arrayOf(variableValueFilter())),
          optional("userTaskKey", key()),
          optional("processDefinitionKey", key()),
          optional("processInstanceKey", key()),
          optional("elementInstanceKey", key()));

  static final JsonShape USER_TASK_VARIABLE_SEARCH =
      search(optional("name", filter(string(), STRING_OPS)));

  static final JsonShape ELEMENT_INSTANCE_SEARCH =
      search(
          optional("processDefinitionId", string()),
          optional("state", filter(oneOf(ELEMENT_INSTANCE_STATES), ENUM_OPS)),
          optional("type", string()),
          optional("elementId", string()),
          optional("elementName", string()),
          optional("hasIncident", bool()),
          optional("tenantId", string()),
          optional("elementInstanceKey", key()),
          optional("processInstanceKey", key()),
          optional("processDefinitionKey", key()),
          optional("incidentKey", key()),
          optional("startDate", filter(dateTime(), RANGE_OPS)),
          optional("endDate", filter(dateTime(), RANGE_OPS)),
          optional("elementInstanceScopeKey", key()));

  static final JsonShape VARIABLE_SEARCH =
      search(
          optional("name", filter(string(), STRING_OPS)),
          optional("value", filter(string(), STRING_OPS)),
          optional("tenantId", string()),
          optional("isTruncated", bool()),
          optional("variableKey", filter(key(), KEY_OPS)),
          optional("scopeKey", filter(key(), KEY_OPS)),
          optional("processInstanceKey", filter(key(), KEY_OPS)));

  static final JsonShape INCIDENT_SEARCH =
      search(
          optional("processDefinitionId", string()),
          optional("errorType", string()),
          optional("errorMessage", string()),
          optional("elementId", string()),
          optional("creationTime", filter(dateTime(), RANGE_OPS)),
          optional("state", oneOf(INCIDENT_STATES)),
          optional("tenantId", string()),
          optional("incidentKey", key()),
          optional("processDefinitionKey", key()),
          optional("processInstanceKey", key()),
          optional("elementInstanceKey", key()),
          optional("jobKey", key()));

  /** {@code filter}, {@code sort} and {@code page}: the envelope of every search request. */
  private static JsonShape search(Field... filterFields) {
    return object(
        optional("filter", object(filterFields)),
        optional(
            "sort",
            arrayOf(object(required("field", string()), optional("order", oneOf("ASC", "DESC"))))),
        optional(
            "page",
            object(
                optional("from", integer()),
                optional("limit", integer()),
                optional("after", string()),
                optional("before", string()))));
  }

  private static Field[] processInstanceFilter(boolean withOr) {
    List<Field> fields =
        new ArrayList<>(
            List.of(
                optional("processDefinitionId", filter(string(), STRING_OPS)),
                optional("processDefinitionName", filter(string(), STRING_OPS)),
                optional("processDefinitionVersion", filter(integer(), RANGE_OPS)),
                optional("processDefinitionVersionTag", filter(string(), STRING_OPS)),
                optional("processDefinitionKey", filter(key(), KEY_OPS)),
                optional("processInstanceKey", filter(key(), KEY_OPS)),
                optional("parentProcessInstanceKey", filter(key(), KEY_OPS)),
                optional("parentElementInstanceKey", filter(key(), KEY_OPS)),
                optional("startDate", filter(dateTime(), RANGE_OPS)),
                optional("endDate", filter(dateTime(), RANGE_OPS)),
                optional("state", filter(oneOf(PROCESS_INSTANCE_STATES), ENUM_OPS)),
                optional("hasIncident", bool()),
                optional("tenantId", filter(string(), STRING_OPS)),
                optional("variables", arrayOf(variableValueFilter())),
                optional("batchOperationId", filter(string(), STRING_OPS)),
                optional("errorMessage", filter(string(), STRING_OPS)),
                optional("hasRetriesLeft", bool()),
                optional("elementInstanceState", filter(oneOf(ELEMENT_INSTANCE_STATES), ENUM_OPS)),
                optional("elementId", filter(string(), STRING_OPS)),
                optional("hasElementInstanceIncident", bool()),
                optional("incidentErrorHashCode", filter(integer(), RANGE_OPS)),
                optional("tags", arrayOf(string()))));
    if (withOr) {
      fields.add(optional("$or", arrayOf(object(processInstanceFilter(false)))));
    }
    return fields.toArray(Field[]::new);
  }

  private static JsonShape variableValueFilter() {
    return object(required("name", string()), required("value", filter(string(), STRING_OPS)));
  }
}
