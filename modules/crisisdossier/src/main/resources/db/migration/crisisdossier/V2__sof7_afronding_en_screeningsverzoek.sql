-- Two tracks with clocks of issue 13.
-- SOF7 done: who recorded it (an organisation code) and the short conclusion; sof7_afgerond_op existed already.
alter table crisisdossier
    add column sof7_conclusie     varchar(2000),
    add column sof7_afgerond_door varchar(32) check (sof7_afgerond_door ~ '^[A-Z0-9-]{2,32}$'),
    add check ((sof7_afgerond_op is null) = (sof7_conclusie is null)),
    add check (sof7_afgerond_op is null or sof7_gestart_op is not null);

-- A co-owner's request to Filomena's one-stop team (the Centrum HGKM partner of the file, 'uitvoerder') for a
-- forensic and/or medical screening. The question (vraag) is health data (category GEZONDHEID, owned by the asking
-- organisation): the category filter decides per reader whether it is shown; the status is for every co-owner.
-- Optimistic versions: two Filomena workers moving one request at once get one 200 and one 412.
create table screeningsverzoek (
    id                uuid          primary key,
    versie            integer       not null,
    laatst_gewijzigd  timestamptz   not null,
    crisisdossier_id  uuid          not null references crisisdossier (id),
    soort             varchar(20)   not null check (soort in ('FORENSISCH_MEDISCH', 'MEDISCH', 'FORENSISCH')),
    vraag             varchar(2000) not null,
    spoed             boolean       not null,
    aangevraagd_door  varchar(32)   not null check (aangevraagd_door ~ '^[A-Z0-9-]{2,32}$'),
    aangevraagd_op    timestamptz   not null,
    uitvoerder        varchar(32)   not null check (uitvoerder ~ '^[A-Z0-9-]{2,32}$'),
    status            varchar(12)   not null check (status in ('AANGEVRAAGD', 'INGEPLAND', 'UITGEVOERD', 'AFGEWEZEN')),
    gepland           timestamptz,
    afwijzingsreden   varchar(1000),
    gewijzigd_door    varchar(32)   not null,
    check (status <> 'INGEPLAND' or gepland is not null),
    check ((status = 'AFGEWEZEN') = (afwijzingsreden is not null))
);
create index screeningsverzoek_dossier on screeningsverzoek (crisisdossier_id, aangevraagd_op);

grant select, insert, update on screeningsverzoek to ${appRol};
