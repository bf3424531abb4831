package com.huoke.lead.imports;

import com.huoke.lead.LeadIntakeQueueStats;
import com.huoke.lead.SourcePlatform;
import com.huoke.web.ResourceNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Lead imports: receive an upload, and say how far each import has got. */
@Service
public class LeadImports {

  private final LeadImportStore store;
  private final LeadImportRunner runner;
  private final LeadIntakeQueueStats queue;
  private final LeadImportProperties properties;

  LeadImports(
      LeadImportStore store,
      LeadImportRunner runner,
      LeadIntakeQueueStats queue,
      LeadImportProperties properties) {
    this.store = store;
    this.runner = runner;
    this.queue = queue;
    this.properties = properties;
  }

  /** A file to import, already checked by the controller. */
  record Upload(
      String fileName,
      ImportFormat format,
      InputStream content,
      SourcePlatform sourcePlatform,
      Charset charset,
      Map<String, String> columnMapping) {}

  /** Stores the upload and its import (RECEIVED); the run starts once this commits. */
  @Transactional
  UUID receive(Upload upload) {
    UUID id = UUID.randomUUID();
    String storedFile = id + upload.format().extension();
    Path target = properties.dir().resolve(storedFile);
    try {
      Files.createDirectories(properties.dir());
      Files.copy(upload.content(), target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the upload in " + properties.dir(), e);
    }
    try {
      store.insert(
          new ImportRecord(
              id,
              upload.fileName(),
              upload.format(),
              upload.charset() == null ? null : upload.charset().name(),
              storedFile,
              upload.sourcePlatform(),
              upload.columnMapping(),
              ImportState.RECEIVED,
              ImportRecord.Progress.NONE,
              null,
              Instant.now(),
              null,
              null));
    } catch (RuntimeException e) {
      deleteQuietly(target);
      throw e;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            runner.submit(id);
          }
        });
    return id;
  }

  /** The import's state, counts, first row errors and what capture made of its rows. */
  @Transactional(readOnly = true)
  public LeadImportStatus status(UUID id) {
    ImportRecord record =
        store
            .find(id)
            .orElseThrow(() -> new ResourceNotFoundException("lead import", id.toString()));
    ImportRecord.Progress progress = record.progress();
    return new LeadImportStatus(
        record.id(),
        record.fileName(),
        record.format(),
        record.state(),
        record.sourcePlatform(),
        progress.rowsRead(),
        progress.rowsQueued(),
        progress.rowsRejected(),
        progress.rowsDuplicate(),
        progress.errors(),
        record.failure(),
        queue.countsBySource(record.queueSource()),
        record.receivedAt(),
        record.startedAt(),
        record.finishedAt());
  }

  /** Imports newest first; {@code page} counts from 0. */
  @Transactional(readOnly = true)
  public LeadImportPage list(int page, int size) {
    long total = store.count();
    return new LeadImportPage(
        store.page(page, size).stream().map(LeadImports::summary).toList(),
        page,
        size,
        total,
        (int) ((total + size - 1) / size));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // an orphan upload without an import row is never read
    }
  }

  private static LeadImportSummary summary(ImportRecord record) {
    ImportRecord.Progress progress = record.progress();
    return new LeadImportSummary(
        record.id(),
        record.fileName(),
        record.format(),
        record.state(),
        record.sourcePlatform(),
        progress.rowsRead(),
        progress.rowsQueued(),
        progress.rowsRejected(),
        progress.rowsDuplicate(),
        record.receivedAt(),
        record.finishedAt());
  }
}
