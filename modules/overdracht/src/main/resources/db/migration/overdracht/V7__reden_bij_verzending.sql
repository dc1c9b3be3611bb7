-- Issue 11: sending with the shelter address (ADRES_AFGESCHERMD) records why ("Afgeschermd adres gedeeld: ...") as
-- the reason of the VERZONDEN step. V1 allowed a reason only on a return or a withdrawal (and demanded it there); that
-- rule made every such sending fail. A return and a withdrawal still need their reason; any other step may carry one.
alter table overgang drop constraint overgang_check;
alter table overgang add constraint overgang_reden_bij_terugleggen_en_intrekken
    check (naar not in ('TERUGGELEGD', 'INGETROKKEN') or reden is not null);
