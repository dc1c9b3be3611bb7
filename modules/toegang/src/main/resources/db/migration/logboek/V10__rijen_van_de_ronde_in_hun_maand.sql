-- The rows of a round, each found in its own month (issue 14, "the seventh day" in docs/metingen.md).
-- aansluiten() (V8) looked each link's row up with its own statement, "where g.id = l.id and g.tijdstip = l.tijdstip".
-- PL/pgSQL keeps a generic plan for it after five calls, and a generic plan over a partitioned table sets up every
-- month before it prunes. The benchmark measured the trigger at about 25 ms a round of ~100 links on a 1 M-row logboek
-- of 61 months (0.25 ms per audited read). One statement that joins the round to its rows does not help by itself
-- (tried first, measured the same): the transition table is estimated at one row, so the planner rescans the rows of
-- all the round's ids for every link. Here the loop's own query fetches each link's row with a scalar subquery by
-- (id, tijdstip), bounded to the months from the round's earliest link to its latest: the bound prunes the months once
-- when the statement starts, and each row is then one probe of its month's primary key. In isolation (a round of 100
-- links written by hand on that logboek, the trigger's own time from pg_stat_xact_user_functions): V8 7-11 ms a
-- round, this about 4 ms; not yet measured under the benchmark's load. What is checked is unchanged, link by link, in
-- the same order, with the same messages; a link whose row is missing gets a null row and is refused as a hash that
-- does not match, as before.

create or replace function aansluiten() returns trigger
    language plpgsql security definer set search_path = logboek, pg_catalog, pg_temp as $$
declare
    eind record;
    l record;
    r regel;
    ids uuid[];
    tijden timestamptz[];
    transacties xid8[];
    invoeg bigint[];
    nummer bigint;
    vorige text;
    i int := 0;
    bovengrens xid8 := pg_snapshot_xmin(pg_current_snapshot());
    vanaf timestamptz;
    tot timestamptz;
begin
    perform pg_advisory_xact_lock(7514);
    select k.volgnummer, k.hash, k.transactie, k.invoegnummer into eind from kop k for update;
    nummer := eind.volgnummer;
    vorige := eind.hash;
    select array_agg(o.id order by o.transactie, o.invoegnummer), array_agg(o.tijdstip order by o.transactie, o.invoegnummer),
           array_agg(o.transactie order by o.transactie, o.invoegnummer), array_agg(o.invoegnummer order by o.transactie, o.invoegnummer)
      into ids, tijden, transacties, invoeg
      from (select * from ongeketend o
            where eind.transactie is null or (o.transactie, o.invoegnummer) > (eind.transactie, eind.invoegnummer)
            order by o.transactie, o.invoegnummer limit (select count(*) from nieuw)) o;
    select min(n.tijdstip), max(n.tijdstip) into vanaf, tot from nieuw n;
    for l in select n.volgnummer, n.id, n.tijdstip, n.vorige_hash, n.hash,
                    (select g from regel g where g.id = n.id and g.tijdstip = n.tijdstip and g.tijdstip >= vanaf and g.tijdstip <= tot) as rij
             from nieuw n
             order by n.volgnummer loop
        i := i + 1;
        nummer := nummer + 1;
        if l.volgnummer <> nummer or l.vorige_hash <> vorige then
            raise exception 'logboekketen: regel % sluit niet aan op het einde van de keten', l.id using errcode = 'check_violation';
        end if;
        if i > coalesce(cardinality(ids), 0) or l.id <> ids[i] or l.tijdstip <> tijden[i] then
            raise exception 'logboekketen: regel % is niet de eerste ongeketende regel', l.id using errcode = 'check_violation';
        end if;
        if not (transacties[i] < bovengrens) then
            raise exception 'logboekketen: de transactie van regel % kan nog lopen', l.id using errcode = 'check_violation';
        end if;
        r := l.rij;
        if l.hash <> encode(sha256(convert_to(inhoud(r, l.volgnummer, l.vorige_hash), 'UTF8')), 'hex') then
            raise exception 'logboekketen: de hash van regel % klopt niet', l.id using errcode = 'check_violation';
        end if;
        vorige := l.hash;
    end loop;
    if i > 0 then
        update kop set volgnummer = nummer, hash = vorige, transactie = transacties[i], invoegnummer = invoeg[i];
        delete from ongeketend o where (o.transactie, o.invoegnummer) <= (transacties[i], invoeg[i])
            and (eind.transactie is null or (o.transactie, o.invoegnummer) > (eind.transactie, eind.invoegnummer));
    end if;
    return null;
end
$$;
