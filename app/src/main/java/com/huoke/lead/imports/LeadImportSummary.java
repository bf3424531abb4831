package com.huoke.lead.imports;

import com.huoke.lead.SourcePlatform;
import java.time.Instant;
import java.util.UUID;

/** One import in the list of imports. */
public record LeadImportSummary(
    UUID id,
    String fileName,
    ImportFormat format,
    ImportState state,
    SourcePlatform sourcePlatform,
    int rowsRead,
    int rowsQueued,
    int rowsRejected,
    int rowsDuplicate,
    Instant receivedAt,
    Instant finishedAt) {}
