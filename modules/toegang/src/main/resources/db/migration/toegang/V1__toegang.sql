-- Grants: why an organisation (optionally one team or one person) may see one resource, for one purpose,
-- for a set of data categories, within a validity window. Indexed for the two questions the platform asks
-- on every request: "may X see Y" and "what may X list".
create table toegang (
    id               uuid         primary key,
    bron_type        varchar(40)  not null,
    bron_id          uuid         not null,
    organisatie_code varchar(32)  not null,
    team             varchar(64),
    medewerker_id    varchar(64),
    doel             varchar(20)  not null,
    categorieen      varchar(200) not null,
    reden            varchar(40)  not null,
    toelichting      varchar(1000),
    noodtoegang      boolean      not null default false,
    geldig_van       timestamptz  not null,
    geldig_tot       timestamptz,
    ingetrokken_op   timestamptz,
    ingetrokken_door varchar(64),
    verleend_door    varchar(64)  not null,
    verleend_op      timestamptz  not null,
    check (geldig_tot is null or geldig_tot > geldig_van)
);

-- "may X see Y": one index lookup by resource and organisation
create index toegang_bron_organisatie on toegang (bron_type, bron_id, organisatie_code);
-- "what may X list": the organisation's live grants per resource type
create index toegang_organisatie_bron on toegang (organisatie_code, bron_type, bron_id) where ingetrokken_op is null;

-- break-glass grants wait here for the privacy officer and the owning organisation
create table noodtoegang_beoordeling (
    toegang_id      uuid         primary key references toegang (id),
    eigenaar_code   varchar(32)  not null,
    status          varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'AKKOORD', 'AFGEKEURD')),
    beoordeeld_door varchar(64),
    beoordeeld_op   timestamptz,
    opmerking       varchar(1000)
);

create index noodtoegang_beoordeling_open on noodtoegang_beoordeling (status, eigenaar_code);

grant usage on schema toegang to ${appRol};
grant select, insert, update on toegang, noodtoegang_beoordeling to ${appRol};
