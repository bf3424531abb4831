-- Saved customer segments (seed §2.2.1 客户分群). rules is json here; the other vendor's V9 stores
-- jsonb and adds partial indexes on live customers, which H2 does not have.
create table customer_segments (
    id            uuid          not null primary key,
    name          varchar(100)  not null,
    description   varchar(500),
    rules         json          not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    version       bigint        not null,
    constraint customer_segments_name_uk unique (name)
);
