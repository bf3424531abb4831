package com.huoke.workers.lead;

import java.util.List;
import java.util.Optional;

/** The open "Qualify lead" task of a lead's intake process; the app implements it on the engine. */
public interface QualificationTasks {

  /** The lead's open qualification task, empty once it is completed or cancelled. */
  Optional<OpenTask> findOpen(String leadId);

  /** Offers the task to {@code candidateGroups} instead of its current groups. */
  void offerTo(String userTaskKey, List<String> candidateGroups);

  /** An open user task; {@code assignee} is {@code null} while nobody has claimed it. */
  record OpenTask(String userTaskKey, String assignee, List<String> candidateGroups) {
    public OpenTask {
      candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    }

    public boolean isClaimed() {
      return assignee != null && !assignee.isBlank();
    }
  }
}
