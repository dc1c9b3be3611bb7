-- Issue 12 (left-over): an invitation narrowed to a team or to one person of the invited organisation. The team
-- narrowing uses the existing column `team` (the token's `team` claim); a person is named by the username the
-- inviter knows (`preferred_username`, lower case as Keycloak keeps it), because `medewerker_id` holds the identity
-- provider's subject id, which only the caller itself knows (break-glass). One narrowing per grant, never both.
alter table toegang add column gebruikersnaam varchar(100);
alter table toegang add constraint toegang_een_afbakening
    check (num_nonnulls(team, gebruikersnaam) <= 1 and (gebruikersnaam is null or gebruikersnaam = lower(gebruikersnaam)));
