-- The bekendheidscheck's limit per user (issue 15): one row per check done, so that the count holds across every
-- platform node and survives a restart (not one JVM's memory). Only the user id (the token's subject) and the moment:
-- nothing about the person asked for, which is in the logboek as platform ids only. Rows older than a day count for
-- no limit and are removed by the next check of the same user.
create table bekendheidscheck (
    id           uuid        primary key,
    gebruiker_id varchar(64) not null,
    tijdstip     timestamptz not null
);

create index bekendheidscheck_gebruiker on bekendheidscheck (gebruiker_id, tijdstip);

grant select, insert, delete on bekendheidscheck to ${appRol};
