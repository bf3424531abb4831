-- Leads belong to a customer (DESIGN §5) and keep their contact details encrypted: the widened
-- columns hold "v1:" + base64 ciphertext. Rows written before keep their plain values, which still
-- read because decryption passes un-prefixed values through. Leads captured before this version
-- have no customer. JSON columns are json here; the other vendor's V4 differs only in that type.
alter table leads alter column contact_phone set data type varchar(512);
alter table leads alter column contact_wechat set data type varchar(512);
alter table leads alter column contact_email set data type varchar(512);

alter table leads add column customer_id uuid references customers (id);
alter table leads add column owner_user_id varchar(100);
alter table leads add column landing_url varchar(2000);
-- platform identities (openids, external_userid) as captured: [{"kind": …, "id": …}]
alter table leads add column identities json;

create index leads_customer_idx on leads (customer_id);
