-- Route overdracht-bezorging: cursor in de gebeurtenissenfeed, wat per kanaal bezorgd is, en de
-- duurzame dode-brievenbus. Alleen gegevens uit de (datarme) feed: ids, typen, organisatiecodes, URL's.

-- Tot en met welk volgnummer van de feed alles bezorgd of dood verklaard is.
create table bezorg_cursor (
    feed         varchar(100) not null,
    volgnummer   bigint       not null,
    bijgewerkt_op timestamptz not null default now(),
    constraint bezorg_cursor_pk primary key (feed)
);

-- Per gebeurtenis en kanaal (WEBHOOK, MAIL): gelukt. Voorkomt een tweede webhook of mail na een
-- herstart of bij het herhalen van een dode brief waarvan één kanaal al gelukt was.
create table bezorgd (
    gebeurtenis_id  varchar(100) not null,
    kanaal          varchar(20)  not null,
    organisatie     varchar(64)  not null,
    pogingen        integer      not null,
    bezorgd_op      timestamptz  not null default now(),
    constraint bezorgd_pk primary key (gebeurtenis_id, kanaal)
);

-- Dode brieven: na uitputten van de herhalingen of een weigering (4xx, geen instellingen).
-- opgelost_op is gezet zodra een herhaling alsnog gelukt is.
create table dode_brief (
    gebeurtenis_id  varchar(100) not null,
    volgnummer      bigint       not null,
    type            varchar(200) not null,
    bron            varchar(500) not null,
    onderwerp       varchar(2000) not null,
    tijdstip        varchar(64)  not null,
    organisatie     varchar(64)  not null,
    eigenaar        varchar(64),
    reden           varchar(1000) not null,
    pogingen        integer      not null,
    eerst_dood_op   timestamptz  not null default now(),
    laatst_dood_op  timestamptz  not null default now(),
    opgelost_op     timestamptz,
    constraint dode_brief_pk primary key (gebeurtenis_id)
);
create index dode_brief_open on dode_brief (volgnummer) where opgelost_op is null;
