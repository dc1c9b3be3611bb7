-- Verzoeken van betrokkenen (issue 15): a data subject's request (inzage, correctie, vernietiging, beperking, bezwaar)
-- registered at one contact point (Veilig Thuis for its own processing, the Zorg- en Veiligheidshuis for the joint
-- processing of the casusoverleg), with its legal clock, fanned out as one deelverzoek per organisation that holds or
-- received data about the person.
-- The person is kept only as the registry's keyed hashes (BSN and/or name + date of birth, see betrokkene.persoon and
-- betrokkene.naamkenmerk) and the platform ids they matched at registration, plus a short reference the contact point
-- typed (initials and its own file number): never the BSN, the name or the date, never the requester's address. The
-- contact point answers the requester from its own registration, which that reference points to.
create table verzoek (
    id                 uuid          primary key,
    versie             integer       not null default 0,
    soort              varchar(20)   not null check (soort in ('INZAGE', 'CORRECTIE', 'VERNIETIGING', 'BEPERKING', 'BEZWAAR')),
    contactpunt        varchar(32)   not null,
    weergave           varchar(40)   not null,
    bsn_kenmerk        bytea         check (bsn_kenmerk is null or octet_length(bsn_kenmerk) = 32),
    naam_kenmerk       bytea         check (naam_kenmerk is null or octet_length(naam_kenmerk) = 32),
    betrokkenen        uuid[]        not null,
    ontvangen_op       date          not null,
    -- written by the application (one calendar month after receipt, three after an extension), kept here so that
    -- "te laat" can be counted in SQL for Mijn werk
    uiterlijk_op       date          not null,
    verlenging_reden   varchar(1000),
    verlengd_door      varchar(200),
    verlengd_op        timestamptz,
    geinformeerd_op    date,
    geinformeerd_door  varchar(200),
    geregistreerd_door varchar(200)  not null,
    geregistreerd_op   timestamptz   not null,
    check (bsn_kenmerk is not null or naam_kenmerk is not null),
    check ((verlenging_reden is null) = (verlengd_op is null)),
    check ((geinformeerd_op is null) = (geinformeerd_door is null))
);
create index verzoek_contactpunt on verzoek (contactpunt, uiterlijk_op);

-- one part per organisation; bronnen lists its resources about the person as 'TYPE:uuid' (ids, no content), so that
-- it knows where to look in its own files
create table deelverzoek (
    id               uuid          primary key,
    verzoek_id       uuid          not null references verzoek (id),
    versie           integer       not null default 0,
    organisatie_code varchar(32)   not null,
    bronnen          text[]        not null default '{}',
    status           varchar(20)   not null default 'OPEN' check (status in ('OPEN', 'BEANTWOORD')),
    antwoord         varchar(2000),
    beantwoord_door  varchar(200),
    beantwoord_op    timestamptz,
    -- the police or the OM releases its holdings for the inzage report with its answer (otherwise they are withheld:
    -- lopend strafrechtelijk onderzoek); only an answered part can release
    vrijgegeven      boolean       not null default false,
    unique (verzoek_id, organisatie_code),
    check ((status = 'OPEN') = (antwoord is null)),
    check ((status = 'OPEN') = (beantwoord_op is null)),
    check (status = 'BEANTWOORD' or not vrijgegeven)
);
create index deelverzoek_organisatie on deelverzoek (organisatie_code, status);

grant select, insert, update on verzoek, deelverzoek to ${appRol};
