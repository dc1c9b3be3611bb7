-- The access log (NEN 7513 style): one row per read, search, export, change and denied attempt.
-- Append-only: the application's role may insert and select, never update or delete; each row carries a
-- SHA-256 hash chained to the previous row, computed here in the database so that every writer and the
-- check command agree on it. Apart from the case schemas, so it outlives what it describes.
create table regel (
    id             uuid         primary key,
    volgnummer     bigint       not null unique,
    tijdstip       timestamptz  not null,
    gebruiker_id   varchar(64)  not null,
    gebruiker_naam varchar(200),
    namens         varchar(200),
    organisatie    varchar(32),
    rol            varchar(200),
    handeling      varchar(64)  not null,
    bron_type      varchar(40),
    bron_id        uuid,
    betrokkenen    uuid[]       not null default '{}',
    doel           varchar(20),
    grondslag      varchar(200),
    toegang_reden  varchar(40),
    noodtoegang    boolean      not null default false,
    uitkomst       varchar(20)  not null check (uitkomst in ('TOEGESTAAN', 'GEWEIGERD')),
    client_id      varchar(100),
    bron_adres     varchar(64),
    correlatie_id  varchar(64),
    vorige_hash    char(64)     not null,
    hash           char(64)     not null
);

create index regel_gebruiker on regel (gebruiker_id, tijdstip);
create index regel_tijdstip on regel (tijdstip);
create index regel_betrokkenen on regel using gin (betrokkenen);
create index regel_bron on regel (bron_type, bron_id);

-- the text a row's hash is taken over: every field, in a fixed order, nulls made explicit
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

-- chains each new row to the last one; the advisory lock orders concurrent writers (held to commit)
create function keten() returns trigger
    language plpgsql set search_path = logboek, pg_catalog as $$
declare
    laatste record;
begin
    perform pg_advisory_xact_lock(7513);
    select r.volgnummer, r.hash into laatste from regel r order by r.volgnummer desc limit 1;
    new.volgnummer := coalesce(laatste.volgnummer, 0) + 1;
    new.vorige_hash := coalesce(laatste.hash, repeat('0', 64));
    new.hash := encode(sha256(convert_to(inhoud(new), 'UTF8')), 'hex');
    return new;
end
$$;

create trigger regel_keten before insert on regel for each row execute function keten();

-- even a role that was granted more by mistake cannot change history through normal statements
create function alleen_toevoegen() returns trigger
    language plpgsql as $$
begin
    raise exception 'het logboek is alleen-toevoegen: % is niet toegestaan', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger regel_alleen_toevoegen before update or delete on regel for each row execute function alleen_toevoegen();
create trigger regel_niet_legen before truncate on regel for each statement execute function alleen_toevoegen();

-- the check: the first row whose link or hash does not match, or nothing when the chain is whole
create function controleer() returns table (volgnummer bigint, probleem text)
    language plpgsql stable set search_path = logboek, pg_catalog as $$
declare
    r regel;
    vorige char(64) := repeat('0', 64);
    verwacht bigint := 1;
begin
    for r in select * from regel order by regel.volgnummer loop
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

grant usage on schema logboek to ${appRol};
grant select, insert on regel to ${appRol};
revoke update, delete, truncate on regel from ${appRol};
