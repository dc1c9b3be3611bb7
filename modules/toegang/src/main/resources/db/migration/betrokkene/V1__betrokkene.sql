-- The person registry: one stable platform id per betrokkene, the same in every flow, so that "everything about
-- this person" (the privacy officer's question, a data subject's inzage) can span overdrachten, casusoverleg and
-- crisis. A person with a BSN is recognised by a keyed hash of it (HMAC-SHA256 with the platform's secret,
-- MicroProfile Config schakel.betrokkenen.sleutel); the BSN itself is never stored here, only in the flow content
-- that needs it. Without the secret the hashes cannot be tried against the 10^9 possible numbers.
create table persoon (
    id            uuid        primary key,
    -- null for a person without a known BSN; unique, so two flows that meet the same BSN at the same time get one
    -- row (insert ... on conflict do nothing, then read what the other wrote)
    bsn_kenmerk   bytea       unique check (bsn_kenmerk is null or octet_length(bsn_kenmerk) = 32),
    aangemaakt_op timestamptz not null default now()
);

-- insert and read only: an id once handed out is in logboek rows that outlive everything, so it never changes
grant usage on schema betrokkene to ${appRol};
grant select, insert on persoon to ${appRol};
