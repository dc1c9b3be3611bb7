-- The outbox of overdracht events (issue 4, docs/afspraken-tussen-onderdelen.md "Event feed"): one row per
-- state change, written in the same transaction as the change, read by the integration client as a feed.
-- Data-poor on purpose: which overdracht, what happened, between which organisations, when. No names, no content.
-- Only for an overdracht that has been sent: withdrawing a concept nobody outside the owner ever saw is no event,
-- so every event has a receiver to deliver to.
create table gebeurtenis (
    id            uuid         primary key,
    -- the feed's cursor: 1, 2, 3, ... in commit order, no gaps (assigned by the trigger below)
    volgnummer    bigint       not null unique check (volgnummer > 0),
    type          varchar(60)  not null check (type in ('nl.schakel.overdracht.verzonden',
                      'nl.schakel.overdracht.ontvangst-bevestigd', 'nl.schakel.overdracht.geaccepteerd',
                      'nl.schakel.overdracht.teruggelegd', 'nl.schakel.overdracht.ingetrokken')),
    overdracht_id uuid         not null references overdracht (id),
    ontvanger     varchar(32)  not null check (ontvanger ~ '^[A-Z0-9-]{2,32}$'),
    eigenaar      varchar(32)  not null check (eigenaar ~ '^[A-Z0-9-]{2,32}$'),
    tijdstip      timestamptz  not null
);

-- Numbers the new row max + 1 under a transaction-level advisory lock, as the logboek does. The lock is held
-- until commit or rollback, so a second writer waits here until the first has finished: numbers are handed out
-- in commit order, a rolled-back writer's number is taken by the next one (no gaps), and a reader never sees
-- n + 1 before n. The price: state changes of overdrachten commit one at a time from this insert on, which is
-- why the service writes the event as the last statement of its work. Lock key (30, 1): the overdracht
-- schema's migration order, first lock of that schema; the logboek's single key 7513 is a different lock.
create function nummer_gebeurtenis() returns trigger
    language plpgsql set search_path = overdracht, pg_catalog as $$
declare
    laatste bigint;
begin
    perform pg_advisory_xact_lock(30, 1);
    -- a plpgsql statement takes a fresh snapshot: it sees what the writer before us committed
    select g.volgnummer into laatste from gebeurtenis g order by g.volgnummer desc limit 1;
    new.volgnummer := coalesce(laatste, 0) + 1;
    return new;
end
$$;

create trigger gebeurtenis_volgnummer before insert on gebeurtenis
    for each row execute function nummer_gebeurtenis();

-- the runtime role appends and reads; an event, once written, never changes
grant select, insert on gebeurtenis to ${appRol};
