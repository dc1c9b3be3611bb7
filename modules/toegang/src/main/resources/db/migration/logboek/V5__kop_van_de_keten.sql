-- The chain's end in one row (issue 14, found by measuring five years of months). Chaining a row asked for the chain's
-- end with "order by volgnummer desc limit 1" over the partitioned table: a merge of one index scan per month, 62 of
-- them after five years, in the update trigger of every chained row. With a logboek filled over five years the trigger
-- took 5.5 ms per row (pg_stat_user_functions during the benchmark's B4 rounds), so the chainer could not keep up with
-- 600 audited reads a second and took a core from the requests. The end now lives in logboek.kop, read and moved by
-- the trigger under a row lock: one row, whatever the number of months.
--
-- * The trigger runs as the owner (security definer), so the API's role needs no right to change kop; it may read it
--   (the chainer starts its round there).
-- * A row removed behind the trigger's back (a superuser with triggers off) no longer hands its volgnummer to the next
--   chained row: the chain carries on after the end that was recorded, and the check names the gap.
-- * Rows that are chained without the trigger (the benchmark's filler, as superuser) must move kop themselves.

create table kop (
    enig       boolean  primary key default true check (enig),
    volgnummer bigint   not null,
    hash       char(64) not null
);

comment on table kop is 'the chain''s end: the volgnummer and hash of the last chained row (one row, moved by alleen_ketenen)';

insert into kop (volgnummer, hash)
select coalesce(max(r.volgnummer), 0), coalesce((select g.hash from regel g where g.volgnummer is not null
                                                  order by g.volgnummer desc limit 1), repeat('0', 64))
from regel r where r.volgnummer is not null;

create trigger kop_niet_legen before truncate on kop for each statement execute function alleen_toevoegen();
create trigger kop_niet_verwijderen before delete on kop for each row execute function alleen_toevoegen();

-- as V2, with the end read from kop instead of from every month, and moved along
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
    if exists (select 1 from regel r where r.volgnummer is null and r.id <> old.id
               and (r.transactie, r.invoegnummer) < (old.transactie, old.invoegnummer)) then
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
    return new;
end
$$;

grant select on kop to ${appRol};
