-- The reminder "action due in N working days" (Actieherinnering): when it was written to the feed, once per action.
-- The job claims the actions to remind by setting this column in the same transaction as the events (update ... where
-- herinnerd_op is null, the rows taken with for update skip locked): a second node, or a run after a restart, finds
-- them claimed, so no action is ever reminded twice; a run that rolls back leaves them unclaimed for the next one.
alter table actie add column herinnerd_op timestamptz;

-- the job's question: open, not reminded yet, due within a few days
create index actie_te_herinneren on actie (uiterlijk) where status = 'OPEN' and herinnerd_op is null;
