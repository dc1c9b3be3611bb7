-- The casusoverleg of the Zorg- en Veiligheidshuis (docs/domain.md, flow 2): the standing table (configuration), the
-- aanmeldingen it triages, its meetings with their ordered agenda, the invitations per agenda item and each partner's
-- inbreng. Organisation codes are those of partners.organisatie; no foreign key across schemas, so that each context
-- migrates on its own. Who may see what is not here: grants live in toegang.toegang (bron types AANMELDING, OVERLEG,
-- AGENDAPUNT inside OVERLEG, INBRENG inside AGENDAPUNT).

-- A standing table: configuration, changed by a migration (reviewed like the access policy), read by the API.
create table overlegtafel (
    id                      uuid          primary key,
    versie                  integer       not null,
    laatst_gewijzigd        timestamptz   not null,
    naam                    varchar(200)  not null unique,
    voorzitter_organisatie  varchar(32)   not null check (voorzitter_organisatie ~ '^[A-Z0-9-]{2,32}$'),
    organisator_organisatie varchar(32)   not null check (organisator_organisatie ~ '^[A-Z0-9-]{2,32}$'),
    doel                    varchar(20)   not null check (doel = 'CASUSOVERLEG'),
    grondslag               varchar(300)  not null,
    -- an invitation to an agenda item ends this many days after the meeting
    toegangsvenster_dagen   integer       not null default 14 check (toegangsvenster_dagen between 1 and 90),
    -- the organiser triages an aanmelding within this many working days
    triagetermijn_werkdagen integer       not null default 5 check (triagetermijn_werkdagen between 1 and 65),
    -- the table's shared copy of a closed case is kept this long after afschaling
    bewaartermijn_maanden   integer       not null check (bewaartermijn_maanden between 1 and 240),
    bewaarregel             varchar(1000) not null
);

create table overlegtafel_lid (
    overlegtafel_id  uuid        not null references overlegtafel (id),
    organisatie_code varchar(32) not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    primary key (overlegtafel_id, organisatie_code)
);

create table overlegtafel_criterium (
    overlegtafel_id uuid         not null references overlegtafel (id),
    volgorde        integer      not null check (volgorde >= 0),
    code            varchar(40)  not null check (code ~ '^[A-Z_]{2,40}$'),
    omschrijving    varchar(500) not null,
    primary key (overlegtafel_id, volgorde),
    unique (overlegtafel_id, code)
);

-- A case registered by a member partner; after acceptance it is the case the table works on until afschaling.
create table aanmelding (
    id                      uuid          primary key,
    versie                  integer       not null,
    laatst_gewijzigd        timestamptz   not null,
    overlegtafel_id         uuid          not null references overlegtafel (id),
    status                  varchar(24)   not null
        check (status in ('INGEDIEND', 'AANVULLING_GEVRAAGD', 'GEACCEPTEERD', 'AFGEWEZEN', 'AFGESCHAALD')),
    aanmeldende_organisatie varchar(32)   not null check (aanmeldende_organisatie ~ '^[A-Z0-9-]{2,32}$'),
    aangemaakt_door         varchar(255)  not null,
    aangemaakt_op           timestamptz   not null,
    -- (re)submitted: the triage term runs from here
    ingediend_op            timestamptz   not null,
    vraag                   varchar(1000) not null,
    afgeschaald_op          timestamptz,
    bewaren_tot             date,
    check ((status = 'AFGESCHAALD') = (afgeschaald_op is not null)),
    check ((afgeschaald_op is null) = (bewaren_tot is null))
);
-- the organiser's triage queue and every list: oldest submission first (keyset on the last two)
create index aanmelding_triage on aanmelding (overlegtafel_id, status, ingediend_op, id);
create index aanmelding_ingediend on aanmelding (ingediend_op, id);

-- the betrokkenen at minimal identity: no BSN, no address
create table aanmelding_betrokkene (
    aanmelding_id uuid         not null references aanmelding (id),
    volgorde      integer      not null check (volgorde >= 0),
    betrokkene_id uuid         not null,
    rol           varchar(24)  not null check (rol in ('SLACHTOFFER', 'VERMOEDELIJKE_PLEGER', 'KIND', 'OUDER', 'OVERIG')),
    voornaam      varchar(100) not null,
    achternaam    varchar(100) not null,
    geboortedatum date,
    primary key (aanmelding_id, volgorde)
);

create table aanmelding_criterium (
    aanmelding_id uuid         not null references aanmelding (id),
    volgorde      integer      not null check (volgorde >= 0),
    criterium     varchar(40)  not null,
    voldaan       boolean      not null,
    toelichting   varchar(500) not null,
    primary key (aanmelding_id, volgorde)
);

create table aanmelding_voorgestelde_partner (
    aanmelding_id    uuid        not null references aanmelding (id),
    volgorde         integer     not null check (volgorde >= 0),
    organisatie_code varchar(32) not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    primary key (aanmelding_id, volgorde)
);

