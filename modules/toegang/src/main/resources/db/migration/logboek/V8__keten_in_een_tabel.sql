-- The chain in a table of its own (issue 14, measured). Until V7 a row was written unchained and then updated once
-- by the chainer to receive its volgnummer, vorige_hash and hash. That update was never HOT (volgnummer is indexed),
-- so every row was written twice into the heap and into all seven indexes of its month, left a dead version for
-- vacuum, and went through a row trigger that looked up the end and the queue for every row. Held back for a whole
-- benchmark run, chaining turned out to cost 0.5 ms of CPU per audited read, 0.37 of it in PostgreSQL (docs/metingen.md,
-- "the fourth night"). Now:
--
-- * logboek.keten holds the links: (volgnummer, id, tijdstip, vorige_hash, hash), partitioned by month like the rows
--   (the retention rule drops a month of links with its month of rows), insert-only, unique on (id, tijdstip) so a row
--   is chained once. The hash is the same formula as before: inhoud() of the row with the link's number and previous
--   hash, so the chain of V1-V7 carries on unchanged; its links are copied here.
-- * logboek.regel is never updated again: its update trigger refuses everything, the API's role loses its column
--   rights, and the two indexes that existed only for the chain (regel_volgnummer, regel_ongeketend) go, so every
--   request's insert writes two index entries fewer. The old chain columns of rows chained before V8 stay as they
--   were; nothing reads them any more.
-- * The chainer writes one round's links with one insert statement, checked by one statement trigger over the
--   transition table: the chain's lock, numbers consecutive from the end, each vorige_hash the hash before it, the
--   i-th link the i-th place of the queue with its transaction finished, each hash recomputed over its row. The end
--   and the queue move once per round instead of once per row. On a scratch server this took what chaining asks of
--   the database from about 0.25 to about 0.11 ms per row.
-- * The queue holds the row's tijdstip as well, so the chainer and the trigger reach a row in its own month.
-- * A row inserted behind the triggers' back (a superuser with triggers off) is in neither the links nor the queue;
--   the check counts each month's rows against its links and places.

create table keten (
    volgnummer  bigint      not null,
    id          uuid        not null,
    tijdstip    timestamptz not null,
    vorige_hash char(64)    not null,
    hash        char(64)    not null
) partition by range (tijdstip);

comment on table keten is 'the hash chain of logboek.regel: one link per chained row, insert-only, checked per statement by aansluiten()';

create table keten_overig partition of keten default;
-- a month of links for every month of rows
do $$
declare
    deel record;
begin
    for deel in select c.relname, pg_get_expr(c.relpartbound, c.oid) as grens
                from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'logboek.regel'::regclass and c.relname <> 'regel_overig' loop
        execute format('create table logboek.%I partition of logboek.keten %s', 'keten_' || substr(deel.relname, 7), deel.grens);
    end loop;
end
$$;

alter table keten add constraint keten_regel unique (id, tijdstip);
create index keten_volgnummer on keten (volgnummer);

insert into keten (volgnummer, id, tijdstip, vorige_hash, hash)
select volgnummer, id, tijdstip, vorige_hash, hash from regel where volgnummer is not null;

alter table ongeketend add column tijdstip timestamptz;
update ongeketend o set tijdstip = r.tijdstip from regel r where r.id = o.id and r.invoegnummer = o.invoegnummer;
alter table ongeketend alter column tijdstip set not null;

-- the row never changes after its insert
drop trigger regel_alleen_ketenen on regel;
create trigger regel_niet_wijzigen before update on regel for each row execute function alleen_toevoegen();
revoke update on regel from ${appRol};
drop index regel_volgnummer;
drop index regel_ongeketend;

-- as V6, with the row's month in its place in the queue
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
    insert into ongeketend (transactie, invoegnummer, id, tijdstip) values (new.transactie, new.invoegnummer, new.id, new.tijdstip);
    return new;
end
$$;

