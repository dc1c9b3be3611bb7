-- The overdracht outbox moves into the one outbox of every flow, gebeurtenis.gebeurtenis (shared kernel,
-- GebeurtenisSchema; it migrates before this schema, volgorde 2 against 30). Every event is copied with its own id,
-- volgnummer and moment, so an integration client's cursor stays valid and it neither misses nor repeats one; then
-- the old table and its numbering go. What an overdracht event was is spelled out in the shared shape:
-- source urn:nl:schakel:overdracht, subject OVERDRACHT <id> at /overdrachten/<id>, one receiver, one owner.
-- Flyway runs this in one transaction: a failure leaves both tables as they were.

-- the new table's trigger renumbers every insert; it is off for this copy only, inside this transaction, so the
-- numbers stay as the old table handed them out (they were already gap-free and in commit order)
alter table gebeurtenis.gebeurtenis disable trigger gebeurtenis_volgnummer;

insert into gebeurtenis.gebeurtenis (id, volgnummer, type, bron, onderwerp_type, onderwerp_id, onderwerp_pad,
                                     ontvangers, eigenaren, tijdstip)
select g.id, g.volgnummer, g.type, 'urn:nl:schakel:overdracht', 'OVERDRACHT', g.overdracht_id,
       '/overdrachten/' || g.overdracht_id, array[g.ontvanger], array[g.eigenaar], g.tijdstip
from overdracht.gebeurtenis g
order by g.volgnummer;

alter table gebeurtenis.gebeurtenis enable trigger gebeurtenis_volgnummer;

-- not a row lost: every old event is there, with the same number, before the old table goes
do $$
declare
    ontbrekend bigint;
begin
    select count(*) into ontbrekend
    from overdracht.gebeurtenis o
    where not exists (select 1 from gebeurtenis.gebeurtenis n
                      where n.id = o.id and n.volgnummer = o.volgnummer and n.type = o.type
                        and n.onderwerp_id = o.overdracht_id and n.tijdstip = o.tijdstip);
    if ontbrekend > 0 then
        raise exception '% gebeurtenis(sen) van overdrachten niet overgezet', ontbrekend;
    end if;
end
$$;

drop table overdracht.gebeurtenis;
drop function overdracht.nummer_gebeurtenis();
