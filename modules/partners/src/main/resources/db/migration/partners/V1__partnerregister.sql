-- The regional partner register: municipalities of the working area and partner organisations.
create table gemeente (
    code        varchar(6)   primary key check (code ~ '^GM[0-9]{4}$'),
    naam        varchar(100) not null,
    opgegaan_in varchar(100)
);

create table gebied (
    gemeente_code varchar(6)   not null references gemeente (code),
    naam          varchar(100) not null,
    regio         varchar(20)  not null check (regio in ('NOORD', 'OOST', 'ROTTERDAM_ZUID', 'ZUID_WEST')),
    primary key (gemeente_code, naam)
);

create table organisatie (
    id                        uuid         primary key,
    versie                    integer      not null,
    laatst_gewijzigd          timestamptz  not null,
    code                      varchar(32)  not null unique check (code ~ '^[A-Z0-9-]{2,32}$'),
    naam                      varchar(200) not null,
    type                      varchar(40)  not null,
    bovenliggende_organisatie varchar(32)
);

create index organisatie_type_code on organisatie (type, code);

create table organisatie_gemeente (
    organisatie_id uuid       not null references organisatie (id) on delete cascade,
    volgorde       integer    not null,
    gemeente_code  varchar(6) not null references gemeente (code),
    primary key (organisatie_id, volgorde)
);

create index organisatie_gemeente_gemeente on organisatie_gemeente (gemeente_code, organisatie_id);

-- the application's runtime role reads the register and lets the register feed maintain it
grant usage on schema partners to ${appRol};
grant select on gemeente, gebied to ${appRol};
grant select, insert, update on organisatie to ${appRol};
grant select, insert, update, delete on organisatie_gemeente to ${appRol};
