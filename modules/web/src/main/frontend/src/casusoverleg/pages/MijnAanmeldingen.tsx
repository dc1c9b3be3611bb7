import { useEffect, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { datumTekst, momentTekst } from '../../overdracht/labels';
import { neemBericht, paden } from '../../router';
import { useGeladen } from '../gedeeld';
import { aanmeldingStatusLabel } from '../labels';

/** "Mijn aanmeldingen": the organisation's own registrations with their status (the triage outcome). */
export function MijnAanmeldingen({ api }: { api: SchakelApi }) {
  const [bericht] = useState(neemBericht);
  const lijst = useGeladen((s) => api.aanmeldingen(undefined, s), [api], 'Uw aanmeldingen konden niet worden geladen.');
  useEffect(() => {
    document.title = 'Mijn aanmeldingen – Schakel';
  }, []);
  return (
    <>
      <h1 className="utrecht-heading-1">Mijn aanmeldingen</h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={paden.coAanmelden}>
          Een nieuwe casus aanmelden
        </a>
      </p>
      {lijst.fout && <ApiFoutMelding fout={lijst.fout} />}
      {!lijst.waarde && !lijst.fout && (
        <p className="utrecht-paragraph" role="status">
          De aanmeldingen worden geladen…
        </p>
      )}
      {lijst.waarde && lijst.waarde.length === 0 && <p className="utrecht-paragraph">Uw organisatie heeft nog geen casus aangemeld.</p>}
      {lijst.waarde && lijst.waarde.length > 0 && (
        <div className="schakel-tabel-houder" role="region" aria-label="Aanmeldingen van uw organisatie" tabIndex={0}>
          <table className="utrecht-table schakel-tabel" data-testid="aanmeldingen">
            <caption className="utrecht-table__caption schakel-tabel__bijschrift">Aanmeldingen van uw organisatie</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Aanmelding</th>
                <th className="utrecht-table__header-cell" scope="col">Ingediend</th>
                <th className="utrecht-table__header-cell" scope="col">Status</th>
                <th className="utrecht-table__header-cell" scope="col">Triage uiterlijk</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lijst.waarde.map((a) => (
                <tr key={a.id} className="utrecht-table__row" data-id={a.id}>
                  <td className="utrecht-table__cell">
                    <a className="utrecht-link" href={paden.coAanmelding(a.id)}>
                      Aanmelding {a.id.slice(0, 8)}
                    </a>
                  </td>
                  <td className="utrecht-table__cell">{momentTekst(a.ingediendOp)}</td>
                  <td className="utrecht-table__cell">
                    <span className={`schakel-status schakel-status--${a.status.toLowerCase()}`}>{aanmeldingStatusLabel(a.status)}</span>
                  </td>
                  <td className="utrecht-table__cell">{a.status === 'INGEDIEND' ? datumTekst(a.triageUiterlijk) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
