-- Issue 11, flow 1's last two points.
-- 1. Whom the receiver calls at Veilig Thuis about this case: a name and a work phone number, given with each sending
--    (400 OVD-022 without them). Overdrachten sent before this migration have none: the receiver's page says so and
--    names Veilig Thuis's functional mailbox instead. Both set or both empty.
alter table overdracht add column contactpersoon_naam varchar(100);
alter table overdracht add column contactpersoon_telefoon varchar(25);
alter table overdracht add constraint overdracht_contactpersoon_heel
    check ((contactpersoon_naam is null) = (contactpersoon_telefoon is null));

-- 2. "Door ons teruggelegd": an organisation lists the overdrachten it returned (its own steps, newest first), after its
--    grant on them ended. The list and its count read only the return steps of one organisation.
create index overgang_teruggelegd_door
    on overgang (organisatie_code, op desc, id desc)
    where naar = 'TERUGGELEGD';
