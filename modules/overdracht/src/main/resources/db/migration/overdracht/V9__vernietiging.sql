-- Issue 15, bewaartermijnen: an overdracht past its term (20 years after afsluiting) is destroyed by deleting its rows,
-- after the functionaris gegevensbescherming approved the list (toegang V5). The runtime role may delete them only for
-- that; the use cases never delete. Afsluiting of an overdracht: its withdrawal (INGETROKKEN), or for an accepted one
-- the recording of the 12-month monitoring moment (Veilig Thuis's case ends when monitoring ends).
grant delete on overdracht, overgang, overdracht_versie, monitoringmoment to ${appRol};

create index overdracht_afgesloten on overgang (overdracht_id) where naar = 'INGETROKKEN';
create index monitoringmoment_afgerond on monitoringmoment (uitgevoerd_op) where maanden_na_acceptatie = 12 and uitgevoerd_op is not null;
