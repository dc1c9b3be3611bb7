-- An action agreed at an agenda item: one organisation does something by a date. The owner's grant (ACTIEHOUDER on
-- the ACTIE, in toegang.toegang) opens it, also after the item's window and after afschaling, until it is closed.
-- overleg_id and aanmelding_id are copies of the item's, for the list filter (a grant on the meeting lists its
-- actions) and for the open actions of a case at its next item.
create table actie (
    id                   uuid          primary key,
    versie               integer       not null,
    laatst_gewijzigd     timestamptz   not null,
    agendapunt_id        uuid          not null references agendapunt (id),
    overleg_id           uuid          not null references overleg (id),
    aanmelding_id        uuid          not null references aanmelding (id),
    eigenaar_organisatie varchar(32)   not null check (eigenaar_organisatie ~ '^[A-Z0-9-]{2,32}$'),
    omschrijving         varchar(1000) not null,
    uiterlijk            date          not null,
    status               varchar(20)   not null check (status in ('OPEN', 'GEDAAN', 'NIET_GEDAAN')),
    reden                varchar(2000),
    toegewezen_door      varchar(255)  not null,
    toegewezen_op        timestamptz   not null,
    afgerond_door        varchar(255),
    afgerond_op          timestamptz,
    check ((status = 'OPEN') = (afgerond_op is null)),
    check (status <> 'NIET_GEDAAN' or reden is not null)
);
create index actie_agendapunt on actie (agendapunt_id);
create index actie_aanmelding on actie (aanmelding_id, status);
create index actie_eigenaar on actie (eigenaar_organisatie, status, uiterlijk);
create index actie_lijst on actie (uiterlijk, id);

grant select, insert, update on actie to ${appRol};
