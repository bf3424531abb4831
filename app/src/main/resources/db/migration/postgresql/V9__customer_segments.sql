-- Saved customer segments (seed §2.2.1 客户分群) and the indexes segment queries lean on. rules is
-- jsonb here; the other vendor's V9 stores json and has no partial indexes.
create table customer_segments (
    id            uuid          not null primary key,
    name          varchar(100)  not null,
    description   varchar(500),
    rules         jsonb         not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    version       bigint        not null,
    constraint customer_segments_name_uk unique (name)
);
