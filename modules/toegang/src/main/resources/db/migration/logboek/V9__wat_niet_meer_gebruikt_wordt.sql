-- What V8 left behind unused (issue 14, second read of V8). Since V8 a link is written into logboek.keten and checked
-- by aansluiten() over the whole round; nothing calls these two any more:
--
-- * alleen_ketenen(): the row trigger that checked a row's own chain columns when the chainer updated it (V2-V7). Its
--   trigger was dropped by V8 and the row is never updated again, so a function left lying about could only mislead.
-- * inhoud(regel): the hash text over the row's own volgnummer and vorige_hash (V1-V7). V8 hashes a row with the
--   number and previous hash of its link, inhoud(regel, bigint, text), which produces the same text; the chain's hashes
--   do not change.
--
-- Dropped without cascade: if anything still depended on either, the migration would fail rather than take it along.

drop function alleen_ketenen();
drop function inhoud(regel);
