-- Issue 15, bewaartermijnen: the destruction of what is past its term. A daily job proposes a list
-- (vernietigingslijst) of what is due and not under a legal hold; the functionaris gegevensbescherming approves it and
-- carries it out; each destroyed resource leaves a tombstone (grafsteen) and its logboek rows. Destroyed means: the
-- flow deletes its rows, and access deletes the grants and betrokkenen of the resource (below the grants).
create table vernietigingslijst (
    id               uuid         primary key,
    versie           integer      not null,
    opgesteld_op     timestamptz  not null,
    -- the day the list was drawn up for: everything on it had its destruction date on or before this day
    peildatum        date         not null,
    status           varchar(20)  not null check (status in ('VOORGESTELD', 'GOEDGEKEURD', 'UITGEVOERD')),
    goedgekeurd_door      varchar(64),
    goedgekeurd_door_naam varchar(200),
    goedgekeurd_op        timestamptz,
    uitgevoerd_op         timestamptz,
    check ((status = 'VOORGESTELD') = (goedgekeurd_op is null)),
    check ((goedgekeurd_op is null) = (goedgekeurd_door is null)),
    check ((status = 'UITGEVOERD') = (uitgevoerd_op is not null))
);
create index vernietigingslijst_nieuwste on vernietigingslijst (opgesteld_op desc, id desc);

-- One resource on a list. A resource is listed at most once while it exists (the primary key): the job never proposes
-- it twice. A legal hold takes it off its list (the row goes); destroyed, it stays as the list's record.
create table vernietigingsitem (
    brontype           varchar(40)  not null,
    bron_id            uuid         not null,
    lijst_id           uuid         not null references vernietigingslijst (id),
    eigenaar           varchar(32)  not null check (eigenaar ~ '^[A-Z0-9-]{2,32}$'),
    eigenaartype       varchar(40)  not null,
    klokstart          timestamptz  not null,
    vernietigingsdatum date         not null,
    -- the rule as the register reads it, e.g. "20 jaar na afsluiting"
    regel              varchar(200) not null,
    vernietigd_op      timestamptz,
    primary key (brontype, bron_id)
);
create index vernietigingsitem_lijst on vernietigingsitem (lijst_id, brontype, bron_id);

-- A legal hold (bewaarplicht): while it stands the resource is never proposed. Lifting it deletes the row; both the
-- putting and the lifting are in the logboek, with the reason.
create table bewaarplicht (
    brontype          varchar(40)   not null,
    bron_id           uuid          not null,
    reden             varchar(1000) not null,
    opgelegd_door     varchar(64)   not null,
    opgelegd_door_naam varchar(200) not null,
    opgelegd_op       timestamptz   not null,
    primary key (brontype, bron_id)
);

-- What remains of a destroyed resource: no content, no betrokkenen; its ids, owner, dates and who approved.
create table grafsteen (
    brontype              varchar(40)  not null,
    bron_id               uuid         not null,
    eigenaar              varchar(32)  not null,
    klokstart             timestamptz  not null,
    vernietigingsdatum    date         not null,
    regel                 varchar(200) not null,
    vernietigd_op         timestamptz  not null,
    lijst_id              uuid         not null references vernietigingslijst (id),
    goedgekeurd_door      varchar(64)  not null,
    goedgekeurd_door_naam varchar(200) not null,
    primary key (brontype, bron_id)
);
create index grafsteen_lijst on grafsteen (lijst_id);

grant select, insert, update on vernietigingslijst, vernietigingsitem to ${appRol};
grant select, insert, delete on bewaarplicht to ${appRol};
grant delete on vernietigingsitem to ${appRol};
grant select, insert on grafsteen to ${appRol};
-- destruction removes the grants of the destroyed resource, and the review verdicts on its break-glass grants
grant delete on toegang, noodtoegang_oordeel to ${appRol};
