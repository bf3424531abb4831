/**
 * Bulk lead import (seed PRD §7 {@code POST /leads/import}): a CSV or Excel upload is stored, read
 * row by row in the background — never loaded whole — and its valid rows queued for capture on the
 * {@link com.huoke.lead.LeadIntakeQueue}, resumable after a crash.
 */
package com.huoke.lead.imports;
