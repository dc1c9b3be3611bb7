-- Issue 14, the open model: "what may X list" reads the organisation's live grants of a type from the index and then
-- each grant's row for the rest of the filter (team, medewerker, gebruikersnaam, validity, reden: Zichtbaarheid). For a
-- count over every overdracht a wijkteam may see ("Mijn werk", thousands of grants) PostgreSQL chose to read the whole
-- table instead. With the filter's columns in the index the same filter is an index-only scan, as are the lists' own
-- filters (docs/metingen.md, "the fourteenth day": 10.7 ms → 4.4 ms for 3,700 grants, with overdracht V10).
-- Same key and predicate as before; only the included columns are new.
drop index toegang_organisatie_bron;
create index toegang_organisatie_bron on toegang (organisatie_code, bron_type, bron_id)
    include (reden, team, medewerker_id, gebruikersnaam, geldig_van, geldig_tot) where ingetrokken_op is null;
