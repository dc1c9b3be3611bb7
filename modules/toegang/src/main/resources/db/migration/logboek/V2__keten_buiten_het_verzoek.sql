-- The chain leaves the request (issue 14). V1 chained every row in its insert trigger under one advisory lock held
-- to commit, so every audited request in the region waited for every other. Now:
--
-- * The request inserts its row unchained, in its own transaction as before ("no entry, no data"). The insert
--   trigger records the inserting transaction (pg_current_xact_id()) and an insertion number, and nothing else: no
--   lock, no read of the chain's end. The application seals each row at insert time with an HMAC over its content
--   (zegel) under a key the database does not hold, so a row altered before it is chained is still found.
-- * One chainer (Logboekketen) gives committed rows their volgnummer, vorige_hash and hash shortly after, in the
--   order (transactie, invoegnummer). It only takes rows whose transaction id is below the xmin of its snapshot:
--   every transaction with a smaller id has then finished, and any transaction still to insert a row has a larger
--   id (ids only grow), so no row can later appear that sorts before a chained one. Commit order would not do:
--   a transaction can take its id (and insertion number) before another and commit after it. A long-running
--   transaction anywhere in the cluster holds xmin back and so delays the chain (the lag is reported); it never
--   breaks it.
-- * Only chaining updates are allowed, by anyone who has not switched triggers off: the chain columns of an
--   unchained row, set to exactly the next link, for the first unchained row in order. The application's role gets
--   UPDATE on those three columns only; everything else stays insert-only.
--
-- Rows chained under V1 keep their volgnummer, hashes and content: inhoud() is unchanged, so the chain carries on.

alter table regel
    alter column volgnummer drop not null,
    alter column vorige_hash drop not null,
    alter column hash drop not null,
    add column transactie xid8,
    add column invoegnummer bigint,
    add column zegel char(64);

comment on column regel.transactie is 'the inserting transaction (pg_current_xact_id()); orders the chain, with invoegnummer';
comment on column regel.invoegnummer is 'insertion order (a sequence); the order of the privacy officer''s pages';
comment on column regel.zegel is 'HMAC-SHA256 of the row''s content by the application, under a key the database does not hold';

-- the old insert trigger took the global lock; the old update trigger is replaced below (deletes stay refused)
drop trigger regel_keten on regel;
drop trigger regel_alleen_toevoegen on regel;
drop function keten();

create sequence regel_invoegnummer;
-- rows of V1: their insertion number is their volgnummer, so pages the privacy officer had open stay valid
update regel set invoegnummer = volgnummer;
do $$ begin perform setval('logboek.regel_invoegnummer', coalesce((select max(volgnummer) from logboek.regel), 0) + 1, false); end $$;
alter table regel alter column invoegnummer set not null;
create unique index regel_invoeg on regel (invoegnummer);
-- the chainer's work list: small, because chained rows leave it
create index regel_ongeketend on regel (transactie, invoegnummer) where volgnummer is null;

-- the last row of V1: rows up to here carry no zegel (they were chained at insert, in the database)
create table overgang (
    laatste_v1_volgnummer bigint not null
);
insert into overgang values (coalesce((select max(volgnummer) from regel), 0));

-- a new row: unchained, its transaction and insertion number set here (not by the writer)
create function nieuw() returns trigger
    language plpgsql set search_path = logboek, pg_catalog as $$
begin
    if new.zegel is null or new.zegel !~ '^[0-9a-f]{64}$' then
        raise exception 'een logboekregel zonder zegel wordt niet geschreven' using errcode = 'check_violation';
    end if;
    new.transactie := pg_current_xact_id();
    new.invoegnummer := nextval('logboek.regel_invoegnummer');
    new.volgnummer := null;
    new.vorige_hash := null;
    new.hash := null;
    return new;
end
$$;

create trigger regel_nieuw before insert on regel for each row execute function nieuw();

-- the only update there is: chaining one unchained row as the next link, in chain order
create function alleen_ketenen() returns trigger
    language plpgsql set search_path = logboek, pg_catalog as $$
declare
    kop record;
