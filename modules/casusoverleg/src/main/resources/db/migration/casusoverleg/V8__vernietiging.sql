-- Issue 15, bewaartermijnen: the destruction of a case's shared copy at the table of the Zorg- en Veiligheidshuis (12
-- months after afschaling) and of each partner's inbreng by its own rule (bewaartermijnen.json). Destroyed means the
-- rows go, after the functionaris gegevensbescherming approved the list (toegang V5). The runtime role keeps the
-- grants of V1: it deletes nothing of this here itself; it asks the two functions below, which run as the owner.
--
-- The schema decision: a partner's inbreng that is kept longer than the shared copy moves out of it. When the shared
-- copy goes, an inbreng whose own rule still runs stays with its parts and versions, loses its link to the agendapunt
-- (which is gone) and keeps its clock: the aanmelding's afschaling moment is copied onto it, because the aanmelding row
-- that held it is gone. Its owner reads it through its own EIGENAAR grant on the INBRENG; nobody else can.
alter table inbreng alter column agendapunt_id drop not null;
alter table inbreng add column afschaling_op timestamptz;
-- on an item, or moved out with its clock: never one without the other. The unique (agendapunt_id, organisatie_code)
-- stays: one inbreng per organisation per item; moved-out inbreng (null) are never compared with each other.
alter table inbreng add constraint inbreng_bewaard_met_klok check ((agendapunt_id is null) = (afschaling_op is not null));
-- the runtime role changes an inbreng's content and status, never which item it is on or its clock: those two move only
-- in the owner's function below (V1 granted update on the whole row)
revoke update on inbreng from ${appRol};
grant update (versie, laatst_gewijzigd, status, gedeeld_op, ingetrokken_op) on inbreng to ${appRol};
create index inbreng_bewaard on inbreng (afschaling_op) where agendapunt_id is null;
create index aanmelding_afgeschaald on aanmelding (afgeschaald_op) where status = 'AFGESCHAALD';
create index inbreng_agendapunt on inbreng (agendapunt_id);
create index uitnodiging_agendapunt on uitnodiging (agendapunt_id);

-- Whether a resource may be destroyed now: on an approved list, not destroyed yet, no legal hold. Without the access
-- core's lists (this module's own test database) nothing can have been approved. Not callable by the runtime role.
create function vernietiging_goedgekeurd(p_brontype varchar, p_id uuid) returns boolean
    language plpgsql stable security definer set search_path = casusoverleg, pg_temp as $$
begin
    if to_regclass('toegang.vernietigingsitem') is null then
        return false;
    end if;
    return exists (select 1 from toegang.vernietigingsitem i join toegang.vernietigingslijst l on l.id = i.lijst_id
                   where i.brontype = p_brontype and i.bron_id = p_id and i.vernietigd_op is null and l.status = 'GOEDGEKEURD')
       and not exists (select 1 from toegang.bewaarplicht b where b.brontype = p_brontype and b.bron_id = p_id);
end
$$;
revoke all on function vernietiging_goedgekeurd(varchar, uuid) from public;

-- The shared copy of one afgeschaalde case: the aanmelding with its betrokkenen, criteria, proposed partners and
-- transitions; its agendapunten with invitations, attendance and minutes (columns of the item); its actions; every
-- inbreng on its items that stands approved itself. Every other inbreng moves out (above). A meeting goes with its
-- confidentiality statements once no item is left on it and its date is past the table's term; until then it stays
-- (it holds the names of chair and minute-taker, no case data). Anything else is refused with 42501.
create function vernietig_aanmelding(p_id uuid) returns boolean
    language plpgsql security definer set search_path = casusoverleg, pg_temp as $$
declare
    afschaling timestamptz;
    overleggen uuid[];
    punten uuid[];
    acties uuid[];
    bewaard uuid[];
    weg_inbreng uuid[];
    weg_overleg uuid[];
    deel uuid;
