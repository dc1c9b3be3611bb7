-- Monitoring after an accepted overdracht (issue 4, docs/domain.md flow 1): Veilig Thuis asks the directbetrokkene
-- and the professional for a safety score 0-10 at 3 and at 12 months after acceptance (KPI: at least 65 % score 6
-- or more). Both moments are planned in the same transaction as the acceptance. Only the two scores are kept: no
-- free text, so no case narrative ends up here (that stays in Veilig Thuis's own registration system).
create table monitoringmoment (
    id                     uuid         primary key,
    versie                 integer      not null,
    laatst_gewijzigd       timestamptz  not null,
    overdracht_id          uuid         not null references overdracht (id),
    -- the organisation that monitors: the owner of the overdracht (Veilig Thuis)
    eigenaar_organisatie   varchar(32)  not null check (eigenaar_organisatie ~ '^[A-Z0-9-]{2,32}$'),
    maanden_na_acceptatie  smallint     not null check (maanden_na_acceptatie in (3, 12)),
    -- a working day in the Netherlands (Werkdagkalender), on or after acceptance date + the months
    gepland_op             date         not null,
    score_directbetrokkene smallint     check (score_directbetrokkene between 0 and 10),
    score_professional     smallint     check (score_professional between 0 and 10),
    uitgevoerd_op          timestamptz,
    uitgevoerd_door        varchar(255),
    uitgevoerd_door_naam   varchar(255),
    unique (overdracht_id, maanden_na_acceptatie),
    -- recorded means both scores and who recorded them; planned means none of it
    check ((uitgevoerd_op is null) = (score_directbetrokkene is null)
           and (uitgevoerd_op is null) = (score_professional is null)
           and (uitgevoerd_op is null) = (uitgevoerd_door is null))
);

-- "our moments by planned date" (the Monitoring page, keyset paging on the last two) and the kengetallen
create index monitoringmoment_planning on monitoringmoment (eigenaar_organisatie, gepland_op, id);

-- the runtime role plans and records; a moment is never deleted
grant select, insert, update on monitoringmoment to ${appRol};
