-- The confidentiality statement (geheimhoudingsverklaring): once per meeting per person, before the content of any of
-- its agenda items opens (CSO-020). Who confirmed and when; nothing else. Written with "on conflict do nothing", so a
-- second confirmation (or two at once) keeps the first moment.
create table geheimhoudingsverklaring (
    overleg_id       uuid         not null references overleg (id),
    medewerker_id    varchar(255) not null,
    organisatie_code varchar(32)  not null check (organisatie_code ~ '^[A-Z0-9-]{2,32}$'),
    bevestigd_op     timestamptz  not null,
    primary key (overleg_id, medewerker_id)
);

-- append-only: a confirmation is never taken back or changed
grant select, insert on geheimhoudingsverklaring to ${appRol};
