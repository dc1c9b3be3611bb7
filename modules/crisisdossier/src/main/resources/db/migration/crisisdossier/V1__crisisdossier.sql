-- The joint crisis file (docs/domain.md, flow 3): Veilig Thuis's crisis team, the CIT, the Raad voor de
-- Kinderbescherming and Filomena work one acute case at the same time. Organisation codes are those of
-- partners.organisatie (no foreign key across schemas). Who may see what is not here: grants live in toegang.toegang
-- (bron types CRISISDOSSIER; AANTEKENING and TAAK inside it).

create table crisisdossier (
    id                   uuid          primary key,
    versie               integer       not null,
    laatst_gewijzigd     timestamptz   not null,
    status               varchar(12)   not null check (status in ('OPEN', 'GESLOTEN')),
    initiatiefnemer      varchar(32)   not null check (initiatiefnemer ~ '^[A-Z0-9-]{2,32}$'),
    gestart_door         varchar(255)  not null,
    gestart_op           timestamptz   not null,
    wat_is_er_gebeurd    varchar(4000) not null,
    directe_veiligheid   varchar(2000) not null,
    -- the fast investigation within seven days: its clock runs from here for every co-owner
    sof7_gestart_op      timestamptz,
    sof7_afgerond_op     timestamptz,
    gesloten_op          timestamptz,
    gesloten_door        varchar(255),
    sluitingsuitkomst    varchar(12)   check (sluitingsuitkomst in ('REGULIER', 'OVERDRACHT')),
    sluitingsreden       varchar(2000),
    overdracht_id        uuid,
    -- the last number given to a live event of this file; raised under the row's lock, so that numbers follow the
    -- commit order and a reconnecting screen that saw n misses nothing after it (not mapped by JPA)
    laatste_volgnummer   bigint        not null default 0,
    check ((status = 'GESLOTEN') = (gesloten_op is not null)),
    check (status = 'OPEN' or (sluitingsuitkomst is not null and sluitingsreden is not null))
);
create index crisisdossier_lijst on crisisdossier (gestart_op desc, id desc);

-- The betrokkenen at minimal identity: enough for the partners to know whom it is about. Never a BSN: that only
-- passes through the person registry (toegang.betrokkene) to give the platform id.
create table crisisdossier_betrokkene (
    crisisdossier_id uuid         not null references crisisdossier (id),
    volgorde         integer      not null check (volgorde >= 0),
    betrokkene_id    uuid         not null,
    rol              varchar(16)  not null check (rol in ('KIND', 'OUDER', 'VERZORGER', 'SLACHTOFFER', 'PLEGER', 'ANDER')),
    voornaam         varchar(100) not null,
    achternaam       varchar(100) not null,
    geboortedatum    date,
    primary key (crisisdossier_id, volgorde)
);

-- The co-owners, the initiator among them; their grants (CRISISPARTNER) end when the file is closed.
create table crisisdossier_partner (
    crisisdossier_id uuid        not null references crisisdossier (id),
    organisatie_code varchar(32) not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    primary key (crisisdossier_id, organisatie_code)
);

-- An entry: owned by the organisation that wrote it, with one category. Never overwritten: a correction is a new
-- version (aantekening_versie), a withdrawal says so and keeps the history.
create table aantekening (
    id                 uuid          primary key,
    versie             integer       not null,
    laatst_gewijzigd   timestamptz   not null,
    crisisdossier_id   uuid          not null references crisisdossier (id),
    organisatie_code   varchar(32)   not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    auteur             varchar(200)  not null,
    soort              varchar(12)   not null check (soort in ('NOTITIE', 'OBSERVATIE', 'BEOORDELING', 'BESLUIT')),
    categorie          varchar(20)   not null,
    tekst              varchar(4000) not null,
    status             varchar(12)   not null check (status in ('GELDIG', 'INGETROKKEN')),
    intrekkingsreden   varchar(1000),
    geschreven_op      timestamptz   not null,
    check ((status = 'INGETROKKEN') = (intrekkingsreden is not null))
);
create index aantekening_tijdlijn on aantekening (crisisdossier_id, geschreven_op desc, id);

create table aantekening_versie (
    aantekening_id   uuid          not null references aantekening (id),
    versie           integer       not null,
    soort            varchar(12)   not null,
    categorie        varchar(20)   not null,
    tekst            varchar(4000) not null,
    door_naam        varchar(200)  not null,
    door_organisatie varchar(32)   not null,
    op               timestamptz   not null,
    primary key (aantekening_id, versie)
);

-- The taakverdeling: who (organisation, person) does what with which expertise, when; "gaat erheen" marks who goes to
-- the family. Optimistic versions: two partners changing one task at once get one 200 and one 412.
create table taak (
    id                  uuid          primary key,
    versie              integer       not null,
    laatst_gewijzigd    timestamptz   not null,
    crisisdossier_id    uuid          not null references crisisdossier (id),
    omschrijving        varchar(500)  not null,
    expertise           varchar(100),
    organisatie_code    varchar(32)   not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    medewerker          varchar(100),
    gaat_erheen         boolean       not null,
    gepland             timestamptz,
    status              varchar(12)   not null check (status in ('OPEN', 'ONDERWEG', 'GEDAAN', 'VERVALLEN')),
    gewijzigd_door      varchar(32)   not null
);
create index taak_dossier on taak (crisisdossier_id);

-- What happened in a file, in commit order, for the live screens: ids and kinds only. The category and author of an
-- entry let the server push it only to viewers whose grants show it.
create table livegebeurtenis (
    crisisdossier_id uuid         not null references crisisdossier (id),
    volgnummer       bigint       not null,
    soort            varchar(32)  not null,
    onderwerp_id     uuid,
    categorie        varchar(20),
    organisatie_code varchar(32),
    op               timestamptz  not null,
    primary key (crisisdossier_id, volgnummer)
);

grant usage on schema crisisdossier to ${appRol};
grant select, insert, update on crisisdossier, aantekening, taak to ${appRol};
grant select, insert on crisisdossier_betrokkene, crisisdossier_partner, aantekening_versie, livegebeurtenis to ${appRol};
