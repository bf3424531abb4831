-- Channels (seed PRD §2.1, §7): one configured webhook receiver of a platform, the requests it could not
-- decode (dead letters, kept for ops to replay) and the tracking links handed out for it.
-- JSON columns are jsonb here; the other vendor's V7__channels.sql differs only in that type.
create table channels (
    id          uuid          not null primary key,
    platform    varchar(32)   not null,
    name        varchar(100)  not null,
    enabled     boolean       not null,
    utm_source  varchar(200),
    -- plain settings by name; secrets by name, each value encrypted (PersonalDataCipher)
    settings    jsonb         not null,
    secrets     jsonb         not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    version     bigint        not null
);

create index channels_created_at_idx on channels (created_at desc, id desc);

create table channel_dead_letters (
    id              uuid          not null primary key,
    channel_id      uuid          not null references channels (id),
    platform        varchar(32)   not null,
    status          varchar(16)   not null,
    reason_code     varchar(64)   not null,
    reason          varchar(2000) not null,
    method          varchar(8)    not null,
    headers         jsonb         not null,
    query           jsonb         not null,
    remote_address  varchar(64),
    -- the raw body, base64, encrypted: platform payloads carry phones and names
    body            varchar       not null,
    body_bytes      integer       not null,
    received_at     timestamp(6) with time zone not null,
    attempts        integer       not null,
    last_attempt_at timestamp(6) with time zone,
    resolved_at     timestamp(6) with time zone,
    version         bigint        not null
);

create index channel_dead_letters_channel_idx
    on channel_dead_letters (channel_id, status, received_at desc);
create index channel_dead_letters_status_idx on channel_dead_letters (status, received_at desc);

create table channel_tracking_links (
    id           uuid          not null primary key,
    channel_id   uuid          not null references channels (id),
    utm_source   varchar(200)  not null,
    utm_medium   varchar(200)  not null,
    utm_campaign varchar(200)  not null,
    utm_content  varchar(200)  not null,
    landing_url  varchar(2000) not null,
    url          varchar(4000) not null,
    created_at   timestamp(6) with time zone not null
);

create index channel_tracking_links_channel_idx
    on channel_tracking_links (channel_id, created_at desc);
