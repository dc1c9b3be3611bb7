-- "Is there an earlier unchained row?" without looking in every month (issue 14, measured). After V5 the update trigger
-- still asked it of the partitioned table: one index scan per month, 62 after five years, for every chained row. With
-- a logboek of five years of months that took 3.1 ms of the trigger's 3.1 ms per row (pg_stat_user_functions during
-- the benchmark's rounds), more than the request that wrote the row. The unchained rows now also stand in a small
-- table of their own, ordered like the chain: the insert trigger adds a row's place, the chaining trigger asks the
-- question there and takes the place away. Both run as the owner (security definer); the API's role has no right on
-- the table at all.
--
-- A row inserted behind the triggers' back (a superuser with triggers off) is not in the table: it is not chained
-- either, and the check reports it in the unchained tail, with its age and its seal.

create table ongeketend (
    transactie   xid8   not null,
    invoegnummer bigint not null,
    id           uuid   not null,
    primary key (transactie, invoegnummer)
);

comment on table ongeketend is 'the place (transactie, invoegnummer) of every row not yet chained; added by nieuw(), removed by alleen_ketenen()';

insert into ongeketend (transactie, invoegnummer, id)
select transactie, invoegnummer, id from regel where volgnummer is null and transactie is not null;

-- as V2, and the row's place in the queue
create or replace function nieuw() returns trigger
    language plpgsql security definer set search_path = logboek, pg_catalog, pg_temp as $$
begin
    if new.zegel is null or new.zegel !~ '^[0-9a-f]{64}$' then
        raise exception 'een logboekregel zonder zegel wordt niet geschreven' using errcode = 'check_violation';
    end if;
    new.transactie := pg_current_xact_id();
    new.invoegnummer := nextval('logboek.regel_invoegnummer');
    new.volgnummer := null;
    new.vorige_hash := null;
    new.hash := null;
    insert into ongeketend (transactie, invoegnummer, id) values (new.transactie, new.invoegnummer, new.id);
    return new;
end
$$;

-- as V5, with the earlier-unchained question asked of the queue
create or replace function alleen_ketenen() returns trigger
    language plpgsql security definer set search_path = logboek, pg_catalog, pg_temp as $$
declare
    eind record;
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
    if exists (select 1 from ongeketend o where (o.transactie, o.invoegnummer) < (old.transactie, old.invoegnummer)) then
        raise exception 'logboekketen: regel % is niet de eerste ongeketende regel', old.id using errcode = 'check_violation';
    end if;
    select k.volgnummer, k.hash into eind from kop k for update;
    if new.volgnummer is distinct from eind.volgnummer + 1 or new.vorige_hash is distinct from eind.hash then
        raise exception 'logboekketen: regel % sluit niet aan op het einde van de keten', old.id using errcode = 'check_violation';
    end if;
    if new.hash is distinct from encode(sha256(convert_to(inhoud(new), 'UTF8')), 'hex') then
        raise exception 'logboekketen: de hash van regel % klopt niet', old.id using errcode = 'check_violation';
    end if;
    update kop set volgnummer = new.volgnummer, hash = new.hash;
    delete from ongeketend o where o.transactie = old.transactie and o.invoegnummer = old.invoegnummer;
    return new;
end
$$;
