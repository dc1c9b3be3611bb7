import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { OverdrachtSamenvatting } from '../api/overdracht';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { momentTekst, statusLabel } from '../overdracht/labels';
import { organisatieNaam, useOrganisatieNamen } from '../overdracht/organisaties';
import { neemBericht, paden } from '../router';

/** "Verstuurde overdrachten" of the user's organisation (concepts too), newest change first. */
export function Verstuurd({ api }: { api: SchakelApi }) {
  const [bericht] = useState(neemBericht);
  const [lijst, setLijst] = useState<OverdrachtSamenvatting[] | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const namen = useOrganisatieNamen(api);

  useEffect(() => {
    document.title = 'Verstuurde overdrachten – Schakel';
    const stop = new AbortController();
    api
      .overdrachten(undefined, stop.signal)
      .then(setLijst)
      .catch((f: unknown) => {
        if (!stop.signal.aborted) setFout(alsFout(f, 'De overdrachten konden niet worden geladen.'));
      });
    return () => stop.abort();
  }, [api]);

  return (
    <>
      <h1 className="utrecht-heading-1">Verstuurde overdrachten</h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      {fout && <ApiFoutMelding fout={fout} />}
      {!lijst && !fout && (
        <p className="utrecht-paragraph" role="status">
          De overdrachten worden geladen…
        </p>
      )}
      {lijst && lijst.length === 0 && (
        <p className="utrecht-paragraph">
          Er zijn nog geen overdrachten.{' '}
          <a className="utrecht-link" href={paden.nieuw}>
            Stel een nieuwe overdracht op
          </a>
          .
        </p>
      )}
      {lijst && lijst.length > 0 && (
        <OverdrachtTabel
          bijschrift="Overdrachten van uw organisatie, laatst gewijzigd eerst"
          lijst={lijst}
          kolom="ontvanger"
          naam={(code) => organisatieNaam(namen, code)}
        />
      )}
    </>
  );
}

export function OverdrachtTabel({
  bijschrift,
  lijst,
  kolom,
  naam,
}: {
  bijschrift: string;
  lijst: OverdrachtSamenvatting[];
  kolom: 'ontvanger' | 'afzender';
  naam: (code: string | null) => string;
}) {
  return (
    // on a narrow screen the table scrolls sideways: a named region that can take the focus, so the keyboard can scroll it
    <div className="schakel-tabel-houder" role="region" aria-label={bijschrift} tabIndex={0}>
      <table className="utrecht-table schakel-tabel" data-testid="overdrachten">
        <caption className="utrecht-table__caption schakel-tabel__bijschrift">{bijschrift}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              Overdracht
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Status
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {kolom === 'ontvanger' ? 'Ontvanger' : 'Van'}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Laatst gewijzigd
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {lijst.map((o) => (
            <tr key={o.id} className="utrecht-table__row" data-id={o.id}>
              <td className="utrecht-table__cell">
                <a className="utrecht-link" href={paden.overdracht(o.id)}>
                  Overdracht {o.id.slice(0, 8)}
                </a>
              </td>
              <td className="utrecht-table__cell">
                <span className={`schakel-status schakel-status--${o.status.toLowerCase()}`}>{statusLabel(o.status)}</span>
              </td>
              <td className="utrecht-table__cell">
                {kolom === 'ontvanger' ? naam(o.ontvangendeOrganisatie) || 'Nog niet gekozen' : naam(o.eigenaarOrganisatie)}
              </td>
              <td className="utrecht-table__cell">{momentTekst(o.laatstGewijzigd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
