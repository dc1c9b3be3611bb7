-- The one outbox of every flow (docs/afspraken-tussen-onderdelen.md, "Event feed"): one row per event, written by
-- the flow in the same transaction as the change it tells of, read by the integration client as a feed.
-- Owned by the shared kernel, which knows no flow: a flow's events are held to one shape (below), and the flow
-- itself decides which ones happen. Data-poor on purpose: what happened, in which flow, about which resource,
-- between which organisations, when. Ids and organisation codes only: no column for a name, a BSN or case content.

-- one or more distinct organisation codes, none empty; at most 50 (Gebeurtenis.MAXIMAAL_ORGANISATIES)
create function organisatiecodes_geldig(codes varchar[]) returns boolean
    language sql immutable set search_path = gebeurtenis, pg_catalog as $$
    -- coalesce: a check that comes out null passes, so an unknown must count as invalid
    select coalesce(codes is not null
       and array_ndims(codes) = 1
       and cardinality(codes) between 1 and 50
       and not exists (select 1 from unnest(codes) c where c is null or c !~ '^[A-Z0-9-]{2,32}$')
       and (select count(distinct c) from unnest(codes) c) = cardinality(codes), false)
$$;

create table gebeurtenis (
    id             uuid          primary key,
    -- the feed's cursor: 1, 2, 3, ... in commit order, no gaps (assigned by the trigger below)
    volgnummer     bigint        not null unique check (volgnummer > 0),
    -- CloudEvents type, in the flow's own namespace: nl.schakel.<stroom>.<wat> (constraint type_van_bron)
    type           varchar(100)  not null,
    -- CloudEvents source: the flow, urn:nl:schakel:<stroom>
    bron           varchar(60)   not null check (bron ~ '^urn:nl:schakel:[a-z][a-z0-9-]{1,39}$'),
    -- the resource the event is about (CloudEvents subject): its kind, its id, and its path below the API base
    -- (unreserved URI characters only, no dot segments: it cannot leave the API or carry a URI template)
    onderwerp_type varchar(40)   not null check (onderwerp_type ~ '^[A-Z][A-Z_]{1,39}$'),
    onderwerp_id   uuid          not null,
    onderwerp_pad  varchar(200)  not null check (onderwerp_pad ~ '^(/[A-Za-z0-9][A-Za-z0-9._~-]*)+$'),
    -- whom the event is delivered to, and who is responsible for the resource: organisation codes only
    ontvangers     varchar(32)[] not null check (organisatiecodes_geldig(ontvangers)),
    eigenaren      varchar(32)[] not null check (organisatiecodes_geldig(eigenaren)),
    tijdstip       timestamptz   not null,
    -- no flow speaks for another: urn:nl:schakel:crisisdossier can only write nl.schakel.crisisdossier.*
    constraint gebeurtenis_type_van_bron
        check (type ~ ('^nl\.schakel\.' || substr(bron, length('urn:nl:schakel:') + 1) || '\.[a-z][a-z0-9-]{1,59}$'))
);

-- Numbers the new row max + 1 under a transaction-level advisory lock, as the logboek does. The lock is held until
-- commit or rollback, so a second writer waits here until the first has finished: numbers are handed out in commit
-- order, a rolled-back writer's number is taken by the next one (no gaps), and a reader never sees n + 1 before n.
-- The price: state changes of every flow commit one at a time from this insert on, which is why a flow writes its
-- events as the last statement of its work. Lock key (2, 1): this schema's migration order (GebeurtenisSchema), first
-- lock of the schema; the logboek's single key 7513 is a different lock. Any number a writer sends is overwritten.
create function nummer_gebeurtenis() returns trigger
    language plpgsql set search_path = gebeurtenis, pg_catalog as $$
declare
    laatste bigint;
begin
    perform pg_advisory_xact_lock(2, 1);
    -- a plpgsql statement takes a fresh snapshot: it sees what the writer before us committed
    select g.volgnummer into laatste from gebeurtenis g order by g.volgnummer desc limit 1;
    new.volgnummer := coalesce(laatste, 0) + 1;
    return new;
end
$$;

create trigger gebeurtenis_volgnummer before insert on gebeurtenis
    for each row execute function nummer_gebeurtenis();

-- the runtime role appends and reads; an event, once written, never changes
grant usage on schema gebeurtenis to ${appRol};
grant select, insert on gebeurtenis to ${appRol};
revoke update, delete, truncate on gebeurtenis from ${appRol};
