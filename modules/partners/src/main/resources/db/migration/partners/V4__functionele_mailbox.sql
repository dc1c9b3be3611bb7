-- An organisation's functional mailbox: the address where partners reach it about a person, named by the
-- bekendheidscheck ("bekend bij X, neem contact op via ..."). Organisation data, kept through the organisation API
-- like the name; null where the organisation has none registered (the answer then names no address).
alter table organisatie add column functionele_mailbox varchar(254)
    check (functionele_mailbox is null or functionele_mailbox ~ '^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$');

-- The demo partners: fictional addresses under .example (RFC 2606), the form the launcher's demo partner uses.
update organisatie set functionele_mailbox = 'meldingen@' || lower(code) || '.demo.schakel.example' where code <> 'SCHAKEL';