begin
    if old.volgnummer is not null or old.vorige_hash is not null or old.hash is not null then
        raise exception 'het logboek is alleen-toevoegen: een geketende regel verandert niet' using errcode = 'insufficient_privilege';
    end if;
    if (to_jsonb(new) - 'volgnummer' - 'vorige_hash' - 'hash') is distinct from (to_jsonb(old) - 'volgnummer' - 'vorige_hash' - 'hash') then
        raise exception 'het logboek is alleen-toevoegen: alleen de ketenkolommen van een ongeketende regel worden gezet'
            using errcode = 'insufficient_privilege';
    end if;
    -- one chainer at a time, whoever runs it (re-entrant within the chainer's own transaction)
    perform pg_advisory_xact_lock(7514);
    if not (old.transactie < pg_snapshot_xmin(pg_current_snapshot())) then
        raise exception 'logboekketen: de transactie van regel % kan nog lopen', old.id using errcode = 'check_violation';
    end if;
    if exists (select 1 from regel r where r.volgnummer is null and r.id <> old.id
               and (r.transactie, r.invoegnummer) < (old.transactie, old.invoegnummer)) then
        raise exception 'logboekketen: regel % is niet de eerste ongeketende regel', old.id using errcode = 'check_violation';
    end if;
    select r.volgnummer, r.hash into kop from regel r where r.volgnummer is not null order by r.volgnummer desc limit 1;
    if new.volgnummer is distinct from coalesce(kop.volgnummer, 0) + 1
            or new.vorige_hash is distinct from coalesce(kop.hash, repeat('0', 64)) then
        raise exception 'logboekketen: regel % sluit niet aan op het einde van de keten', old.id using errcode = 'check_violation';
    end if;
    if new.hash is distinct from encode(sha256(convert_to(inhoud(new), 'UTF8')), 'hex') then
        raise exception 'logboekketen: de hash van regel % klopt niet', old.id using errcode = 'check_violation';
    end if;
    return new;
end
$$;

create trigger regel_alleen_ketenen before update on regel for each row execute function alleen_ketenen();
create trigger regel_niet_verwijderen before delete on regel for each row execute function alleen_toevoegen();

-- Signed checkpoints: every N rows the chainer records the running hash (the hash of row N), signed by the
-- application (HMAC-SHA256 under the logboek key, which the database does not hold), and appends the same line to a
-- file outside the database (var/logboek/ankers.log). A superuser who rewrites a row and recomputes every later hash
-- cannot make the checkpoints after it match again.
create table ankerpunt (
    volgnummer   bigint       primary key,
    hash         char(64)     not null,
    tijdstip     timestamptz  not null,
    handtekening char(64)     not null
);

-- a checkpoint names a row of the chain and that row's hash (a forged one still lacks a valid signature, but must
-- not even take the place of the real one)
create function anker_hoort_bij_keten() returns trigger
    language plpgsql set search_path = logboek, pg_catalog as $$
begin
    if not exists (select 1 from regel r where r.volgnummer = new.volgnummer and r.hash = new.hash) then
        raise exception 'ankerpunt % hoort niet bij de keten', new.volgnummer using errcode = 'check_violation';
    end if;
    return new;
end
$$;

create trigger ankerpunt_bij_keten before insert on ankerpunt for each row execute function anker_hoort_bij_keten();
create trigger ankerpunt_alleen_toevoegen before update or delete on ankerpunt for each row execute function alleen_toevoegen();
create trigger ankerpunt_niet_legen before truncate on ankerpunt for each statement execute function alleen_toevoegen();

-- the check of the chained part, as in V1, skipping the unchained tail (the launcher's check does more: zegels,
-- checkpoints, the tail; see Logboekcontroleur)
create or replace function controleer() returns table (volgnummer bigint, probleem text)
    language plpgsql stable set search_path = logboek, pg_catalog as $$
declare
    r regel;
    vorige char(64) := repeat('0', 64);
    verwacht bigint := 1;
begin
    for r in select * from regel where regel.volgnummer is not null order by regel.volgnummer loop
        if r.volgnummer <> verwacht then
            volgnummer := verwacht; probleem := 'regel ontbreekt'; return next; return;
        end if;
        if r.vorige_hash <> vorige then
            volgnummer := r.volgnummer; probleem := 'verwijzing naar de vorige regel klopt niet'; return next; return;
        end if;
        if r.hash <> encode(sha256(convert_to(inhoud(r), 'UTF8')), 'hex') then
            volgnummer := r.volgnummer; probleem := 'inhoud gewijzigd na schrijven'; return next; return;
        end if;
        vorige := r.hash;
        verwacht := verwacht + 1;
    end loop;
end
$$;

grant usage on sequence regel_invoegnummer to ${appRol};
grant update (volgnummer, vorige_hash, hash) on regel to ${appRol};
grant select on overgang to ${appRol};
grant select, insert on ankerpunt to ${appRol};
