-- Indexes for segment previews over a million customers (issue 3, SegmentPreviewBenchmark). Every
-- segment query counts or pages live customers (merged_into_id is null); merged tombstones are a
-- few per cent of the rows but would otherwise force a visit of the table to be told apart, so the
-- customer indexes below are partial on live customers and carry what rules test most, letting
-- PostgreSQL answer from the index alone (index-only scans, while the visibility map is current).

-- The preview's sample order (last activity, newest first) and the live customer ids any
-- condition on related rows joins with; stage, score and owner ride along so OR groups of them
-- are tested without reading the table.
create index customers_live_activity_idx on customers (last_activity_at desc, id desc)
    include (stage, score, owner_user_id) where merged_into_id is null;
-- "stage X with a score between a and b", the most common customer-row rule
create index customers_live_stage_score_idx on customers (stage, score) include (id)
    where merged_into_id is null;
-- "is this id a live customer" for matches found in tags, sources or custom fields
create index customers_live_id_idx on customers (id) where merged_into_id is null;

-- "any source lead with UTM source / medium / campaign, channel or campaign X": the matching
-- customers straight from the index
create index customer_sources_utm_source_idx on customer_sources (utm_source, customer_id);
create index customer_sources_utm_medium_idx on customer_sources (utm_medium, customer_id);
create index customer_sources_utm_campaign_idx on customer_sources (utm_campaign, customer_id);
create index customer_sources_channel_idx on customer_sources (channel, customer_id);
create index customer_sources_campaign_idx on customer_sources (campaign, customer_id);

-- custom field conditions: the value indexes of V3 now end with the customer, so the customers
-- with a matching value come from the index alone
drop index customer_field_values_text_idx;
drop index customer_field_values_number_idx;
drop index customer_field_values_date_idx;
create index customer_field_values_text_idx on customer_field_values (field_key, text_value, customer_id);
create index customer_field_values_number_idx on customer_field_values (field_key, number_value, customer_id);
create index customer_field_values_date_idx on customer_field_values (field_key, date_value, customer_id);
