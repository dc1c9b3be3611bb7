-- Overdrachten from Veilig Thuis to the local field (docs/domain.md, flow 1), their transitions and their
-- version history. Organisation codes are those of partners.organisatie; no foreign key across schemas, so
-- that each context migrates on its own.

create table overdracht (
    id                      uuid         primary key,
    versie                  integer      not null,
    laatst_gewijzigd        timestamptz  not null,
    status                  varchar(20)  not null
        check (status in ('CONCEPT', 'VERZONDEN', 'ONTVANGEN', 'GEACCEPTEERD', 'TERUGGELEGD', 'INGETROKKEN')),
    eigenaar_organisatie    varchar(32)  not null check (eigenaar_organisatie ~ '^[A-Z0-9-]{2,32}$'),
    ontvangende_organisatie varchar(32)  check (ontvangende_organisatie ~ '^[A-Z0-9-]{2,32}$'),
    -- the categories the sender chose, comma-separated (e.g. 'IDENTITEIT,CONTACT,VEILIGHEID'); '' before sending
    gedeelde_categorieen    varchar(200) not null default ''
        check (gedeelde_categorieen ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    aangemaakt_door         varchar(255) not null,
    aangemaakt_op           timestamptz  not null,
    verzonden_op            timestamptz,
    inhoud                  jsonb        not null check (jsonb_typeof(inhoud) = 'object'),
    -- a sent overdracht always has a recipient
    check (status = 'CONCEPT' or (status = 'INGETROKKEN' and ontvangende_organisatie is null)
           or (ontvangende_organisatie is not null and verzonden_op is not null))
);

-- the recipient's inbox: "what arrived for us, in this status, newest first" (keyset paging on the last two)
create index overdracht_inbox
    on overdracht (ontvangende_organisatie, status, laatst_gewijzigd desc, id desc)
    where ontvangende_organisatie is not null;
-- the sender's list: "what we handed over, in this status, newest first"
create index overdracht_eigenaar
    on overdracht (eigenaar_organisatie, status, laatst_gewijzigd desc, id desc);
-- lists without a status filter
create index overdracht_laatst_gewijzigd on overdracht (laatst_gewijzigd desc, id desc);

create table overgang (
    id               uuid         primary key,
    overdracht_id    uuid         not null references overdracht (id),
    volgnummer       integer      not null check (volgnummer > 0),
    van              varchar(20),
    naar             varchar(20)  not null,
    medewerker_id    varchar(255) not null,
    medewerker_naam  varchar(255) not null,
    organisatie_code varchar(32)  not null,
    op               timestamptz  not null,
    reden            text,
    -- the parties at that moment: {"betrokkenen": [{"betrokkene": uuid, "rol": ...}]}
    betrokkenen      jsonb        not null,
    unique (overdracht_id, volgnummer),
    check (naar in ('TERUGGELEGD', 'INGETROKKEN') = (reden is not null))
);

-- HAPI-style history: the resource as it was at each version, written with every change
create table overdracht_versie (
    overdracht_id           uuid         not null references overdracht (id),
    versie                  integer      not null check (versie > 0),
    status                  varchar(20)  not null,
    ontvangende_organisatie varchar(32),
    gedeelde_categorieen    varchar(200) not null,
    inhoud                  jsonb        not null,
    gewijzigd_op            timestamptz  not null,
    gewijzigd_door          varchar(255) not null,
    gewijzigd_door_naam     varchar(255) not null,
    primary key (overdracht_id, versie)
);

-- the application's runtime role: change overdrachten; transitions and versions are append-only
grant usage on schema overdracht to ${appRol};
grant select, insert, update on overdracht to ${appRol};
grant select, insert on overgang to ${appRol};
grant select, insert on overdracht_versie to ${appRol};
