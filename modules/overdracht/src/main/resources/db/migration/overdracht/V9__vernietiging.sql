-- Issue 15, bewaartermijnen: an overdracht past its term (20 years after afsluiting) is destroyed by deleting its rows,
-- after the functionaris gegevensbescherming approved the list (toegang V5). The runtime role cannot delete any of these
-- rows itself (versions and transitions stay append-only for it); it can only ask this function, which runs as the
-- owner and deletes only an overdracht that stands, not yet destroyed and without a legal hold, on an approved list. Afsluiting of an overdracht: its withdrawal (INGETROKKEN), or for an accepted one
-- the recording of the 12-month monitoring moment (Veilig Thuis's case ends when monitoring ends).
create function vernietig(p_id uuid) returns boolean
    language plpgsql security definer set search_path = overdracht, pg_temp as $$
declare
    weg integer;
begin
    -- without the access core's lists (a flow's own test database) nothing can have been approved
    if to_regclass('toegang.vernietigingsitem') is null then
        raise exception 'overdracht % staat niet op een goedgekeurde vernietigingslijst', p_id using errcode = '42501';
    end if;
    if not exists (select 1 from toegang.vernietigingsitem i join toegang.vernietigingslijst l on l.id = i.lijst_id
                   where i.brontype = 'OVERDRACHT' and i.bron_id = p_id and i.vernietigd_op is null
                     and l.status = 'GOEDGEKEURD')
       or exists (select 1 from toegang.bewaarplicht b where b.brontype = 'OVERDRACHT' and b.bron_id = p_id) then
        raise exception 'overdracht % staat niet op een goedgekeurde vernietigingslijst', p_id using errcode = '42501';
    end if;
    delete from monitoringmoment where overdracht_id = p_id;
    delete from overdracht_versie where overdracht_id = p_id;
    delete from overgang where overdracht_id = p_id;
    delete from overdracht where id = p_id;
    get diagnostics weg = row_count;
    return weg = 1;
end
$$;
revoke all on function vernietig(uuid) from public;
grant execute on function vernietig(uuid) to ${appRol};

create index overdracht_afgesloten on overgang (overdracht_id) where naar = 'INGETROKKEN';
create index monitoringmoment_afgerond on monitoringmoment (uitgevoerd_op) where maanden_na_acceptatie = 12 and uitgevoerd_op is not null;
