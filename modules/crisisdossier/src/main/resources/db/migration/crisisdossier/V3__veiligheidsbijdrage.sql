-- The joint veiligheidsbeoordeling and veiligheidsplan of a crisis file: each partner organisation writes its own part
-- (its judgement, risk and protective factors, the safety agreements it carries), structured like flow 1's sections.
-- One current part per organisation per file; every change also lands in the version table, so the history of what a
-- partner judged at which moment is never lost. Lists are stored one item per line (an item holds no line break).
-- (V3: V2 is the tracks' migration.)
create table veiligheidsbijdrage (
    id                    uuid          primary key,
    crisisdossier_id      uuid          not null references crisisdossier (id),
    organisatie_code      varchar(32)   not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    versie                integer       not null,
    laatst_gewijzigd      timestamptz   not null,
    gewijzigd_door        varchar(64)   not null,
    oordeel               varchar(20)   not null check (oordeel in ('ACUUT_ONVEILIG', 'ONVEILIG', 'VOORLOPIG_VEILIG')),
    risicofactoren        varchar(20000) not null,
    beschermende_factoren varchar(20000) not null,
    afspraken             varchar(20000) not null,
    unique (crisisdossier_id, organisatie_code)
);

create table veiligheidsbijdrage_versie (
    bijdrage_id           uuid          not null references veiligheidsbijdrage (id),
    versie                integer       not null,
    op                    timestamptz   not null,
    door                  varchar(64)   not null,
    oordeel               varchar(20)   not null,
    risicofactoren        varchar(20000) not null,
    beschermende_factoren varchar(20000) not null,
    afspraken             varchar(20000) not null,
    primary key (bijdrage_id, versie)
);

grant select, insert, update on veiligheidsbijdrage to ${appRol};
grant select, insert on veiligheidsbijdrage_versie to ${appRol};
