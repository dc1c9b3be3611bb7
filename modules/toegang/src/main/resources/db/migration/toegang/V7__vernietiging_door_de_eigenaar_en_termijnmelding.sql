-- Issue 15, bewaartermijnen: access's own part of a destruction (the grants of the destroyed resource and of what is
-- inside it, the verdicts on break-glass grants among them, and its betrokkenen) as a function that runs as the owner,
-- like overdracht.vernietig (overdracht V9). It deletes only for a resource that stands, not yet destroyed and without a
-- legal hold, on a list the functionaris gegevensbescherming approved; anything else is refused with 42501 and nothing
-- goes. The runtime role loses the delete V5 gave it on toegang and noodtoegang_oordeel: grants end by their window or
-- their withdrawal, never by a row that disappears outside a destruction.
-- bron_betrokkene keeps its delete (V2): the flows replace a resource's betrokkenen on every change of its content
-- (BronBetrokkeneRepository.vervang). The betrokkene schema grants no delete at all (persoon, naamkenmerk).
create function verwijder_toegang(p_brontype varchar, p_id uuid) returns void
    language plpgsql security definer set search_path = toegang, pg_temp as $$
begin
    if not exists (select 1 from vernietigingsitem i join vernietigingslijst l on l.id = i.lijst_id
                   where i.brontype = p_brontype and i.bron_id = p_id and i.vernietigd_op is null
                     and l.status = 'GOEDGEKEURD')
       or exists (select 1 from bewaarplicht b where b.brontype = p_brontype and b.bron_id = p_id) then
        raise exception '% % staat niet op een goedgekeurde vernietigingslijst', p_brontype, p_id using errcode = '42501';
    end if;
    delete from noodtoegang_oordeel where toegang_id in (select t.id from toegang t
        where (t.bron_type = p_brontype and t.bron_id = p_id) or (t.ouder_type = p_brontype and t.ouder_id = p_id));
    delete from toegang t where (t.bron_type = p_brontype and t.bron_id = p_id) or (t.ouder_type = p_brontype and t.ouder_id = p_id);
    delete from bron_betrokkene where bron_type = p_brontype and bron_id = p_id;
end
$$;
revoke all on function verwijder_toegang(varchar, uuid) from public;
grant execute on function verwijder_toegang(varchar, uuid) to ${appRol};

-- The parts that a flow's own destruction function deletes with a listed resource (the agendapunten, actions and
-- meetings of a destroyed casusoverleg case): their grants, verdicts and betrokkenen. Not executable by the runtime
-- role: only the flows' owner functions call these, for exactly the rows they deleted in the same transaction.
create function verwijder_toegang_van_deel(p_brontype varchar, p_id uuid) returns void
    language plpgsql security definer set search_path = toegang, pg_temp as $$
begin
    delete from noodtoegang_oordeel where toegang_id in (select t.id from toegang t
        where (t.bron_type = p_brontype and t.bron_id = p_id) or (t.ouder_type = p_brontype and t.ouder_id = p_id));
    delete from toegang t where (t.bron_type = p_brontype and t.bron_id = p_id) or (t.ouder_type = p_brontype and t.ouder_id = p_id);
    delete from bron_betrokkene where bron_type = p_brontype and bron_id = p_id;
end
$$;
revoke all on function verwijder_toegang_van_deel(varchar, uuid) from public;

-- A part that outlives its destroyed parent (a partner's inbreng kept after the shared copy): its grants stay, on the
-- part alone, so that deleting the parent's grants does not take them along.
create function maak_toegang_los(p_brontype varchar, p_id uuid) returns void
    language sql security definer set search_path = toegang, pg_temp as $$
    update toegang set ouder_type = null, ouder_id = null where bron_type = p_brontype and bron_id = p_id;
$$;
revoke all on function maak_toegang_los(varchar, uuid) from public;

revoke delete on toegang, noodtoegang_oordeel from ${appRol};

-- Issue 15, escalation: when a request's due date passed with a part still open, the daily job (Verzoektermijnmelding)
-- writes one content-free event to the shared outbox for the late organisations and the contact point. Once per request
-- is this column: the job claims the request (update ... where termijnmelding_op is null, for update skip locked) in the
-- transaction that writes the event, so a second node or a later run finds it claimed; a run that rolls back claims
-- nothing. Every open part of a request is late on the same day (one due date), so one notice per request suffices.
alter table verzoek add column termijnmelding_op timestamptz;
create index verzoek_termijnmelding on verzoek (uiterlijk_op) where geinformeerd_op is null and termijnmelding_op is null;
