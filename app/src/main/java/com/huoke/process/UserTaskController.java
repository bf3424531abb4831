package com.huoke.process;

import com.huoke.engine.UserTask;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/user-tasks}: the signed-in caller's tasklist and the work on one task. */
@RestController
@RequestMapping("/api/v1/user-tasks")
class UserTaskController {

  private final Tasklist tasklist;

  UserTaskController(Tasklist tasklist) {
    this.tasklist = tasklist;
  }

  /** {@code view=mine} (default), {@code groups} or {@code all}; oldest first. */
  @GetMapping
  List<UserTask> list(
      @RequestParam(defaultValue = "mine") String view,
      @RequestParam(required = false) String processDefinitionId,
      @RequestParam(defaultValue = "false") boolean includeFinished) {
    String processId =
        processDefinitionId == null || processDefinitionId.isBlank()
            ? null
            : processDefinitionId.strip();
    return tasklist.list(TaskView.parse(view), processId, includeFinished);
  }

  @GetMapping("/{key}")
  UserTaskDetails get(@PathVariable String key) {
    return tasklist.details(key);
  }

  @PostMapping("/{key}/claim")
  UserTask claim(@PathVariable String key) {
    return tasklist.claim(key);
  }

  @PostMapping("/{key}/unclaim")
  UserTask unclaim(@PathVariable String key) {
    return tasklist.unclaim(key);
  }

  @PostMapping("/{key}/complete")
  ResponseEntity<Void> complete(
      @PathVariable String key, @Valid @RequestBody(required = false) CompleteTaskRequest request) {
    tasklist.complete(key, request == null ? null : request.variables());
    return ResponseEntity.noContent().build();
  }
}
