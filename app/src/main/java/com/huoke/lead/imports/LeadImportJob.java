package com.huoke.lead.imports;

import com.huoke.lead.LeadIntakeQueue;
import com.huoke.lead.QueuedLead;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of an import: streams the file's rows, turns each into a lead or row errors, and every
 * {@code batchSize} rows queues the valid leads and saves the progress in one transaction. A run
 * that starts where an earlier one left off skips the rows that one already counted.
 */
@Component
class LeadImportJob {

  private static final Logger log = LoggerFactory.getLogger(LeadImportJob.class);

  private final LeadImportStore store;
  private final LeadIntakeQueue queue;
  private final RowLeads rowLeads;
  private final LeadImportProperties properties;
  private final TransactionTemplate transactions;

  LeadImportJob(
      LeadImportStore store,
      LeadIntakeQueue queue,
      RowLeads rowLeads,
      LeadImportProperties properties,
      PlatformTransactionManager transactionManager) {
    this.store = store;
    this.queue = queue;
    this.rowLeads = rowLeads;
    this.properties = properties;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** Runs the import held by {@code runId} to its end, or until {@code stopping} says so. */
  void run(ImportRecord record, String runId, BooleanSupplier stopping) {
    Path file = properties.dir().resolve(record.storedFile());
    Run run = new Run(record, runId, stopping);
    try {
      rowsOf(record).read(file, run::row);
      run.checkpoint();
      store.finish(record.id(), runId, ImportState.DONE, null, Instant.now());
      log.info("Import {} ({}) done: {}", record.id(), record.fileName(), run.progress.describe());
      delete(file);
    } catch (ImportFileException e) {
      store.finish(record.id(), runId, ImportState.FAILED, e.getMessage(), Instant.now());
      log.warn("Import {} ({}) failed: {}", record.id(), record.fileName(), e.getMessage());
      delete(file);
    } catch (Stopped e) {
      store.release(record.id(), runId);
      log.info("Import {} paused at row {}; a restart resumes it", record.id(), e.lastRow);
    } catch (LeaseLost e) {
      log.warn("Import {} was taken over by another run; this one stops", record.id());
    }
  }

  private SheetRows rowsOf(ImportRecord record) {
    if (record.format() == ImportFormat.XLSX) {
      return new XlsxRows();
    }
    return new CsvRows(
        record.charset() == null ? StandardCharsets.UTF_8 : Charset.forName(record.charset()));
  }

  private void delete(Path file) {
    if (properties.keepFiles()) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete the imported file {}: {}", file, e.getMessage());
    }
  }

  /** The state of one run between rows. */
  private final class Run {

    private final ImportRecord record;
    private final String runId;
    private final BooleanSupplier stopping;
    private final ImportProgress progress;
    private final DuplicateContacts contacts;
    private final List<QueuedLead> batch = new ArrayList<>();
    private final Instant receivedAt;
    private ColumnMapping mapping;
    private int rowsSinceCheckpoint;

    Run(ImportRecord record, String runId, BooleanSupplier stopping) {
      this.record = record;
      this.runId = runId;
      this.stopping = stopping;
      this.progress = new ImportProgress(record.progress());
      this.contacts = new DuplicateContacts(properties.maxTrackedContacts());
      this.receivedAt = record.receivedAt();
    }

    void row(int rowNumber, List<String> cells) {
      if (mapping == null) {
        mapping = ColumnMapping.of(cells, record.columnMapping());
        return;
      }
      if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
        return;
      }
      RowLeads.Result result = rowLeads.read(rowNumber, cells, mapping, record.sourcePlatform());
      if (rowNumber <= progress.lastRow()) {
        // counted by an earlier run: only its contacts matter, for the duplicates still to come
        if (result.valid()) {
          contacts.repeats(result.lead());
        }
        return;
      }
      if (!result.valid()) {
        progress.rejected(rowNumber, result.errors());
      } else if (contacts.repeats(result.lead())) {
        progress.duplicate(rowNumber);
      } else {
        progress.read(rowNumber);
        batch.add(
            new QueuedLead(
                record.queueSource(), String.valueOf(rowNumber), result.lead(), receivedAt));
      }
      if (++rowsSinceCheckpoint >= properties.batchSize()) {
        checkpoint();
        if (stopping.getAsBoolean()) {
          throw new Stopped(progress.lastRow());
        }
      }
    }

    /** Queues the batch and saves the progress in one transaction. */
    void checkpoint() {
      Instant leaseUntil = Instant.now().plus(properties.lease());
      Boolean held =
          transactions.execute(
              status -> {
                int queued = queue.enqueueAll(batch);
                progress.queued(queued, batch.size() - queued);
                if (!store.checkpoint(record.id(), runId, progress.snapshot(), leaseUntil)) {
                  status.setRollbackOnly();
                  return false;
                }
                return true;
              });
      if (!Boolean.TRUE.equals(held)) {
        throw new LeaseLost();
      }
      batch.clear();
      rowsSinceCheckpoint = 0;
    }
  }

  /** The run was asked to stop (shutdown) after a checkpoint. */
  private static final class Stopped extends RuntimeException {
    private final int lastRow;

    Stopped(int lastRow) {
      super(null, null, false, false);
      this.lastRow = lastRow;
    }
  }

  /** Another run holds the import now. */
  private static final class LeaseLost extends RuntimeException {
    LeaseLost() {
      super(null, null, false, false);
    }
  }
}
