import { useEffect } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import { datumTekst } from '../../overdracht/labels';
import { paden } from '../../router';
import { useGeladen } from '../gedeeld';
import { vandaagInNederland } from '../../vandaag';
import { tijdTekst } from '../planning';

/** "Mijn agendapunten": only the items the caller's organisation is invited to, with the meeting date; no case content. */
export function MijnAgendapunten({ api }: { api: SchakelApi }) {
  const lijst = useGeladen((s) => api.agendapunten(vandaagInNederland(), s), [api], 'Uw agendapunten konden niet worden geladen.');
  useEffect(() => {
    document.title = 'Mijn agendapunten – Schakel';
  }, []);
  return (
    <>
      <h1 className="utrecht-heading-1">Mijn agendapunten</h1>
      <p className="utrecht-paragraph">De agendapunten van komende casusoverleggen waarvoor uw organisatie is uitgenodigd. U ziet alleen deze agendapunten, niet de rest van de agenda.</p>
      {lijst.fout && <ApiFoutMelding fout={lijst.fout} />}
      {!lijst.waarde && !lijst.fout && (
        <p className="utrecht-paragraph" role="status">
          De agendapunten worden geladen…
        </p>
      )}
      {lijst.waarde && lijst.waarde.length === 0 && <p className="utrecht-paragraph">Uw organisatie is voor geen komend agendapunt uitgenodigd.</p>}
      {lijst.waarde && lijst.waarde.length > 0 && (
        <div className="schakel-tabel-houder" role="region" aria-label="Uw agendapunten" tabIndex={0}>
          <table className="utrecht-table schakel-tabel" data-testid="agendapunten">
            <caption className="utrecht-table__caption schakel-tabel__bijschrift">Uw agendapunten</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">Agendapunt</th>
                <th className="utrecht-table__header-cell" scope="col">Overleg</th>
                <th className="utrecht-table__header-cell" scope="col">Plaats</th>
                <th className="utrecht-table__header-cell" scope="col">Geheimhouding</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lijst.waarde.map((p) => (
                <tr key={p.id} className="utrecht-table__row" data-id={p.id}>
                  <td className="utrecht-table__cell">
                    <a className="utrecht-link" href={paden.coAgendapunt(p.id)}>
                      Agendapunt {p.volgnummer}
                    </a>
                    {p.status === 'AFGESCHAALD' ? ' (afgeschaald)' : ''}
                  </td>
                  <td className="utrecht-table__cell">
                    {datumTekst(p.overleg.datum)} om {tijdTekst(p.overleg.aanvang)}
                  </td>
                  <td className="utrecht-table__cell">{p.overleg.plaats ?? (p.overleg.onlineLink ? 'Online' : '–')}</td>
                  <td className="utrecht-table__cell">
                    {p.geheimhoudingBevestigd === undefined ? '–' : p.geheimhoudingBevestigd ? 'Bevestigd' : 'Nog te bevestigen'}
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
