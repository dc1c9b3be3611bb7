import { useEffect, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { datumTekst, label } from '../../overdracht/labels';
import { organisatieNaam, useOrganisatieNamen } from '../../overdracht/organisaties';
import { neemBericht, paden } from '../../router';
import type { Actie, ActieStatus } from '../api';
import { useGeladen } from '../gedeeld';
import { ACTIE_STATUS_LABELS } from '../labels';

/** Overdue first, then by due date. */
export function actieVolgorde(lijst: readonly Actie[]): Actie[] {
  return [...lijst].sort((a, b) => Number(b.verlopen) - Number(a.verlopen) || a.uiterlijk.localeCompare(b.uiterlijk));
}

const TABS: [ActieStatus, string][] = [
  ['OPEN', 'Open'],
  ['GEDAAN', 'Gedaan'],
  ['NIET_GEDAAN', 'Niet gedaan'],
];

/** "Mijn acties": the actions of the caller's organisation from case meetings, with due dates; overdue said in words. */
export function MijnActies({ api }: { api: SchakelApi }) {
  const [bericht] = useState(neemBericht);
  const [status, setStatus] = useState<ActieStatus>('OPEN');
  const namen = useOrganisatieNamen(api);
  const lijst = useGeladen((s) => api.acties(status, s), [api, status], 'Uw acties konden niet worden geladen.');
  useEffect(() => {
    document.title = 'Mijn acties – Schakel';
  }, []);
  const verlopen = status === 'OPEN' ? (lijst.waarde?.filter((a) => a.verlopen).length ?? 0) : 0;
  return (
    <>
      <h1 className="utrecht-heading-1">Mijn acties</h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      <div className="schakel-knoppen" role="group" aria-label="Welke acties">
        {TABS.map(([code, tekst]) => (
          <button
            key={code}
            type="button"
            className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
            aria-pressed={status === code}
            onClick={() => setStatus(code)}
          >
            {tekst}
          </button>
        ))}
      </div>
      {lijst.fout && <ApiFoutMelding fout={lijst.fout} />}
      {!lijst.waarde && !lijst.fout && (
        <p className="utrecht-paragraph" role="status">
          De acties worden geladen…
        </p>
      )}
      {verlopen > 0 && <Melding soort="waarschuwing" titel={verlopen === 1 ? '1 actie is over de datum' : `${verlopen} acties zijn over de datum`} />}
      {lijst.waarde && lijst.waarde.length === 0 && (
        <p className="utrecht-paragraph">Er zijn geen acties met de status {label(ACTIE_STATUS_LABELS, status).toLowerCase()}.</p>
      )}
      {lijst.waarde && lijst.waarde.length > 0 && (
        <div className="schakel-tabel-houder" role="region" aria-label={`Acties: ${label(ACTIE_STATUS_LABELS, status).toLowerCase()}`} tabIndex={0}>
          <table className="utrecht-table schakel-tabel" data-testid="acties">
            <caption className="utrecht-table__caption schakel-tabel__bijschrift">Acties: {label(ACTIE_STATUS_LABELS, status).toLowerCase()}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Actie</th>
                <th className="utrecht-table__header-cell" scope="col">Actiehouder</th>
                <th className="utrecht-table__header-cell" scope="col">Uit het overleg van</th>
                <th className="utrecht-table__header-cell" scope="col">Uiterlijk</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {actieVolgorde(lijst.waarde).map((a) => (
                <tr key={a.id} className="utrecht-table__row" data-id={a.id}>
                  <td className="utrecht-table__cell">
                    <a className="utrecht-link" href={paden.coActie(a.id)}>
                      {a.omschrijving}
                    </a>
                  </td>
                  <td className="utrecht-table__cell">{organisatieNaam(namen, a.eigenaarOrganisatieCode)}</td>
                  <td className="utrecht-table__cell">{datumTekst(a.agendapunt?.overlegDatum)}</td>
                  <td className="utrecht-table__cell" data-testid="uiterlijk">
                    {a.verlopen ? <strong className="schakel-verlopen">Verlopen: uiterlijk {datumTekst(a.uiterlijk)}</strong> : datumTekst(a.uiterlijk)}
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
