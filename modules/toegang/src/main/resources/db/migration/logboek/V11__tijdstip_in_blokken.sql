-- The rows of a stretch of time, read in the order they lie on disk (issue 14, "the twelfth day" in docs/metingen.md).
-- The full check walks the chain 5,000 links at a time and read each batch's rows by id: 5,000 probes of a month's
-- primary key, each into a random leaf (the ids are random), 17 minutes at 50 M rows. A batch's links are in commit
-- order, which is the order of time, so its rows lie side by side in one month's heap. A BRIN index keeps, per block of
-- 32 pages (about 400 rows), the lowest and highest tijdstip: the check asks for the batch's stretch of time and reads
-- those blocks in order.
-- * Near-free per insert: a row only widens its block's summary, and while a block is still being filled it has no
--   summary at all. autosummarize asks autovacuum to summarise a block once the inserts move on to the next; vacuum
--   summarises what is left. A block without a summary is read by every range question (correct, only slower), so
--   what this costs when autovacuum lags is that the check reads the month's unsummarised tail again per batch.
-- * Not a btree on tijdstip: that would be one more index entry written by every audited read, for a question only the
--   check asks; this index is a few pages per month.
-- * On the partitioned table, so every month has it, also the months made later by maak_maand(). Built here over
--   every existing month in one pass of each heap, while inserts wait (a partitioned table cannot be indexed
--   concurrently): this runs at deployment, before the platform serves; under a second at 1 M rows.

create index regel_tijdstip_blokken on regel using brin (tijdstip) with (pages_per_range = 32, autosummarize = on);
