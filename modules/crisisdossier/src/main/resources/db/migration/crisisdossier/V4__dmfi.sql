-- DMFI (intensive multi-sector direction): one casusregisseur per crisis file, from a co-owner organisation, and the
-- partners' review moments with their clock (a planned moment past its time is overdue until somebody records it).
-- Working data about professionals and planning; what the partners decided is an entry in the file, under its category.
create table dmfi_regie (
    crisisdossier_id           uuid          primary key references crisisdossier (id),
    versie                     integer       not null,
    gestart_op                 timestamptz   not null,
    gestart_door               varchar(32)   not null check (gestart_door ~ '^[A-Z0-9-]{2,32}$'),
    casusregisseur_organisatie varchar(32)   not null check (casusregisseur_organisatie ~ '^[A-Z0-9-]{2,32}$'),
    casusregisseur_naam        varchar(100)  not null,
    casusregisseur_telefoon    varchar(20),
    laatst_gewijzigd           timestamptz   not null,
    gewijzigd_door             varchar(32)   not null check (gewijzigd_door ~ '^[A-Z0-9-]{2,32}$')
);

create table dmfi_evaluatiemoment (
    id               uuid          primary key,
    versie           integer       not null,
    crisisdossier_id uuid          not null references dmfi_regie (crisisdossier_id),
    gepland_op       timestamptz   not null,
    onderwerp        varchar(200)  not null,
    gepland_door     varchar(32)   not null check (gepland_door ~ '^[A-Z0-9-]{2,32}$'),
    status           varchar(12)   not null check (status in ('GEPLAND', 'GEHOUDEN', 'VERVALLEN')),
    vastgelegd_op    timestamptz,
    vastgelegd_door  varchar(32)   check (vastgelegd_door ~ '^[A-Z0-9-]{2,32}$'),
    toelichting      varchar(500),
    check ((status = 'GEPLAND') = (vastgelegd_op is null)),
    check (status <> 'VERVALLEN' or toelichting is not null)
);

-- the list's "next review / overdue" per file reads the planned moments of a page of files at once
create index dmfi_evaluatiemoment_gepland on dmfi_evaluatiemoment (crisisdossier_id, gepland_op) where status = 'GEPLAND';

grant select, insert, update on dmfi_regie to ${appRol};
grant select, insert, update on dmfi_evaluatiemoment to ${appRol};
