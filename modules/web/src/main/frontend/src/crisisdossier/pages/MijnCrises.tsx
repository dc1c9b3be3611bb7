import { useEffect, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import type { CrisisStatus, Verlopenfilter } from '../../api/crisisdossier';
import type { Mij } from '../../api/types';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { useGeladen } from '../../casusoverleg/gedeeld';
import { momentTekst } from '../../overdracht/labels';
import { organisatieNaam, useOrganisatieNamen } from '../../overdracht/organisaties';
import { CRISISROLLEN, leesbareRollen } from '../../rollen';
import { neemBericht, paden } from '../../router';
import { evaluatieTekst, evaluatieVerlopen, opsomming, sof7Tekst, sof7Verlopen, useKlok } from '../labels';

/**
 * "Mijn crises": the files the caller's grants open (the API filters), open or closed, newest first; per file who it is
 * about, when it started, the partners, the SOF7 and DMFI clocks in words and who goes to the family. The "SOF7 verlopen"
 * and "DMFI-evaluatie verlopen" tiles of Mijn werk open the open ones whose clock ran out.
 */
export function MijnCrises({
  api,
  status,
  verlopen = null,
  mij,
}: {
  api: SchakelApi;
  status: CrisisStatus;
  verlopen?: Verlopenfilter | null;
  mij: Mij | null;
}) {
  const [bericht] = useState(neemBericht);
  const nu = useKlok();
  const namen = useOrganisatieNamen(api);
  // the server filters the overdue ones (no paging through every open crisis for a few); the screen checks again on its
  // own clock, so a file whose seven days run out while the page is open is marked at once
  const lijst = useGeladen((s) => api.crisisdossiers(status, s, verlopen ?? undefined), [api, status, verlopen], 'Uw crises konden niet worden geladen.');
  const magMelden = leesbareRollen(mij?.rollen).some((r) => CRISISROLLEN.includes(r.code));
  useEffect(() => {
    document.title = 'Mijn crises – Schakel';
  }, []);

  const getoond = (lijst.waarde ?? []).filter(
    (c) =>
      verlopen === null ||
      (c.status === 'OPEN' && (verlopen === 'sof7' ? sof7Verlopen(c.sof7, nu) : evaluatieVerlopen(c.dmfi, nu))),
  );
  const bijschrift =
    verlopen === 'sof7'
      ? 'Open crises waarvan het SOF7-onderzoek is verlopen'
      : verlopen === 'evaluatie'
        ? 'Open crises met een verlopen DMFI-evaluatie'
        : status === 'OPEN'
          ? 'Open crises'
          : 'Gesloten crises';
  const naam = (code: string | null | undefined) => organisatieNaam(namen, code);

  return (
    <>
      <h1 className="utrecht-heading-1">Mijn crises</h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      {magMelden && (
        <p className="utrecht-paragraph">
          <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button--primary-action schakel-knoplink" href={paden.crisisNieuw}>
            Nieuwe crisismelding
          </a>
        </p>
      )}

      <nav aria-label="Crises per status" className="schakel-tabs">
        <ul className="schakel-tabs__lijst">
          <li>
            <a className="schakel-tab" href={paden.crisisdossiers} aria-current={status === 'OPEN' && verlopen === null ? 'page' : undefined}>
              Open
            </a>
          </li>
          <li>
            <a className="schakel-tab" href={paden.crisisdossiersSof7Verlopen} aria-current={verlopen === 'sof7' ? 'page' : undefined}>
              SOF7 verlopen
            </a>
          </li>
          <li>
            <a
              className="schakel-tab"
              href={paden.crisisdossiersEvaluatieVerlopen}
              aria-current={verlopen === 'evaluatie' ? 'page' : undefined}
            >
              DMFI-evaluatie verlopen
            </a>
          </li>
          <li>
            <a className="schakel-tab" href={paden.crisisdossiersGesloten} aria-current={status === 'GESLOTEN' ? 'page' : undefined}>
              Gesloten
            </a>
          </li>
        </ul>
      </nav>

      {lijst.fout && <ApiFoutMelding fout={lijst.fout} />}
      {!lijst.waarde && !lijst.fout && (
        <p className="utrecht-paragraph" role="status">
          De crises worden geladen…
        </p>
      )}
      {lijst.waarde && getoond.length === 0 && (
        <p className="utrecht-paragraph" data-testid="geen-crises">
          {verlopen === 'sof7'
            ? 'Er is geen open crisis waarvan het SOF7-onderzoek is verlopen.'
            : verlopen === 'evaluatie'
              ? 'Er is geen open crisis met een verlopen DMFI-evaluatie.'
              : status === 'OPEN'
              ? 'Uw organisatie is nu in geen open crisis partner.'
              : 'Er zijn geen gesloten crises die u nog mag zien.'}
        </p>
      )}
      {lijst.waarde && getoond.length > 0 && (
        <div className="schakel-tabel-houder" role="region" aria-label={bijschrift} tabIndex={0}>
          <table className="utrecht-table schakel-tabel" data-testid="crises">
            <caption className="utrecht-table__caption schakel-tabel__bijschrift">{bijschrift}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Crisis</th>
                <th className="utrecht-table__header-cell" scope="col">Gestart</th>
                <th className="utrecht-table__header-cell" scope="col">Partners</th>
                <th className="utrecht-table__header-cell" scope="col">SOF7-onderzoek</th>
                <th className="utrecht-table__header-cell" scope="col">DMFI</th>
                <th className="utrecht-table__header-cell" scope="col">Wie gaat erheen</th>
                <th className="utrecht-table__header-cell" scope="col">Open taken</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {getoond.map((c) => {
                const sof7Over = sof7Verlopen(c.sof7, nu);
                const evaluatieOver = c.status === 'OPEN' && evaluatieVerlopen(c.dmfi, nu);
                return (
                  <tr key={c.id} className="utrecht-table__row" data-id={c.id}>
                    <td className="utrecht-table__cell">
                      <a className="utrecht-link" href={paden.crisisdossier(c.id)}>
                        {c.herkenning || `Crisis ${c.id.slice(0, 8)}`}
                      </a>
                      {c.status === 'GESLOTEN' && <span className="schakel-hint"> (gesloten)</span>}
                    </td>
                    <td className="utrecht-table__cell">
                      {momentTekst(c.gestartOp)}
                      <br />
                      <span className="schakel-hint">door {naam(c.initiatiefnemer)}</span>
                    </td>
                    <td className="utrecht-table__cell">{opsomming(c.partners.map(naam))}</td>
                    <td className="utrecht-table__cell" data-testid="sof7">
                      {sof7Over && c.status === 'OPEN' ? <strong>Let op: {sof7Tekst(c.sof7, nu)}</strong> : sof7Tekst(c.sof7, nu)}
                    </td>
                    <td className="utrecht-table__cell" data-testid="dmfi">
                      {c.dmfi && <span className="schakel-hint">regie: {naam(c.dmfi.casusregisseurOrganisatie)}; </span>}
                      {evaluatieOver ? <strong>Let op: {evaluatieTekst(c.dmfi, nu)}</strong> : evaluatieTekst(c.dmfi, nu)}
                    </td>
                    <td className="utrecht-table__cell">{c.gaatErheen ? naam(c.gaatErheen) : 'Nog niemand'}</td>
                    <td className="utrecht-table__cell">{c.openTaken}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
