package com.huoke.lead.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code huoke.leads.imports.*}: where uploads are kept while they are imported, and how.
 *
 * @param dir uploads wait here until their import is done; they hold personal data in clear, so
 *     they are deleted when it finishes unless {@code keepFiles}
 * @param batchSize rows queued and checkpointed per transaction; after a crash at most this many
 *     rows are read again
 * @param lease how long a run holds an import without a checkpoint before another may take it over
 * @param maxTrackedContacts contacts remembered per import to spot duplicate rows; beyond this,
 *     later rows are not checked (capture de-duplicates them anyway)
 * @param keepFiles keep the uploaded file after its import finished
 */
@Validated
@ConfigurationProperties("huoke.leads.imports")
public record LeadImportProperties(
    @DefaultValue("./data/imports") @NotNull Path dir,
    @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
    @DefaultValue("2m") @NotNull Duration lease,
    @DefaultValue("1000000") @Min(0) int maxTrackedContacts,
    @DefaultValue("false") boolean keepFiles) {}
