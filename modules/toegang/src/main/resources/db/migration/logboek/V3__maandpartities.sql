-- The logboek partitioned by month (issue 14): about 25 million rows a year kept for at least five years. A month is
-- one partition, so the retention rule can archive or drop a month without rewriting the rest, and a question over
-- "the last 12 months" only reads those months' indexes.
--
-- * Range on tijdstip, months in UTC (the function below fixes the time zone, so the bounds do not depend on the
--   session). A default partition takes what has no month yet (a clock far off, or a month not created in time), so an
--   insert never fails: "no entry, no data" must not turn into "no partition, no data".
-- * maak_maanden_vooruit() creates this month and the next two; the chainer's task calls it at start and daily. It
--   runs as the owner (security definer) and does exactly that, so the application's role needs no DDL right.
-- * The chain does not change: same columns, same inhoud(), same triggers (row triggers on a partitioned table are
--   cloned onto every partition, also onto later ones). A truncate trigger is per table, so every partition gets its
--   own. What partitioning costs: PostgreSQL cannot enforce a unique index that does not contain the partition key, so
--   volgnummer and invoegnummer are no longer unique by index. volgnummer stays unique by the chain itself (the update
--   trigger only accepts head + 1 under the chain's lock, and the check finds a double); invoegnummer comes from a
--   sequence.
-- * Indexes for the three questions of the privacy officer, each also bounded by the months asked:
--   who accessed betrokkene X (gin on betrokkenen, per month), what did user Y access (gebruiker_id, tijdstip), and
--   everything on resource Z (bron_type, bron_id, tijdstip).

create table regel_maanden (like regel including defaults including constraints including comments)
    partition by range (tijdstip);

create table regel_overig partition of regel_maanden default;

-- the months the existing rows are in, and this month and the next two
do $$
declare
    maand date;
begin
    perform set_config('timezone', 'UTC', true);
    for maand in
        select distinct date_trunc('month', tijdstip)::date from logboek.regel
        union select (date_trunc('month', now()) + make_interval(months => n))::date from generate_series(0, 2) n
    loop
        execute format('create table logboek.%I partition of logboek.regel_maanden for values from (%L) to (%L)',
            'regel_' || to_char(maand, 'YYYY_MM'), maand, (maand + interval '1 month')::date);
    end loop;
end
$$;

-- the rows with everything they carry (chain columns included): no trigger on the new table yet, so nothing is
-- recomputed or reset
insert into regel_maanden select * from regel;

-- the row type regel is the old table's; inhoud() takes it, so it goes first and comes back for the new table
drop function inhoud(regel);
drop table regel;
alter table regel_maanden rename to regel;

create function inhoud(r regel) returns text
    language sql immutable set search_path = logboek, pg_catalog as $$
    select concat_ws('|',
        r.vorige_hash, r.volgnummer::text, r.id::text,
        to_char(r.tijdstip at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        coalesce(r.gebruiker_id, '∅'), coalesce(r.gebruiker_naam, '∅'), coalesce(r.namens, '∅'),
        coalesce(r.organisatie, '∅'), coalesce(r.rol, '∅'), coalesce(r.handeling, '∅'),
        coalesce(r.bron_type, '∅'), coalesce(r.bron_id::text, '∅'), array_to_string(r.betrokkenen, ','),
        coalesce(r.doel, '∅'), coalesce(r.grondslag, '∅'), coalesce(r.toegang_reden, '∅'), r.noodtoegang::text,
        coalesce(r.uitkomst, '∅'), coalesce(r.client_id, '∅'), coalesce(r.bron_adres, '∅'), coalesce(r.correlatie_id, '∅'))
$$;

alter table regel add constraint regel_pkey primary key (id, tijdstip);
create index regel_volgnummer on regel (volgnummer);
create index regel_invoeg on regel (invoegnummer);
create index regel_ongeketend on regel (transactie, invoegnummer) where volgnummer is null;
create index regel_betrokkenen on regel using gin (betrokkenen);
create index regel_gebruiker on regel (gebruiker_id, tijdstip);
create index regel_bron on regel (bron_type, bron_id, tijdstip);

create trigger regel_nieuw before insert on regel for each row execute function nieuw();
create trigger regel_alleen_ketenen before update on regel for each row execute function alleen_ketenen();
create trigger regel_niet_verwijderen before delete on regel for each row execute function alleen_toevoegen();
create trigger regel_niet_legen before truncate on regel for each statement execute function alleen_toevoegen();

-- a truncate trigger on the parent does not fire for a truncate of one partition: each partition has its own
do $$
declare
    deel regclass;
begin
    for deel in select inhrelid::regclass from pg_inherits where inhparent = 'logboek.regel'::regclass loop
        execute format('create trigger niet_legen before truncate on %s for each statement execute function logboek.alleen_toevoegen()', deel);
    end loop;
end
$$;

-- one month's partition, with its truncate trigger; false when it exists, or when the default partition already holds
-- rows of that month (PostgreSQL would refuse it: those rows cannot move, the logboek is append-only; they stay in the
-- default partition, where every question and the check still find them)
create function maak_maand(maand date) returns boolean
    language plpgsql security definer
    -- pg_temp last: a definer function must not find a temporary table of the caller first
    set search_path = logboek, pg_catalog, pg_temp set timezone = 'UTC' set lock_timeout = '5s' as $$
declare
    begin_maand date := date_trunc('month', maand)::date;
    naam text := 'regel_' || to_char(date_trunc('month', maand), 'YYYY_MM');
begin
    perform pg_advisory_xact_lock(7515);
    if to_regclass('logboek.' || naam) is not null then
        return false;
    end if;
    if exists (select 1 from logboek.regel_overig where tijdstip >= begin_maand and tijdstip < begin_maand + interval '1 month') then
        raise warning 'logboek: maand % niet aangemaakt, de standaardpartitie heeft al regels van die maand', to_char(begin_maand, 'YYYY-MM');
        return false;
    end if;
    execute format('create table logboek.%I partition of logboek.regel for values from (%L) to (%L)',
        naam, begin_maand, (begin_maand + interval '1 month')::date);
    execute format('create trigger niet_legen before truncate on logboek.%I for each statement execute function logboek.alleen_toevoegen()', naam);
    return true;
end
$$;

-- this month and the next two; the number created
create function maak_maanden_vooruit() returns integer
    language sql security definer set search_path = logboek, pg_catalog, pg_temp set timezone = 'UTC' as $$
    select count(*)::integer from generate_series(0, 2) n
    where maak_maand((date_trunc('month', now()) + make_interval(months => n))::date)
$$;

revoke execute on function maak_maand(date) from public;
revoke execute on function maak_maanden_vooruit() from public;
grant execute on function maak_maanden_vooruit() to ${appRol};

grant select, insert on regel to ${appRol};
grant update (volgnummer, vorige_hash, hash) on regel to ${appRol};
