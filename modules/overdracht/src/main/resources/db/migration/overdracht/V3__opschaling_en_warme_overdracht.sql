-- Issue 4: escalation past the acceptance deadline, and the planned warm handover.
-- opgeschaald_op: when the term watcher escalated the overdracht to the sender's teamleider (once; never cleared,
-- it is history). The deadline itself stays derived from the calendar (Termijnen), never stored.
alter table overdracht
    add column opgeschaald_op          timestamptz,
    -- the joint conversation of the receiver, Veilig Thuis and the family: when, and where (a place such as
    -- "wijkteamkantoor" or "bij het gezin thuis" -- the screen asks not to type the family's address)
    add column warme_overdracht_op     timestamptz,
    add column warme_overdracht_plaats varchar(200),
    add constraint warme_overdracht_volledig check ((warme_overdracht_op is null) = (warme_overdracht_plaats is null));

-- the term watcher's question every few minutes: open, not yet escalated, sent before a date
create index overdracht_te_bewaken on overdracht (verzonden_op)
    where opgeschaald_op is null and status in ('VERZONDEN', 'ONTVANGEN');

-- the escalation is told to the receiving organisation's system like every other change
alter table gebeurtenis drop constraint gebeurtenis_type_check;
alter table gebeurtenis add constraint gebeurtenis_type_check check (type in ('nl.schakel.overdracht.verzonden',
    'nl.schakel.overdracht.ontvangst-bevestigd', 'nl.schakel.overdracht.geaccepteerd',
    'nl.schakel.overdracht.teruggelegd', 'nl.schakel.overdracht.ingetrokken', 'nl.schakel.overdracht.opgeschaald'));
