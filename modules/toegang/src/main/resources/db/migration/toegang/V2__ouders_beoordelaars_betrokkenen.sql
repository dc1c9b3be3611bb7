-- Issue "One access core for every flow".
-- 1. A grant may be on a resource that belongs to another (an agenda item of a meeting, an entry of a crisis
--    file): the parent is kept with it, so "what may X list within this meeting" is one indexed question.
alter table toegang add column ouder_type varchar(40);
alter table toegang add column ouder_id uuid;
-- the display name of who opened a break-glass grant, for the reviewers (the id alone tells them nothing)
alter table toegang add column verleend_door_naam varchar(200);
alter table toegang add check ((ouder_type is null) = (ouder_id is null));
create index toegang_ouder on toegang (ouder_type, ouder_id, organisatie_code) where ouder_id is not null;

-- 2. A break-glass opening is reviewed by the privacy officer (beoordelaar 'FG') and by every owning organisation
--    (a crisis file has several): one row per reviewer. Old rows become two (FG and the one owner), with the old
--    verdicts renamed to what the reviewer judges: justified or not.
create table noodtoegang_oordeel (
    toegang_id      uuid          not null references toegang (id),
    beoordelaar     varchar(32)   not null check (beoordelaar ~ '^[A-Z0-9-]{2,32}$'),
    status          varchar(24)   not null default 'OPEN'
                        check (status in ('OPEN', 'GERECHTVAARDIGD', 'NIET_GERECHTVAARDIGD')),
    beoordeeld_door varchar(64),
    beoordeeld_op   timestamptz,
    opmerking       varchar(1000),
    primary key (toegang_id, beoordelaar),
    -- a verdict is complete or absent: who, when; a "not justified" verdict always says why
    check ((status = 'OPEN') = (beoordeeld_op is null)),
    check ((status = 'OPEN') = (beoordeeld_door is null)),
    check (status <> 'NIET_GERECHTVAARDIGD' or opmerking is not null)
);
insert into noodtoegang_oordeel (toegang_id, beoordelaar, status, beoordeeld_door, beoordeeld_op, opmerking)
select b.toegang_id, r.beoordelaar,
       case when r.beoordelaar = 'FG' then case b.status when 'AKKOORD' then 'GERECHTVAARDIGD'
                                                          when 'AFGEKEURD' then 'NIET_GERECHTVAARDIGD' else 'OPEN' end
            else 'OPEN' end,
       case when r.beoordelaar = 'FG' and b.status <> 'OPEN' then coalesce(b.beoordeeld_door, 'onbekend') end,
       case when r.beoordelaar = 'FG' and b.status <> 'OPEN' then coalesce(b.beoordeeld_op, now()) end,
       case when r.beoordelaar = 'FG' and b.status = 'AFGEKEURD' then coalesce(b.opmerking, '(geen toelichting)')
            when r.beoordelaar = 'FG' then b.opmerking end
from noodtoegang_beoordeling b
cross join lateral (values ('FG'), (b.eigenaar_code)) as r (beoordelaar);
drop table noodtoegang_beoordeling;
create index noodtoegang_oordeel_open on noodtoegang_oordeel (beoordelaar, status);

-- 3. The betrokkenen of each resource, kept by the flow that owns it whenever its content changes, so that the
--    gate can name them on a refusal (the logboek may name persons the caller never sees) and "everything about
--    this person" can be asked across flows.
create table bron_betrokkene (
    bron_type    varchar(40) not null,
    bron_id      uuid        not null,
    betrokkene_id uuid       not null,
    primary key (bron_type, bron_id, betrokkene_id)
);
create index bron_betrokkene_persoon on bron_betrokkene (betrokkene_id);

grant select, insert, update on noodtoegang_oordeel to ${appRol};
grant select, insert, delete on bron_betrokkene to ${appRol};
