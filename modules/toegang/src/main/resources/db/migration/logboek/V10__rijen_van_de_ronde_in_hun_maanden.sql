-- The rows of a round, read once and only in their months (issue 14, "the seventh day" in docs/metingen.md).
-- aansluiten() (V8) looked each link's row up with its own statement, "where g.id = l.id and g.tijdstip = l.tijdstip".
-- PL/pgSQL keeps a generic plan for it after five calls, and a generic plan over a partitioned table holds every month:
-- with five years of months each lookup locked and set up about 60 partitions to use one, so a round of ~100 links
-- took about 25 ms (0.25 ms per audited read, measured with pg_stat_user_functions at 1 M rows over 61 months).
-- Now the round's rows are read by one statement: the ids of the round, within the months from its earliest row to its
-- latest, so only those months are read (usually one). What is checked is unchanged, link by link, in the same order,
-- with the same messages; a link whose row is missing is refused as a hash that does not match, as before (its row was
-- then null).

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
    ronde_ids uuid[];
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
    select array_agg(n.id), min(n.tijdstip), max(n.tijdstip) into ronde_ids, vanaf, tot from nieuw n;
    for l in select n.volgnummer, n.id, n.tijdstip, n.vorige_hash, n.hash, g as rij
             from nieuw n
             left join (select * from regel g where g.id = any(ronde_ids) and g.tijdstip >= vanaf and g.tijdstip <= tot) g
               on g.id = n.id and g.tijdstip = n.tijdstip
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
