import { useEffect, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { datumTekst, momentTekst } from '../../overdracht/labels';
import { organisatieNaam, useOrganisatieNamen } from '../../overdracht/organisaties';
import { neemBericht, paden } from '../../router';
import type { AanmeldingSamenvatting } from '../api';
import { useGeladen } from '../gedeeld';
import { aanmeldingStatusLabel, triageTekst } from '../labels';

/** Overdue first, then the oldest submission (the API already gives the oldest first). */
export function triageVolgorde(lijst: readonly AanmeldingSamenvatting[]): AanmeldingSamenvatting[] {
  return [...lijst].sort((a, b) => Number(b.triageVerlopen) - Number(a.triageVerlopen));
}

/** The organiser's triage queue: submitted registrations with their term; overdue ones say so in words. */
export function Triage({ api }: { api: SchakelApi }) {
  const [bericht] = useState(neemBericht);
  const namen = useOrganisatieNamen(api);
  const lijst = useGeladen((s) => api.aanmeldingen(['INGEDIEND', 'AANVULLING_GEVRAAGD'], s), [api], 'De aanmeldingen konden niet worden geladen.');
  useEffect(() => {
    document.title = 'Triage – Schakel';
  }, []);
  const verlopen = lijst.waarde?.filter((a) => a.triageVerlopen).length ?? 0;
  return (
    <>
      <h1 className="utrecht-heading-1">Triage</h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      <p className="utrecht-paragraph">Aanmeldingen die op uw beoordeling wachten. Open een aanmelding om haar te accepteren, af te wijzen of om aanvulling te vragen.</p>
      {lijst.fout && <ApiFoutMelding fout={lijst.fout} />}
      {!lijst.waarde && !lijst.fout && (
        <p className="utrecht-paragraph" role="status">
          De aanmeldingen worden geladen…
        </p>
      )}
      {verlopen > 0 && (
        <Melding soort="waarschuwing" titel={verlopen === 1 ? '1 aanmelding is over de triagetermijn' : `${verlopen} aanmeldingen zijn over de triagetermijn`} />
      )}
      {lijst.waarde && lijst.waarde.length === 0 && <p className="utrecht-paragraph">Er wachten geen aanmeldingen op triage.</p>}
      {lijst.waarde && lijst.waarde.length > 0 && (
        <div className="schakel-tabel-houder" role="region" aria-label="Aanmeldingen voor triage" tabIndex={0}>
          <table className="utrecht-table schakel-tabel" data-testid="triage">
            <caption className="utrecht-table__caption schakel-tabel__bijschrift">Aanmeldingen voor triage</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Aanmelding</th>
                <th className="utrecht-table__header-cell" scope="col">Van</th>
                <th className="utrecht-table__header-cell" scope="col">Ingediend</th>
                <th className="utrecht-table__header-cell" scope="col">Status</th>
                <th className="utrecht-table__header-cell" scope="col">Triagetermijn</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {triageVolgorde(lijst.waarde).map((a) => (
                <tr key={a.id} className="utrecht-table__row" data-id={a.id}>
                  <td className="utrecht-table__cell">
                    <a className="utrecht-link" href={paden.coAanmelding(a.id)}>
                      Aanmelding {a.id.slice(0, 8)}
                    </a>
                  </td>
                  <td className="utrecht-table__cell">{organisatieNaam(namen, a.aanmeldendeOrganisatie)}</td>
                  <td className="utrecht-table__cell">{momentTekst(a.ingediendOp)}</td>
                  <td className="utrecht-table__cell">{aanmeldingStatusLabel(a.status)}</td>
                  <td className="utrecht-table__cell" data-testid="termijn">
                    {a.triageVerlopen ? <strong className="schakel-verlopen">{triageTekst(a, datumTekst)}</strong> : triageTekst(a, datumTekst) || '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
