-- The customer CRM core (seed PRD §2.2.4, DESIGN §4-5). Phone, WeChat id and e-mail are stored
-- encrypted (AES-256-GCM, "v1:" prefix); customer_identities holds their keyed hashes for look-ups.
-- JSON columns are jsonb here; the other vendor's V3__customers.sql differs only in that type.
create table customers (
    id                    uuid          not null primary key,
    type                  varchar(16)   not null,
    name                  varchar(200),
    avatar                varchar(1000),
    phone                 varchar(512),
    wechat_id             varchar(512),
    dingtalk_id           varchar(100),
    email                 varchar(512),
    company_name          varchar(200),
    company_industry      varchar(100),
    company_size          varchar(16),
    company_province      varchar(50),
    company_city          varchar(50),
    stage                 varchar(16)   not null,
    score                 integer,
    owner_user_id         varchar(100),
    first_platform        varchar(32),
    first_channel         varchar(200),
    first_campaign        varchar(200),
    first_utm_source      varchar(200),
    first_utm_medium      varchar(200),
    first_utm_campaign    varchar(200),
    first_utm_content     varchar(200),
    first_landing_url     varchar(2000),
    first_lead_id         uuid,
    first_touch_at        timestamp(6) with time zone,
    last_activity_at      timestamp(6) with time zone,
    -- a merged customer stays as a tombstone pointing at the customer it was merged into
    merged_into_id        uuid          references customers (id),
    merged_at             timestamp(6) with time zone,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    version               bigint        not null
);

-- the customer list and segment queries filter and sort live customers by these
create index customers_stage_idx on customers (stage, last_activity_at desc);
create index customers_score_idx on customers (score desc);
create index customers_owner_idx on customers (owner_user_id, last_activity_at desc);
create index customers_last_activity_idx on customers (last_activity_at desc, id desc);
create index customers_created_at_idx on customers (created_at desc, id desc);
create index customers_merged_into_idx on customers (merged_into_id);

-- One row per way to recognise a person. The primary key on (kind, value_hash) is what guarantees
-- one customer per person when two captures race: the second insert does nothing and the capture
-- attaches to the customer that owns the row.
create table customer_identities (
    kind          varchar(32)   not null,
    value_hash    varchar(64)   not null,
    customer_id   uuid          not null references customers (id),
    encrypted_value varchar(1024) not null,
    -- the lead that brought it (null when entered by hand): a split moves it with its lead
    lead_id       uuid,
    created_at    timestamp(6) with time zone not null,
    primary key (kind, value_hash)
);
create index customer_identities_customer_idx on customer_identities (customer_id);

-- which leads make up a customer (source_leads), with the lead's latest score
create table customer_sources (
    lead_id       uuid          not null primary key,
    customer_id   uuid          not null references customers (id),
    platform      varchar(32)   not null,
    -- the name the lead gave: a customer split off gets it
    contact_name  varchar(200),
    channel       varchar(200),
    campaign      varchar(200),
    utm_source    varchar(200),
    utm_medium    varchar(200),
    utm_campaign  varchar(200),
    utm_content   varchar(200),
    landing_url   varchar(2000),
    lead_score    integer,
    captured_at   timestamp(6) with time zone not null
);
create index customer_sources_customer_idx on customer_sources (customer_id, captured_at);
create index customer_sources_platform_idx on customer_sources (platform, customer_id);

create table tags (
    id            uuid          not null primary key,
    category      varchar(16)   not null,
    name          varchar(100)  not null,
    created_at    timestamp(6) with time zone not null,
    constraint tags_category_name_uk unique (category, name)
);

create table customer_tags (
    customer_id   uuid          not null references customers (id),
    tag_id        uuid          not null references tags (id),
    added_at      timestamp(6) with time zone not null,
    primary key (customer_id, tag_id)
);
-- "customers with tag X" for the list and segments
create index customer_tags_tag_idx on customer_tags (tag_id, customer_id);

create table custom_field_definitions (
    field_key     varchar(50)   not null primary key,
    label         varchar(100)  not null,
    type          varchar(16)   not null,
    options       jsonb,
    created_at    timestamp(6) with time zone not null
);

-- entity-attribute-value: one typed column per field type, so segment queries stay portable SQL
-- and can use an index per type
create table customer_field_values (
    customer_id   uuid          not null references customers (id),
    field_key     varchar(50)   not null references custom_field_definitions (field_key),
    text_value    varchar(1000),
    number_value  numeric(19, 4),
    date_value    date,
    primary key (customer_id, field_key)
);
create index customer_field_values_text_idx on customer_field_values (field_key, text_value);
create index customer_field_values_number_idx on customer_field_values (field_key, number_value);
create index customer_field_values_date_idx on customer_field_values (field_key, date_value);

-- the timeline; the identity id breaks ties between entries of the same instant in insertion order
create table customer_activities (
    id            bigint generated by default as identity primary key,
    customer_id   uuid          not null references customers (id),
    type          varchar(32)   not null,
    occurred_at   timestamp(6) with time zone not null,
    summary       varchar(500)  not null,
    details       jsonb,
    lead_id       uuid,
    actor         varchar(100)
);
create index customer_activities_timeline_idx on customer_activities (customer_id, occurred_at desc, id desc);
create index customer_activities_type_idx on customer_activities (type, occurred_at);

create table deals (
    id              uuid          not null primary key,
    customer_id     uuid          not null references customers (id),
    title           varchar(200)  not null,
    amount          numeric(16, 2),
    currency        varchar(3)    not null,
    stage           varchar(8)    not null,
    expected_close  date,
    closed_at       timestamp(6) with time zone,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    version         bigint        not null
);
create index deals_customer_idx on deals (customer_id, created_at desc);
create index deals_stage_idx on deals (stage, expected_close);

create table customer_merges (
    id            uuid          not null primary key,
    survivor_id   uuid          not null references customers (id),
    merged_id     uuid          not null references customers (id),
    reason        varchar(2000) not null,
    -- comma-separated identity kinds that matched (PHONE,WECHAT_ID); empty for a manual merge
    matched_on    varchar(200)  not null,
    automatic     boolean       not null,
    actor         varchar(100)  not null,
    merged_at     timestamp(6) with time zone not null
);
create index customer_merges_survivor_idx on customer_merges (survivor_id, merged_at desc);
create index customer_merges_merged_idx on customer_merges (merged_id);
