-- overdracht-bezorging per ontvanger (issue 10): één kapotte ontvanger houdt alleen zichzelf op.
-- bezorg_cursor blijft de leescursor van de feed: tot en met dit volgnummer is alles gelezen én per ontvanger in
-- de wachtrij gezet (of, van vóór V4, al bezorgd of dood verklaard). Bestaande toestand blijft dus geldig:
-- de oude cursor betekende "alles tot hier klaar", dus er hoeft niets in de wachtrij.

-- Wat een ontvanger nog moet krijgen, op volgorde van de feed. Een gebeurtenis met meer ontvangers
-- staat er één keer per ontvanger in. De rij verdwijnt als ze bezorgd of dood verklaard is.
create table bezorg_wachtrij (
    organisatie     varchar(64)   not null,
    volgnummer      bigint        not null,
    gebeurtenis_id  varchar(100)  not null,
    type            varchar(200)  not null,
    bron            varchar(500)  not null,
    onderwerp       varchar(2000) not null,
    tijdstip        varchar(64)   not null,
    eigenaar        varchar(3300),
    in_wachtrij_op  timestamptz   not null default now(),
    constraint bezorg_wachtrij_pk primary key (organisatie, volgnummer)
);

-- Voortgang per ontvanger: tot en met welk volgnummer alles voor deze organisatie bezorgd of dood is.
create table bezorg_ontvanger (
    organisatie    varchar(64) not null,
    volgnummer     bigint      not null,
    bijgewerkt_op  timestamptz not null default now(),
    constraint bezorg_ontvanger_pk primary key (organisatie)
);

-- "Al bezorgd" per ontvanger: dezelfde gebeurtenis gaat naar elke ontvanger één keer per kanaal.
alter table bezorgd drop constraint bezorgd_pk;
alter table bezorgd add constraint bezorgd_pk primary key (gebeurtenis_id, organisatie, kanaal);

-- Een dode brief per gebeurtenis en ontvanger.
alter table dode_brief drop constraint dode_brief_pk;
alter table dode_brief add constraint dode_brief_pk primary key (gebeurtenis_id, organisatie);
-- eigenaren van een gebeurtenis met meer eigenaren, met komma's (hoogstens 50 codes)
alter table dode_brief alter column eigenaar type varchar(3300);