begin
    if not vernietiging_goedgekeurd('AANMELDING', p_id) then
        raise exception 'aanmelding % staat niet op een goedgekeurde vernietigingslijst', p_id using errcode = '42501';
    end if;
    select a.afgeschaald_op into afschaling from aanmelding a where a.id = p_id for update;
    if not found then
        return false;
    end if;
    if afschaling is null then
        raise exception 'aanmelding % is niet afgeschaald', p_id using errcode = '42501';
    end if;
    select coalesce(array_agg(distinct p.overleg_id), '{}') into overleggen from agendapunt p where p.aanmelding_id = p_id;
    select coalesce(array_agg(p.id), '{}') into punten from agendapunt p where p.aanmelding_id = p_id;
    select coalesce(array_agg(a.id), '{}') into acties from actie a where a.aanmelding_id = p_id or a.agendapunt_id = any (punten);

    select coalesce(array_agg(i.id), '{}') into weg_inbreng from inbreng i join agendapunt p on p.id = i.agendapunt_id
    where p.aanmelding_id = p_id and vernietiging_goedgekeurd('INBRENG', i.id);
    delete from inbreng_versie where inbreng_id = any (weg_inbreng);
    delete from inbreng_deel where inbreng_id = any (weg_inbreng);
    delete from inbreng where id = any (weg_inbreng);
    select coalesce(array_agg(i.id), '{}') into bewaard from inbreng i where i.agendapunt_id = any (punten);
    update inbreng set agendapunt_id = null, afschaling_op = afschaling where id = any (bewaard);

    delete from uitnodiging where agendapunt_id in (select p.id from agendapunt p where p.aanmelding_id = p_id);
    delete from aanwezigheid where agendapunt_id in (select p.id from agendapunt p where p.aanmelding_id = p_id);
    delete from actie where aanmelding_id = p_id or agendapunt_id in (select p.id from agendapunt p where p.aanmelding_id = p_id);
    delete from agendapunt where aanmelding_id = p_id;
    delete from aanmelding_betrokkene where aanmelding_id = p_id;
    delete from aanmelding_criterium where aanmelding_id = p_id;
    delete from aanmelding_voorgestelde_partner where aanmelding_id = p_id;
    delete from aanmelding_overgang where aanmelding_id = p_id;
    delete from aanmelding where id = p_id;

    select coalesce(array_agg(o.id), '{}') into weg_overleg from overleg o join overlegtafel t on t.id = o.overlegtafel_id
    where o.id = any (overleggen)
      and (o.datum + make_interval(months => t.bewaartermijn_maanden))::date <= current_date
      and not exists (select 1 from agendapunt p where p.overleg_id = o.id)
      and not exists (select 1 from actie a where a.overleg_id = o.id);
    delete from geheimhoudingsverklaring where overleg_id = any (weg_overleg);
    delete from overleg where id = any (weg_overleg);

    -- access's part for what went with the listed aanmelding (the aanmelding's own grants: toegang.verwijder_toegang,
    -- called by access for the list item): a kept inbreng's grants first come loose from its item, then the grants and
    -- betrokkenen of the items, actions and meetings deleted here go. Here, and not from Java: only this function knows
    -- what it deleted, so the runtime role never gets a way to delete grants of resources that are not being destroyed.
    if to_regprocedure('toegang.verwijder_toegang_van_deel(varchar, uuid)') is not null then
        foreach deel in array bewaard loop
            perform toegang.maak_toegang_los('INBRENG', deel);
        end loop;
        foreach deel in array acties loop
            perform toegang.verwijder_toegang_van_deel('ACTIE', deel);
        end loop;
        foreach deel in array punten loop
            perform toegang.verwijder_toegang_van_deel('AGENDAPUNT', deel);
        end loop;
        foreach deel in array weg_overleg loop
            perform toegang.verwijder_toegang_van_deel('OVERLEG', deel);
        end loop;
    end if;
    return true;
end
$$;
revoke all on function vernietig_aanmelding(uuid) from public;
grant execute on function vernietig_aanmelding(uuid) to ${appRol};

-- One partner's inbreng by its own rule: on its item (due with the shared copy) or moved out. A legal hold on its
-- case holds it too, as long as it is on the case's item. Anything else is refused with 42501.
create function vernietig_inbreng(p_id uuid) returns boolean
    language plpgsql security definer set search_path = casusoverleg, pg_temp as $$
declare
    weg integer;
begin
    if not vernietiging_goedgekeurd('INBRENG', p_id)
       or (to_regclass('toegang.bewaarplicht') is not null and exists (
               select 1 from inbreng i join agendapunt p on p.id = i.agendapunt_id
               join toegang.bewaarplicht b on b.brontype = 'AANMELDING' and b.bron_id = p.aanmelding_id
               where i.id = p_id)) then
        raise exception 'inbreng % staat niet op een goedgekeurde vernietigingslijst', p_id using errcode = '42501';
    end if;
    delete from inbreng_versie where inbreng_id = p_id;
    delete from inbreng_deel where inbreng_id = p_id;
    delete from inbreng where id = p_id;
    get diagnostics weg = row_count;
    return weg = 1;
end
$$;
revoke all on function vernietig_inbreng(uuid) from public;
grant execute on function vernietig_inbreng(uuid) to ${appRol};
