-- The lead API (seed PRD §7): notes and conversion on the lead, indexes for the list's filters,
-- and CSV / Excel imports with their progress.

ALTER TABLE leads ADD COLUMN notes VARCHAR(2000);
ALTER TABLE leads ADD COLUMN converted_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE leads ADD COLUMN converted_by VARCHAR(100);

-- the list's common filters, newest first within each
CREATE INDEX ix_leads_platform_created ON leads (source_platform, created_at);
CREATE INDEX ix_leads_assigned_created ON leads (assigned_to, created_at);
CREATE INDEX ix_leads_channel ON leads (source_channel);

-- One upload of leads. Rows up to last_row are counted and their valid leads queued (same commit),
-- so an import interrupted by a crash resumes after last_row without queueing or counting twice.
-- claimed_by / claimed_until are the lease of the run that holds it; an expired lease lets another run take
-- over (after a crash), and a run that lost its lease stops at its next checkpoint.
CREATE TABLE lead_imports (
    id              UUID                        NOT NULL,
    file_name       VARCHAR(255)                NOT NULL,
    format          VARCHAR(8)                  NOT NULL,
    charset         VARCHAR(32),
    stored_file     VARCHAR(1000)               NOT NULL,
    source_platform VARCHAR(32)                 NOT NULL,
    column_mapping  TEXT,
    state           VARCHAR(16)                 NOT NULL,
    rows_read       INTEGER       DEFAULT 0     NOT NULL,
    rows_queued     INTEGER       DEFAULT 0     NOT NULL,
    rows_rejected   INTEGER       DEFAULT 0     NOT NULL,
    rows_duplicate  INTEGER       DEFAULT 0     NOT NULL,
    last_row        INTEGER       DEFAULT 0     NOT NULL,
    errors          TEXT,
    failure         VARCHAR(2000),
    claimed_by      VARCHAR(64),
    claimed_until   TIMESTAMP(6) WITH TIME ZONE,
    received_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP(6) WITH TIME ZONE,
    finished_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_lead_imports PRIMARY KEY (id)
);

CREATE INDEX ix_lead_imports_received_at ON lead_imports (received_at);
CREATE INDEX ix_lead_imports_state ON lead_imports (state);
