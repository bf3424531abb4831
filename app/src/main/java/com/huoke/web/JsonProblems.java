package com.huoke.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/** Turns Jackson's read failures into a field path and a message a client can act on. */
final class JsonProblems {

  private JsonProblems() {}

  /** The JSON path of the failing value, e.g. {@code activities[0].type}; empty at the root. */
  static String fieldOf(Throwable failure) {
    if (failure instanceof JsonMappingException mapping) {
      return pathOf(mapping);
    }
    if (failure instanceof StreamReadException read && read.getProcessor() != null) {
      return pathOf(read.getProcessor().getParsingContext());
    }
    return "";
  }

  /** What is wrong with the value, without Jackson's class names where it can be helped. */
  static String messageOf(Throwable failure) {
    if (failure instanceof InvalidFormatException format) {
      Class<?> target = format.getTargetType();
      if (target != null && target.isEnum()) {
        return "must be one of " + Arrays.toString(target.getEnumConstants());
      }
      return "must be %s, but got '%s'".formatted(describe(target), format.getValue());
    }
    if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return "must be " + describe(mismatch.getTargetType());
    }
    if (failure instanceof StreamReadException read) {
      JsonLocation location = read.getLocation();
      String where =
          location == null
              ? ""
              : " at line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
      return "malformed JSON" + where + ": " + firstLine(read.getOriginalMessage());
    }
    if (failure instanceof JsonMappingException mapping) {
      Throwable cause = mapping.getCause();
      return cause != null && cause.getMessage() != null
          ? firstLine(cause.getMessage())
          : firstLine(mapping.getOriginalMessage());
    }
    return firstLine(failure.getMessage());
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a different type";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "a JSON object";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a JSON array";
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date-time such as 2026-03-01T10:15:30+08:00";
    }
    if (type.isRecord()) {
      return "a JSON object";
    }
    return "a " + type.getSimpleName();
  }

  private static String pathOf(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : mapping.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String pathOf(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject() && at.getCurrentName() != null) {
        parts.addFirst("." + at.getCurrentName());
      } else if (at.inArray()) {
        parts.addFirst("[" + Math.max(0, at.getCurrentIndex()) + "]");
      }
    }
    String path = String.join("", parts);
    return path.startsWith(".") ? path.substring(1) : path;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