-- every status change with who, when and why (the aanmelder reads the outcome here); append-only
create table aanmelding_overgang (
    id               uuid          primary key,
    aanmelding_id    uuid          not null references aanmelding (id),
    volgnummer       integer       not null check (volgnummer > 0),
    van              varchar(24),
    naar             varchar(24)   not null,
    medewerker_id    varchar(255)  not null,
    medewerker_naam  varchar(255)  not null,
    organisatie_code varchar(32)   not null,
    op               timestamptz   not null,
    reden            varchar(2000),
    unique (aanmelding_id, volgnummer),
    check (naar not in ('AFGEWEZEN', 'AANVULLING_GEVRAAGD', 'AFGESCHAALD') or reden is not null)
);

-- A meeting of the table. No personal data: the screen asks not to put a family's address in plaats.
create table overleg (
    id                      uuid         primary key,
    versie                  integer      not null,
    laatst_gewijzigd        timestamptz  not null,
    overlegtafel_id         uuid         not null references overlegtafel (id),
    datum                   date         not null,
    aanvang                 time         not null,
    einde                   time,
    plaats                  varchar(200),
    online_link             varchar(500),
    voorzitter              varchar(200) not null,
    voorzitter_organisatie  varchar(32)  not null,
    notulist                varchar(200) not null,
    organisator_organisatie varchar(32)  not null,
    gepland_door            varchar(255) not null,
    gepland_door_naam       varchar(255) not null,
    gepland_op              timestamptz  not null,
    check (plaats is not null or online_link is not null),
    check (einde is null or einde > aanvang)
);
create index overleg_datum on overleg (datum, aanvang, id);

-- One case on one meeting's agenda, in order. The overleg's version moves with every change of its agenda.
create table agendapunt (
    id               uuid        primary key,
    versie           integer     not null,
    laatst_gewijzigd timestamptz not null,
    overleg_id       uuid        not null references overleg (id),
    volgnummer       integer     not null check (volgnummer > 0),
    aanmelding_id    uuid        not null references aanmelding (id),
    status           varchar(20) not null check (status in ('OPEN', 'AFGESCHAALD')),
    toegevoegd_door  varchar(255) not null,
    toegevoegd_op    timestamptz not null,
    unique (overleg_id, aanmelding_id),
    -- deferred: reordering moves numbers through values another item still holds until the commit
    constraint agendapunt_volgnummer unique (overleg_id, volgnummer) deferrable initially deferred
);
create index agendapunt_aanmelding on agendapunt (aanmelding_id);

-- Who is invited to an item; the invitation's grant (toegang_id) is what opens the item.
create table uitnodiging (
    id                    uuid         primary key,
    agendapunt_id         uuid         not null references agendapunt (id),
    organisatie_code      varchar(32)  not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    categorieen           varchar(200) not null check (categorieen ~ '^([A-Z_]+(,[A-Z_]+)*)?$'),
    toegang_id            uuid         not null,
    geldig_tot            timestamptz  not null,
    uitgenodigd_door      varchar(255) not null,
    uitgenodigd_door_naam varchar(255) not null,
    uitgenodigd_op        timestamptz  not null,
    beeindigd_op          timestamptz,
    unique (agendapunt_id, organisatie_code)
);

-- A partner's own contribution to an item; it stays the partner's (controller), a draft until shared.
create table inbreng (
    id               uuid         primary key,
    versie           integer      not null,
    laatst_gewijzigd timestamptz  not null,
    agendapunt_id    uuid         not null references agendapunt (id),
    organisatie_code varchar(32)  not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    status           varchar(20)  not null check (status in ('CONCEPT', 'GEDEELD', 'INGETROKKEN')),
    aangemaakt_door  varchar(255) not null,
    aangemaakt_op    timestamptz  not null,
    gedeeld_op       timestamptz,
    ingetrokken_op   timestamptz,
    unique (agendapunt_id, organisatie_code),
    check (status = 'CONCEPT' or gedeeld_op is not null or status = 'INGETROKKEN'),
    check ((status = 'INGETROKKEN') = (ingetrokken_op is not null))
);

create table inbreng_deel (
    inbreng_id uuid          not null references inbreng (id),
    volgorde   integer       not null check (volgorde >= 0),
    categorie  varchar(24)   not null check (categorie ~ '^[A-Z_]+$'),
    grondslag  varchar(200)  not null,
    tekst      varchar(4000) not null,
    primary key (inbreng_id, volgorde)
);

-- HAPI-style history: the inbreng as it was at each version, written with every change; append-only
create table inbreng_versie (
    inbreng_id          uuid         not null references inbreng (id),
    versie              integer      not null check (versie > 0),
    status              varchar(20)  not null,
    delen               jsonb        not null check (jsonb_typeof(delen) = 'array'),
    gewijzigd_op        timestamptz  not null,
    gewijzigd_door      varchar(255) not null,
    gewijzigd_door_naam varchar(255) not null,
    primary key (inbreng_id, versie)
);

-- the application's runtime role: configuration is read-only; history is append-only; the element collections of an
-- aanmelding and an inbreng are replaced as a whole (delete and insert), their owners never deleted
grant usage on schema casusoverleg to ${appRol};
grant select on overlegtafel, overlegtafel_lid, overlegtafel_criterium to ${appRol};
grant select, insert, update on aanmelding, overleg, agendapunt, uitnodiging, inbreng to ${appRol};
grant select, insert, update, delete on aanmelding_betrokkene, aanmelding_criterium, aanmelding_voorgestelde_partner,
    inbreng_deel to ${appRol};
grant select, insert on aanmelding_overgang, inbreng_versie to ${appRol};
