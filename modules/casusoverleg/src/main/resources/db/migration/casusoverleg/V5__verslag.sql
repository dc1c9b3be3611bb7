-- Meeting mode per agenda item: who was there, and the minutes (analysis, decisions, plan of aanpak, casusregisseur),
-- written by the organiser or the chair with the item's version (If-Match). Organisations only in the attendance.
alter table agendapunt
    add column gezamenlijke_analyse       varchar(4000), -- "analyse" is a reserved word in PostgreSQL
    add column besluiten                  varchar(4000),
    add column plan_van_aanpak            varchar(4000),
    add column casusregisseur_organisatie varchar(32) check (casusregisseur_organisatie ~ '^[A-Z0-9-]{2,32}$'),
    add column casusregisseur_naam        varchar(200),
    add column verslag_door               varchar(255),
    add column verslag_op                 timestamptz,
    add check ((casusregisseur_organisatie is null) = (casusregisseur_naam is null));

create table aanwezigheid (
    agendapunt_id    uuid        not null references agendapunt (id),
    volgorde         integer     not null check (volgorde >= 0),
    organisatie_code varchar(32) not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    aanwezig         boolean     not null,
    primary key (agendapunt_id, volgorde)
);

-- replaced as a whole with every change of the attendance
grant select, insert, update, delete on aanwezigheid to ${appRol};
