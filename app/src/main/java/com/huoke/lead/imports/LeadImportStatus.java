package com.huoke.lead.imports;

import com.huoke.lead.QueueCounts;
import com.huoke.lead.SourcePlatform;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/leads/imports/{id}}: how far an import has got.
 *
 * @param rowsRead data rows read so far (blank rows are skipped, not counted)
 * @param rowsQueued valid rows queued for capture
 * @param rowsRejected invalid rows; {@code errors} holds the first {@value #MAX_ERRORS} reasons
 * @param rowsDuplicate rows whose phone, WeChat id or e-mail an earlier row of the file had
 * @param failure why the file as a whole could not be read ({@link ImportState#FAILED})
 * @param capture what capture made of the queued rows so far
 */
public record LeadImportStatus(
    UUID id,
    String fileName,
    ImportFormat format,
    ImportState state,
    SourcePlatform sourcePlatform,
    int rowsRead,
    int rowsQueued,
    int rowsRejected,
    int rowsDuplicate,
    List<RowError> errors,
    String failure,
    QueueCounts capture,
    Instant receivedAt,
    Instant startedAt,
    Instant finishedAt) {

  public static final int MAX_ERRORS = 100;
}
