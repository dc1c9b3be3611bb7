-- Issue "One access core for every flow": access keeps per resource which betrokkenen it concerns
-- (toegang.bron_betrokkene), so that a refusal names them in the logboek. New and changed overdrachten are kept there
-- by the use cases; this fills it once for the overdrachten that existed before. In the platform the toegang schema
-- has migrated first (order 5, overdracht 30); where this schema migrates alone (its own tests) there is nothing to fill.
-- Numbered 6 so that the event-feed migration can take 5.
do $$
begin
    if to_regclass('toegang.bron_betrokkene') is not null then
        insert into toegang.bron_betrokkene (bron_type, bron_id, betrokkene_id)
        select distinct 'OVERDRACHT', o.id, (b ->> 'id')::uuid
        from overdracht.overdracht o
        cross join lateral jsonb_array_elements(case when jsonb_typeof(o.inhoud -> 'betrokkenen') = 'array'
                                                     then o.inhoud -> 'betrokkenen' else '[]'::jsonb end) as b
        where b ->> 'id' ~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
        on conflict do nothing;
    end if;
end
$$;
