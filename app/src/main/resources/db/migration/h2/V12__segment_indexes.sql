-- Indexes for segment conditions on related rows (issue 3). The other vendor's V12 also adds
-- partial, covering indexes on live customers (merged_into_id is null), which H2 does not have.

-- "any source lead with UTM source / medium / campaign, channel or campaign X"
create index customer_sources_utm_source_idx on customer_sources (utm_source, customer_id);
create index customer_sources_utm_medium_idx on customer_sources (utm_medium, customer_id);
create index customer_sources_utm_campaign_idx on customer_sources (utm_campaign, customer_id);
create index customer_sources_channel_idx on customer_sources (channel, customer_id);
create index customer_sources_campaign_idx on customer_sources (campaign, customer_id);

-- custom field conditions: the value indexes of V3 now end with the customer
drop index customer_field_values_text_idx;
drop index customer_field_values_number_idx;
drop index customer_field_values_date_idx;
create index customer_field_values_text_idx on customer_field_values (field_key, text_value, customer_id);
create index customer_field_values_number_idx on customer_field_values (field_key, number_value, customer_id);
create index customer_field_values_date_idx on customer_field_values (field_key, date_value, customer_id);
