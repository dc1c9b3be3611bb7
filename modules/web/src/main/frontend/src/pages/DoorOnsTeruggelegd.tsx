import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Teruglegging } from '../api/overdracht';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { momentTekst } from '../overdracht/labels';

/**
 * "Door ons teruggelegd": the overdrachten the user's organisation returned. Returning ends the organisation's access,
 * so this list shows only what it may still see — its own step (when, by whom, why) and to which Veilig Thuis it went
 * back — never the case; the screen says so, and who decides what happens next.
 */
export function DoorOnsTeruggelegd({ api }: { api: SchakelApi }) {
  const [lijst, setLijst] = useState<Teruglegging[] | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);

  useEffect(() => {
    document.title = 'Door ons teruggelegd – Schakel';
    const stop = new AbortController();
    api
      .terugleggingen(stop.signal)
      .then(setLijst)
      .catch((f: unknown) => {
        if (!stop.signal.aborted) setFout(alsFout(f, 'De teruggelegde overdrachten konden niet worden geladen.'));
      });
    return () => stop.abort();
  }, [api]);

  return (
    <>
      <h1 className="utrecht-heading-1">Door ons teruggelegd</h1>
      <p className="utrecht-paragraph" data-testid="uitleg-teruggelegd">
        Overdrachten die uw organisatie heeft teruggelegd bij Veilig Thuis. Uw toegang tot de zaak eindigde bij het
        terugleggen: hier staat alleen wat u zelf deed — wanneer, door wie en met welke reden. Veilig Thuis beslist wat er
        verder met de zaak gebeurt.
      </p>
      {fout && <ApiFoutMelding fout={fout} />}
      {!lijst && !fout && (
        <p className="utrecht-paragraph" role="status">
          De teruggelegde overdrachten worden geladen…
        </p>
      )}
      {lijst && lijst.length === 0 && (
        <p className="utrecht-paragraph" data-testid="teruggelegd-leeg">
          Uw organisatie heeft geen overdrachten teruggelegd.
        </p>
      )}
      {lijst && lijst.length > 0 && (
        <>
          <p className="utrecht-paragraph" role="status" data-testid="teruggelegd-aantal">
            {aantalTekst(lijst, new Date())}
          </p>
          <div className="schakel-tabel-houder" role="region" aria-label="Door ons teruggelegde overdrachten" tabIndex={0}>
            <table className="utrecht-table schakel-tabel schakel-tabel--kaarten" data-testid="terugleggingen">
              <caption className="utrecht-table__caption schakel-tabel__bijschrift">Door ons teruggelegde overdrachten, nieuwste eerst</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Zaaknummer</th>
                  <th className="utrecht-table__header-cell" scope="col">Teruggelegd op</th>
                  <th className="utrecht-table__header-cell" scope="col">Door</th>
                  <th className="utrecht-table__header-cell" scope="col">Reden</th>
                  <th className="utrecht-table__header-cell" scope="col">Terug naar</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {lijst.map((t) => (
                  <tr key={`${t.overdracht}-${t.teruggelegdOp}`} className="utrecht-table__row" data-zaaknummer={t.zaaknummer}>
                    <td className="utrecht-table__cell">{t.zaaknummer}</td>
                    <td className="utrecht-table__cell" data-kolom="Teruggelegd op">{momentTekst(t.teruggelegdOp)}</td>
                    <td className="utrecht-table__cell" data-kolom="Door">{t.teruggelegdDoor}</td>
                    <td className="utrecht-table__cell schakel-tabel__lang" data-kolom="Reden">
                      <q className="schakel-reden-tekst">{t.reden}</q>
                    </td>
                    <td className="utrecht-table__cell" data-kolom="Terug naar">{t.veiligThuis.naam}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}

/** The window of the Mijn werk tile (the server's Terugleggingzaken.RECENT): the list names how many fall inside it. */
const RECENT_DAGEN = 30;

/** "12 teruggelegde overdrachten, waarvan 3 in de laatste 30 dagen": the tile's count is found back in the list. */
export function aantalTekst(lijst: Teruglegging[], nu: Date): string {
  const grens = nu.getTime() - RECENT_DAGEN * 24 * 60 * 60 * 1000;
  const recent = lijst.filter((t) => Date.parse(t.teruggelegdOp) >= grens).length;
  const totaal = lijst.length === 1 ? '1 teruggelegde overdracht' : `${lijst.length} teruggelegde overdrachten`;
  return `${totaal}, waarvan ${recent} in de laatste ${RECENT_DAGEN} dagen`;
}
