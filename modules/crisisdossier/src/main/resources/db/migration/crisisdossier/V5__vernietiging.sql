-- Issue 15, bewaartermijnen: a crisis file past its term is destroyed by deleting its rows, after the functionaris
-- gegevensbescherming approved the list (toegang V5). The clock starts at the file's afsluiting (gesloten_op). Each
-- entry (aantekening, taak, screeningsverzoek) follows its own owner's rule; one due earlier than its file is destroyed
-- on its own, the file goes with everything still in it (betrokkenen, partners, entries with their versions, tasks,
-- screeningsverzoeken, veiligheidsbijdragen with their versions, the DMFI direction and its review moments, the live
-- events). The runtime role cannot delete any of these rows itself; it can only ask this function, which runs as the
-- owner and deletes only what stands, not yet destroyed and without a legal hold, on an approved list. A hold on a file
-- holds its entries, and a hold on an entry holds its file (the entry cannot outlive the file it stands in).
create function vernietig(p_brontype varchar, p_id uuid) returns boolean
    language plpgsql security definer set search_path = crisisdossier, pg_temp as $$
declare
    dossier uuid;
    weg integer;
begin
    -- without the access core's lists (a flow's own test database) nothing can have been approved
    if to_regclass('toegang.vernietigingsitem') is null then
        raise exception '% % staat niet op een goedgekeurde vernietigingslijst', p_brontype, p_id using errcode = '42501';
    end if;
    if not exists (select 1 from toegang.vernietigingsitem i join toegang.vernietigingslijst l on l.id = i.lijst_id
                   where i.brontype = p_brontype and i.bron_id = p_id and i.vernietigd_op is null
                     and l.status = 'GOEDGEKEURD')
       or exists (select 1 from toegang.bewaarplicht b where b.brontype = p_brontype and b.bron_id = p_id) then
        raise exception '% % staat niet op een goedgekeurde vernietigingslijst', p_brontype, p_id using errcode = '42501';
    end if;

    if p_brontype = 'CRISISDOSSIER' then
        if exists (select 1 from crisisdossier where id = p_id and status <> 'GESLOTEN')
           or exists (select 1 from toegang.bewaarplicht b where (b.brontype, b.bron_id) in (
                  select 'AANTEKENING', id from aantekening where crisisdossier_id = p_id
                  union all select 'TAAK', id from taak where crisisdossier_id = p_id
                  union all select 'SCREENINGSVERZOEK', id from screeningsverzoek where crisisdossier_id = p_id)) then
            raise exception 'crisisdossier % is open of een aantekening erin staat onder bewaarplicht', p_id using errcode = '42501';
        end if;
        delete from livegebeurtenis where crisisdossier_id = p_id;
        delete from dmfi_evaluatiemoment where crisisdossier_id = p_id;
        delete from dmfi_regie where crisisdossier_id = p_id;
        delete from veiligheidsbijdrage_versie where bijdrage_id in (select id from veiligheidsbijdrage where crisisdossier_id = p_id);
        delete from veiligheidsbijdrage where crisisdossier_id = p_id;
        delete from aantekening_versie where aantekening_id in (select id from aantekening where crisisdossier_id = p_id);
        delete from aantekening where crisisdossier_id = p_id;
        delete from taak where crisisdossier_id = p_id;
        delete from screeningsverzoek where crisisdossier_id = p_id;
        delete from crisisdossier_betrokkene where crisisdossier_id = p_id;
        delete from crisisdossier_partner where crisisdossier_id = p_id;
        delete from crisisdossier where id = p_id;
        get diagnostics weg = row_count;
        return weg = 1;
    end if;

    if p_brontype = 'AANTEKENING' then
        select crisisdossier_id into dossier from aantekening where id = p_id;
    elsif p_brontype = 'TAAK' then
        select crisisdossier_id into dossier from taak where id = p_id;
    elsif p_brontype = 'SCREENINGSVERZOEK' then
        select crisisdossier_id into dossier from screeningsverzoek where id = p_id;
    else
        raise exception '% is geen brontype van het crisisdossier', p_brontype using errcode = '42501';
    end if;
    if dossier is null then
        return false;
    end if;
    if exists (select 1 from crisisdossier where id = dossier and status <> 'GESLOTEN')
       or exists (select 1 from toegang.bewaarplicht b where b.brontype = 'CRISISDOSSIER' and b.bron_id = dossier) then
        raise exception '% %: het crisisdossier is open of staat onder bewaarplicht', p_brontype, p_id using errcode = '42501';
    end if;
    delete from livegebeurtenis where crisisdossier_id = dossier and onderwerp_id = p_id;
    if p_brontype = 'AANTEKENING' then
        delete from aantekening_versie where aantekening_id = p_id;
        delete from aantekening where id = p_id;
    elsif p_brontype = 'TAAK' then
        delete from taak where id = p_id;
    else
        delete from screeningsverzoek where id = p_id;
    end if;
    get diagnostics weg = row_count;
    return weg = 1;
end
$$;
revoke all on function vernietig(varchar, uuid) from public;
grant execute on function vernietig(varchar, uuid) to ${appRol};

-- the nightly proposal reads the closed files by their afsluiting
create index crisisdossier_afgesloten on crisisdossier (gesloten_op) where status = 'GESLOTEN';
