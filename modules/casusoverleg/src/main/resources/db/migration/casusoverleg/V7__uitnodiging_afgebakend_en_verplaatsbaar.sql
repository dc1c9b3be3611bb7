-- Issue 12 (left-overs): an invitation may be for one team or one person (by username) of the invited organisation,
-- as its grant in toegang.toegang is (toegang V4); the table shows it. And a meeting that moves takes its invitations'
-- window with it: geldig_tot follows the grant's end (the runtime role has update on this table since V1).
alter table uitnodiging add column team varchar(64);
alter table uitnodiging add column gebruikersnaam varchar(100);
alter table uitnodiging add constraint uitnodiging_een_afbakening check (num_nonnulls(team, gebruikersnaam) <= 1);
