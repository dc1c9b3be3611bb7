-- Issue 14, the open model: "Mijn werk" counts the overdrachten a caller may list per status, with how many are past
-- the acceptance term and how many were escalated (OverdrachtRepository.tellingen). Those three columns beside the id
-- let PostgreSQL count from this narrow index instead of reading the wide rows, whose content is stored inline
-- (docs/metingen.md, "the fourteenth day", with toegang V8).
create index overdracht_stand on overdracht (id) include (status, verzonden_op, opgeschaald_op);
