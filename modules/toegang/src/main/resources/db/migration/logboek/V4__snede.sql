-- Retention of the logboek (issue 14): dropping the oldest months under the retention rule without breaking the
-- check. Before the months go, `Logboekbewaring` (run by the owner through `./schakel logboek-bewaring`, never by the
-- API's role) records a signed cut: the last volgnummer of those months, that row's hash and how many rows went. The
-- check then starts the chain at the latest cut (links from its hash, counts from it) and names it. The same line goes
-- to the anchor file the privacy officer receives, so a cut forged in the database still lacks the file and the key.
create table snede (
    tot_volgnummer bigint      primary key,
    hash           char(64)    not null,
    tot_maand      date        not null check (extract(day from tot_maand) = 1),
    regels         bigint      not null check (regels > 0),
    tijdstip       timestamptz not null,
    handtekening   char(64)    not null
);

-- a cut names a row of the chain as it is at the moment of the cut, before its months are dropped in the same
-- transaction (a forged one still lacks a valid signature, but must not even name a row that is not there)
create function snede_hoort_bij_keten() returns trigger
    language plpgsql set search_path = logboek, pg_catalog as $$
begin
    if not exists (select 1 from regel r where r.volgnummer = new.tot_volgnummer and r.hash = new.hash) then
        raise exception 'snede % hoort niet bij de keten', new.tot_volgnummer using errcode = 'check_violation';
    end if;
    return new;
end
$$;

create trigger snede_bij_keten before insert on snede for each row execute function snede_hoort_bij_keten();
create trigger snede_alleen_toevoegen before update or delete on snede for each row execute function alleen_toevoegen();
create trigger snede_niet_legen before truncate on snede for each statement execute function alleen_toevoegen();

-- the API's role reads nothing of it and writes nothing: the cut is the owner's
