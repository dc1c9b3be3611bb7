-- The bekendheidscheck (issue 15): a partner may ask whether a person is known by family name and date of birth
-- (optionally the first name) when it has no BSN. The registry keeps for that only keyed hashes of the normalised
-- name and date (HMAC-SHA256 with a key derived from schakel.betrokkenen.sleutel; see NaamEnGeboortedatum and
-- Bsnsleutel), never the name or the date. Not unique: two people may share a name and a date, and one person may be
-- registered under several spellings (a corrected concept keeps its earlier kenmerk: insert-only, like the registry).
-- Filled where a flow registers a betrokkene with a family name and a date of birth; persons registered before this
-- migration, or by a flow that passes no name, are found by BSN only.
create table naamkenmerk (
    kenmerk       bytea       not null check (octet_length(kenmerk) = 32),
    persoon_id    uuid        not null references persoon (id),
    aangemaakt_op timestamptz not null default now(),
    primary key (kenmerk, persoon_id)
);

grant select, insert on naamkenmerk to ${appRol};
