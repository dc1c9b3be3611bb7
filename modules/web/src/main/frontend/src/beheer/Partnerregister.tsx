import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Organisatie } from '../api/overdracht';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { organisatietypeLabel } from '../organisatietypen';

/**
 * The functioneel beheerder's view of the partner register: every organisation with its code, type, municipalities
 * (by name) and parent. Read-only here, and the screen says why: the API lets only the link with the regional partner
 * register change it (`PUT /organisaties/{id}`, role `integratie`), so a change made here would be overwritten.
 */
export function Partnerregister({ api }: { api: SchakelApi }) {
  const [organisaties, setOrganisaties] = useState<Organisatie[] | null>(null);
  // null while loading: the list waits for the names, so that no municipality shows as unknown for a moment
  const [gemeenten, setGemeenten] = useState<ReadonlyMap<string, string> | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [zoek, setZoek] = useState('');

  useEffect(() => {
    document.title = 'Partnerregister – Schakel';
    const stop = new AbortController();
    api
      .organisaties(undefined, stop.signal)
      .then(setOrganisaties)
      .catch((f: unknown) => {
        if (!stop.signal.aborted) setFout(alsFout(f, 'Het partnerregister kon niet worden geladen.'));
      });
    api
      .gemeenten(stop.signal)
      .then((lijst) => setGemeenten(new Map(lijst.map((g) => [g.code, g.naam]))))
      .catch(() => {
        // the list stays usable; a municipality without its name shows "onbekende gemeente"
        if (!stop.signal.aborted) setGemeenten(new Map());
      });
    return () => stop.abort();
  }, [api]);

  const term = zoek.trim().toLowerCase();
  const getoond = (organisaties ?? [])
    .filter((o) => !term || o.naam.toLowerCase().includes(term) || o.code.toLowerCase().includes(term))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));

  return (
    <>
      <h1 className="utrecht-heading-1">Partnerregister</h1>
      <p className="utrecht-paragraph" data-testid="alleen-lezen">
        De organisaties die op Schakel samenwerken, met hun code, soort en werkgebied. Dit register komt uit het regionale
        partnerregister en wordt door de koppeling bijgewerkt; daarom kunt u het hier bekijken maar niet wijzigen. Klopt er
        iets niet, meld het dan bij de beheerder van het regionale partnerregister.
      </p>
      {fout && <ApiFoutMelding fout={fout} />}
      {(!organisaties || !gemeenten) && !fout && (
        <p className="utrecht-paragraph" role="status">
          Het partnerregister wordt geladen…
        </p>
      )}
      {organisaties && gemeenten && (
        <>
          <div className="utrecht-form-field schakel-veld">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label schakel-label" htmlFor="veld-partnerzoek">
                Zoek op naam of code
              </label>
            </div>
            <input
              id="veld-partnerzoek"
              className="utrecht-textbox utrecht-textbox--html-input schakel-invoer schakel-invoer--midden"
              value={zoek}
              onChange={(e) => setZoek(e.target.value)}
              autoComplete="off"
            />
          </div>
          <p className="utrecht-paragraph" role="status" data-testid="partneraantal">
            {getoond.length === 1 ? '1 organisatie' : `${getoond.length} organisaties`}
          </p>
          <div className="schakel-tabel-houder" role="region" aria-label="Organisaties in het partnerregister" tabIndex={0}>
            <table className="utrecht-table schakel-tabel schakel-tabel--kaarten" data-testid="partners">
              <caption className="utrecht-table__caption schakel-tabel__bijschrift">Organisaties in het partnerregister</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th className="utrecht-table__header-cell" scope="col">Organisatie</th>
                  <th className="utrecht-table__header-cell" scope="col">Code</th>
                  <th className="utrecht-table__header-cell" scope="col">Soort</th>
                  <th className="utrecht-table__header-cell" scope="col">Gemeenten</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {getoond.map((o) => (
                  <tr key={o.id} className="utrecht-table__row" data-code={o.code}>
                    <td className="utrecht-table__cell">{o.naam}</td>
                    <td className="utrecht-table__cell" data-kolom="Code">{o.code}</td>
                    <td className="utrecht-table__cell" data-kolom="Soort">{organisatietypeLabel(o.type)}</td>
                    <td className="utrecht-table__cell schakel-tabel__lang" data-kolom="Gemeenten">
                      {(o.gemeenten ?? []).length === 0
                        ? 'Hele regio of geen werkgebied'
                        : (o.gemeenten ?? []).map((g) => gemeenten.get(g) ?? 'onbekende gemeente').join(', ')}
                    </td>
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
