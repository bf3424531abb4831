package com.huoke.lead.imports;

import com.huoke.lead.SourcePlatform;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A row of {@code lead_imports} as stored; the progress part is where a run resumes. */
record ImportRecord(
    UUID id,
    String fileName,
    ImportFormat format,
    String charset,
    String storedFile,
    SourcePlatform sourcePlatform,
    Map<String, String> columnMapping,
    ImportState state,
    Progress progress,
    String failure,
    Instant receivedAt,
    Instant startedAt,
    Instant finishedAt) {

  /** The queue source its rows are queued under; their message id is the row number. */
  String queueSource() {
    return queueSource(id);
  }

  static String queueSource(UUID id) {
    return "import:" + id;
  }

  /** Counts up to and including {@code lastRow}, committed together with the queued rows. */
  record Progress(
      int rowsRead,
      int rowsQueued,
      int rowsRejected,
      int rowsDuplicate,
      int lastRow,
      List<RowError> errors) {

    static final Progress NONE = new Progress(0, 0, 0, 0, 0, List.of());
  }
}
