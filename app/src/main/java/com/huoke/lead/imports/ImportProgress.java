package com.huoke.lead.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * An import's counts while it runs: rows read, queued, rejected (with the first {@value
 * LeadImportStatus#MAX_ERRORS} reasons) and duplicate, and the last row they include.
 */
final class ImportProgress {

  private int rowsRead;
  private int rowsQueued;
  private int rowsRejected;
  private int rowsDuplicate;
  private int lastRow;
  private final List<RowError> errors;

  ImportProgress(ImportRecord.Progress saved) {
    this.rowsRead = saved.rowsRead();
    this.rowsQueued = saved.rowsQueued();
    this.rowsRejected = saved.rowsRejected();
    this.rowsDuplicate = saved.rowsDuplicate();
    this.lastRow = saved.lastRow();
    this.errors = new ArrayList<>(saved.errors());
  }

  /** A valid row, to be queued. */
  void read(int row) {
    rowsRead++;
    lastRow = row;
  }

  void rejected(int row, List<RowError> rowErrors) {
    rowsRead++;
    rowsRejected++;
    lastRow = row;
    for (RowError error : rowErrors) {
      if (errors.size() < LeadImportStatus.MAX_ERRORS) {
        errors.add(error);
      }
    }
  }

  void duplicate(int row) {
    rowsRead++;
    rowsDuplicate++;
    lastRow = row;
  }

  /** The outcome of queueing a batch: new rows, and rows the queue already had. */
  void queued(int queued, int alreadyQueued) {
    rowsQueued += queued;
    rowsDuplicate += alreadyQueued;
  }

  int lastRow() {
    return lastRow;
  }

  ImportRecord.Progress snapshot() {
    return new ImportRecord.Progress(
        rowsRead, rowsQueued, rowsRejected, rowsDuplicate, lastRow, List.copyOf(errors));
  }

  String describe() {
    return "%d rows read, %d queued, %d rejected, %d duplicates"
        .formatted(rowsRead, rowsQueued, rowsRejected, rowsDuplicate);
  }
}
