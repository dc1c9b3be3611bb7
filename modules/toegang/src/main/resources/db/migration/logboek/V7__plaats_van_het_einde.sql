-- The chain's end also knows its place (issue 14, measured). alleen_ketenen() asked "is there an unchained row before
-- this one?" of the queue (logboek.ongeketend) with a range condition; PostgreSQL answered it by reading the whole
-- queue, sequentially, for every chained row, the places this round already chained (deleted by its own open
-- transaction) and those autovacuum had not yet removed included (auto_explain). Now kop also holds the place (transactie,
-- invoegnummer) of the last chained row; a row must come after it, and the queue is asked for its first place after
-- the end's place, by its primary key (order by ... limit 1). The rule is the one of V6: every chained row went
-- through this trigger, in order, so no unchained row sits before the end's place. Rounds of 500 over a queue of
-- 10,000: the trigger took 0.51 ms per row under V6, 0.11-0.14 ms now (pg_stat_user_functions, self time).
--
-- The "only the chain columns change" check compares the row as a record instead of as two jsonb documents built
-- from every column: the same question, without building the documents.

alter table kop
    add column transactie xid8,
    add column invoegnummer bigint;

comment on column kop.transactie is 'the place of the last chained row in the chain''s order, with invoegnummer (null for a chain that ends in a row of V1)';

update kop k set transactie = r.transactie, invoegnummer = r.invoegnummer
from regel r where r.volgnummer = k.volgnummer;

-- as V6, with the earlier-unchained question asked of the queue after the end's place only
create or replace function alleen_ketenen() returns trigger
    language plpgsql security definer set search_path = logboek, pg_catalog, pg_temp as $$
declare
    eind record;
    gevraagd record;
    eerste record;
begin
    if old.volgnummer is not null or old.vorige_hash is not null or old.hash is not null then
        raise exception 'het logboek is alleen-toevoegen: een geketende regel verandert niet' using errcode = 'insufficient_privilege';
    end if;
    -- the row as the update leaves it, but for the chain columns: it must be the row as it was
    gevraagd := new;
    gevraagd.volgnummer := null;
    gevraagd.vorige_hash := null;
    gevraagd.hash := null;
    if gevraagd is distinct from old then
        raise exception 'het logboek is alleen-toevoegen: alleen de ketenkolommen van een ongeketende regel worden gezet'
            using errcode = 'insufficient_privilege';
    end if;
    -- one chainer at a time, whoever runs it (re-entrant within the chainer's own transaction)
    perform pg_advisory_xact_lock(7514);
    if not (old.transactie < pg_snapshot_xmin(pg_current_snapshot())) then
        raise exception 'logboekketen: de transactie van regel % kan nog lopen', old.id using errcode = 'check_violation';
    end if;
    select k.volgnummer, k.hash, k.transactie, k.invoegnummer into eind from kop k for update;
    -- the first place in the queue after the end's place, by its index (order by ... limit 1: a range condition alone
    -- let the planner scan the whole queue, dead places included); nothing may wait there before this row
    if eind.transactie is null then
        select o.transactie, o.invoegnummer into eerste from ongeketend o order by o.transactie, o.invoegnummer limit 1;
    elsif (old.transactie, old.invoegnummer) <= (eind.transactie, eind.invoegnummer) then
        raise exception 'logboekketen: regel % is niet de eerste ongeketende regel', old.id using errcode = 'check_violation';
    else
        select o.transactie, o.invoegnummer into eerste from ongeketend o
        where (o.transactie, o.invoegnummer) > (eind.transactie, eind.invoegnummer)
        order by o.transactie, o.invoegnummer limit 1;
    end if;
    if (eerste.transactie, eerste.invoegnummer) < (old.transactie, old.invoegnummer) then
        raise exception 'logboekketen: regel % is niet de eerste ongeketende regel', old.id using errcode = 'check_violation';
    end if;
    if new.volgnummer is distinct from eind.volgnummer + 1 or new.vorige_hash is distinct from eind.hash then
        raise exception 'logboekketen: regel % sluit niet aan op het einde van de keten', old.id using errcode = 'check_violation';
    end if;
    if new.hash is distinct from encode(sha256(convert_to(inhoud(new), 'UTF8')), 'hex') then
        raise exception 'logboekketen: de hash van regel % klopt niet', old.id using errcode = 'check_violation';
    end if;
    update kop set volgnummer = new.volgnummer, hash = new.hash, transactie = old.transactie, invoegnummer = old.invoegnummer;
    delete from ongeketend o where o.transactie = old.transactie and o.invoegnummer = old.invoegnummer;
    return new;
end
$$;
