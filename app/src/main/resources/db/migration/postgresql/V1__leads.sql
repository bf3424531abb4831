-- Leads (seed PRD §2.1.3) with their score breakdown and the lead-intake process that handles them.
-- JSON columns are jsonb here; the other vendor's V1__leads.sql differs only in that type.
create table leads (
    id                    uuid          not null primary key,
    source_platform       varchar(32)   not null,
    source_channel        varchar(200),
    source_campaign       varchar(200),
    contact_name          varchar(100),
    contact_phone         varchar(32),
    contact_wechat        varchar(64),
    contact_email         varchar(254),
    company               varchar(200),
    industry              varchar(100),
    region                varchar(100),
    job_title             varchar(100),
    company_size          varchar(16),
    utm_source            varchar(200),
    utm_medium            varchar(200),
    utm_campaign          varchar(200),
    utm_content           varchar(200),
    raw_data              jsonb,
    activities            jsonb         not null,
    status                varchar(16)   not null,
    score                 integer,
    hot                   boolean,
    score_breakdown       jsonb,
    scored_at             timestamp(6) with time zone,
    assigned_to           varchar(100),
    qualification_outcome varchar(16),
    qualification_notes   varchar(2000),
    next_step             varchar(100),
    qualified_at          timestamp(6) with time zone,
    process_instance_key  varchar(64),
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    version               bigint        not null
);

-- newest first is how the lead list pages
create index leads_created_at_idx on leads (created_at desc, id desc);
create index leads_status_idx on leads (status);

create table lead_escalations (
    lead_id       uuid          not null references leads (id) on delete cascade,
    user_task_key varchar(64)   not null,
    from_groups   varchar(500)  not null,
    to_groups     varchar(500)  not null,
    escalated_at  timestamp(6) with time zone not null,
    primary key (lead_id, user_task_key)
);
