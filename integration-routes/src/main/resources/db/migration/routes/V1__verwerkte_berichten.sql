-- Idempotente repository van integration-routes: wat al verwerkt is, per route (processor).
-- Voor organisaties-import is de sleutel de SHA-256 (hex) van de bestandsinhoud.
create table verwerkt_bericht (
    processor    varchar(100) not null,
    sleutel      varchar(200) not null,
    verwerkt_op  timestamptz  not null default now(),
    constraint verwerkt_bericht_pk primary key (processor, sleutel)
);
