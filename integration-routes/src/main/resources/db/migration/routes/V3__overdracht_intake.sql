-- Route overdracht-intake: overdrachtconcepten uit het registratiesysteem van Veilig Thuis.
-- Geen zaakinhoud of persoonsgegevens: alleen het id in het bronsysteem, de uitkomst en de reden.

-- Idempotentie op bron_id: wat de API met dit bronId deed (aangemaakt, of afgewezen met code en reden).
-- Dezelfde bron_id nog eens maakt niets aan en krijgt deze uitkomst terug.
create table overdracht_intake (
    bron_id        varchar(100)  not null,
    uitkomst       varchar(20)   not null,  -- AANGEMAAKT of AFGEWEZEN
    overdracht_id  varchar(100),
    locatie        varchar(2000),
    foutcode       varchar(100),
    reden          varchar(2000),
    kanaal         varchar(20)   not null,  -- BESTAND of HTTP (eerste aanlevering)
    verwerkt_op    timestamptz   not null default now(),
    constraint overdracht_intake_pk primary key (bron_id),
    constraint overdracht_intake_uitkomst check (uitkomst in ('AANGEMAAKT', 'AFGEWEZEN'))
);

-- Dode brieven van de intake: ongeldige enveloppen (ook zonder bruikbaar bronId) en afwijzingen door de API.
create table intake_dode_brief (
    id             bigserial     not null,
    bron_id        varchar(100),
    kanaal         varchar(20)   not null,
    herkomst       varchar(500),            -- bestandsnaam of 'http'
    foutcode       varchar(100)  not null,  -- VALIDATIE of de code uit het probleem van de API
    reden          varchar(2000) not null,
    http_status    integer,
    ontvangen_op   timestamptz   not null default now(),
    constraint intake_dode_brief_pk primary key (id)
);
create index intake_dode_brief_bron on intake_dode_brief (bron_id);
