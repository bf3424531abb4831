package com.huoke.engine.camunda8;

import com.huoke.engine.DeploymentResource;
import com.huoke.engine.UnsupportedBpmnException;
import com.huoke.engine.UnsupportedBpmnException.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Zeebe's deployment rejection into {@link UnsupportedBpmnException}, so camunda8 mode
 * reports a bad BPMN the way embedded mode does. Zeebe writes one section per failed resource,
 * {@code 'name.bpmn': ...}, and in it one {@code - Element: id} line per element followed by its
 * {@code - ERROR: reason} lines.
 */
final class DeploymentRejections {

  private static final Pattern ELEMENT = Pattern.compile("^\\s*- Element: (\\S+)\\s*$");
  private static final Pattern ERROR = Pattern.compile("^\\s*- ERROR: (.+)$");

  private DeploymentRejections() {}

  static UnsupportedBpmnException toException(String detail, List<DeploymentResource> resources) {
    String text = detail == null ? "rejected by the engine" : detail;
    for (DeploymentResource resource : resources) {
      String marker = "'" + resource.name() + "':";
      int start = text.indexOf(marker);
      if (start >= 0) {
        int end = text.indexOf("\n'", start + marker.length());
        String section = text.substring(start + marker.length(), end < 0 ? text.length() : end);
        return new UnsupportedBpmnException(resource.name(), rejections(section.strip()));
      }
    }
    String names = String.join(", ", resources.stream().map(DeploymentResource::name).toList());
    return new UnsupportedBpmnException(names, List.of(new Rejection(null, text)));
  }

  /** Element-level reasons when Zeebe names elements; otherwise the section as one reason. */
  private static List<Rejection> rejections(String section) {
    List<Rejection> rejections = new ArrayList<>();
    String elementId = null;
    for (String line : section.split("\n")) {
      Matcher element = ELEMENT.matcher(line);
      Matcher error = ERROR.matcher(line);
      if (element.matches()) {
        elementId = element.group(1);
      } else if (error.matches() && elementId != null) {
        rejections.add(new Rejection(elementId, error.group(1).strip()));
      }
    }
    return rejections.isEmpty() ? List.of(new Rejection(null, section)) : rejections;
  }
}