create function inhoud(r regel, nummer bigint, vorige text) returns text
    language sql immutable set search_path = logboek, pg_catalog as $$
    select concat_ws('|',
        vorige, nummer::text, r.id::text,
        to_char(r.tijdstip at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        coalesce(r.gebruiker_id, '∅'), coalesce(r.gebruiker_naam, '∅'), coalesce(r.namens, '∅'),
        coalesce(r.organisatie, '∅'), coalesce(r.rol, '∅'), coalesce(r.handeling, '∅'),
        coalesce(r.bron_type, '∅'), coalesce(r.bron_id::text, '∅'), array_to_string(r.betrokkenen, ','),
        coalesce(r.doel, '∅'), coalesce(r.grondslag, '∅'), coalesce(r.toegang_reden, '∅'), r.noodtoegang::text,
        coalesce(r.uitkomst, '∅'), coalesce(r.client_id, '∅'), coalesce(r.bron_adres, '∅'), coalesce(r.correlatie_id, '∅'))
$$;

-- one round's links, checked together; the end and the queue moved once
create function aansluiten() returns trigger
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
    for l in select * from nieuw order by volgnummer loop
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
        select * into r from regel g where g.id = l.id and g.tijdstip = l.tijdstip;
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


create trigger keten_aansluiten after insert on keten referencing new table as nieuw for each statement execute function aansluiten();
create trigger keten_alleen_toevoegen before update or delete on keten for each row execute function alleen_toevoegen();
create trigger keten_niet_legen before truncate on keten for each statement execute function alleen_toevoegen();
do $$
declare
    deel regclass;
begin
    for deel in select inhrelid::regclass from pg_inherits where inhparent = 'logboek.keten'::regclass loop
        execute format('create trigger niet_legen before truncate on %s for each statement execute function logboek.alleen_toevoegen()', deel);
    end loop;
end
$$;

-- a row with its link (no link: not chained yet), as the readers and the check see it
create view regel_geketend as
select r.id, k.volgnummer, r.tijdstip, r.gebruiker_id, r.gebruiker_naam, r.namens, r.organisatie, r.rol, r.handeling,
       r.bron_type, r.bron_id, r.betrokkenen, r.doel, r.grondslag, r.toegang_reden, r.noodtoegang, r.uitkomst,
       r.client_id, r.bron_adres, r.correlatie_id, k.vorige_hash, k.hash, r.transactie, r.invoegnummer, r.zegel
from regel r left join keten k on k.id = r.id and k.tijdstip = r.tijdstip;

-- a checkpoint and a cut name a link
create or replace function anker_hoort_bij_keten() returns trigger
    language plpgsql set search_path = logboek, pg_catalog as $$
begin
    if not exists (select 1 from keten k where k.volgnummer = new.volgnummer and k.hash = new.hash) then
        raise exception 'ankerpunt % hoort niet bij de keten', new.volgnummer using errcode = 'check_violation';
    end if;
    return new;
end
$$;

create or replace function snede_hoort_bij_keten() returns trigger
    language plpgsql set search_path = logboek, pg_catalog as $$
begin
    if not exists (select 1 from keten k where k.volgnummer = new.tot_volgnummer and k.hash = new.hash) then
        raise exception 'snede % hoort niet bij de keten', new.tot_volgnummer using errcode = 'check_violation';
    end if;
    return new;
end
$$;

-- the database's own check of the chained part, over the links
create or replace function controleer() returns table (volgnummer bigint, probleem text)
    language plpgsql stable set search_path = logboek, pg_catalog as $$
declare
    r regel;
    l record;
    vorige char(64) := repeat('0', 64);
    verwacht bigint := 1;
begin
    for l in select k.volgnummer as nummer, k.vorige_hash as vorig, k.hash as eigen, g as rij
             from keten k join regel g on g.id = k.id and g.tijdstip = k.tijdstip order by k.volgnummer loop
        r := l.rij;
        if l.nummer <> verwacht then
            volgnummer := verwacht; probleem := 'regel ontbreekt'; return next; return;
        end if;
        if l.vorig <> vorige then
            volgnummer := l.nummer; probleem := 'verwijzing naar de vorige regel klopt niet'; return next; return;
        end if;
        if l.eigen <> encode(sha256(convert_to(inhoud(r, l.nummer, l.vorig), 'UTF8')), 'hex') then
            volgnummer := l.nummer; probleem := 'inhoud gewijzigd na schrijven'; return next; return;
        end if;
        vorige := l.eigen;
        verwacht := verwacht + 1;
    end loop;
end
$$;

-- a month of rows comes with its month of links
create or replace function maak_maand(maand date) returns boolean
    language plpgsql security definer
    set search_path = logboek, pg_catalog, pg_temp set timezone = 'UTC' set lock_timeout = '5s' as $$
declare
    begin_maand date := date_trunc('month', maand)::date;
    achtervoegsel text := to_char(date_trunc('month', maand), 'YYYY_MM');
begin
    perform pg_advisory_xact_lock(7515);
    if to_regclass('logboek.regel_' || achtervoegsel) is not null then
        return false;
    end if;
    if exists (select 1 from logboek.regel_overig where tijdstip >= begin_maand and tijdstip < begin_maand + interval '1 month') then
        raise warning 'logboek: maand % niet aangemaakt, de standaardpartitie heeft al regels van die maand', to_char(begin_maand, 'YYYY-MM');
        return false;
    end if;
    execute format('create table logboek.%I partition of logboek.regel for values from (%L) to (%L)',
        'regel_' || achtervoegsel, begin_maand, (begin_maand + interval '1 month')::date);
    execute format('create trigger niet_legen before truncate on logboek.%I for each statement execute function logboek.alleen_toevoegen()',
        'regel_' || achtervoegsel);
    execute format('create table logboek.%I partition of logboek.keten for values from (%L) to (%L)',
        'keten_' || achtervoegsel, begin_maand, (begin_maand + interval '1 month')::date);
    execute format('create trigger niet_legen before truncate on logboek.%I for each statement execute function logboek.alleen_toevoegen()',
        'keten_' || achtervoegsel);
    return true;
end
$$;

revoke execute on function maak_maand(date) from public;
grant select, insert on keten to ${appRol};
grant select on regel_geketend to ${appRol};
-- the chainer (the API's role) reads the queue to find its rows; it holds places and ids, no content
grant select on ongeketend to ${appRol};
