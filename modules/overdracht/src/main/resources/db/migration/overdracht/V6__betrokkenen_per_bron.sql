-- Issue "One access core for every flow": access keeps per resource which betrokkenen it concerns
-- (toegang.bron_betrokkene), so that a refusal names them in the logboek. New and changed overdrachten are kept there
-- by the use cases; this fills it once for the overdrachten that existed before. (Runs after the toegang schema:
-- toegang migrates at order 5, overdracht at 30.) Numbered 6 so that the event-feed migration can take 5.
insert into toegang.bron_betrokkene (bron_type, bron_id, betrokkene_id)
select distinct 'OVERDRACHT', o.id, (b ->> 'id')::uuid
from overdracht o
cross join lateral jsonb_array_elements(case when jsonb_typeof(o.inhoud -> 'betrokkenen') = 'array'
                                             then o.inhoud -> 'betrokkenen' else '[]'::jsonb end) as b
where b ->> 'id' ~ '^[0-9a-fA-F-]{36}$'
on conflict do nothing;
