import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { OverdrachtSamenvatting } from '../api/overdracht';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { herkenningsdetails, herkenningsnaam, momentTekst, statusLabel } from '../overdracht/labels';
import { isOpgeschaaldEnOpen, termijnTekst } from '../overdracht/termijn';
import { organisatieNaam, useOrganisatieNamen } from '../overdracht/organisaties';
import { neemBericht, paden } from '../router';
import { Zoekbalk, sorteer } from '../overdracht/Zoeken';
import type { Sortering } from '../overdracht/Zoeken';

/**
 * "Verstuurde overdrachten" of the user's organisation (concepts too), newest change first, with the overdue ones
 * counted and filterable. With {@code alleenOpgeschaald}: the teamleider's view, the escalated ones still open.
 */
/** The groups "Mijn werk" links to (`#/verstuurd?groep=open`). */
export const GROEPEN: Readonly<Record<string, { label: string; hoort: (o: OverdrachtSamenvatting) => boolean }>> = {
  concept: { label: 'concepten, nog niet verstuurd', hoort: (o) => o.status === 'CONCEPT' },
  open: { label: 'verstuurd, wacht op acceptatie', hoort: (o) => o.status === 'VERZONDEN' || o.status === 'ONTVANGEN' },
  teruggelegd: { label: 'teruggelegd door de ontvanger', hoort: (o) => o.status === 'TERUGGELEGD' },
};

export function Verstuurd({
  api,
  alleenOpgeschaald = false,
  groep = null,
}: {
  api: SchakelApi;
  alleenOpgeschaald?: boolean;
  groep?: string | null;
}) {
  const [bericht] = useState(neemBericht);
  const [lijst, setLijst] = useState<OverdrachtSamenvatting[] | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [alleenVerlopen, setAlleenVerlopen] = useState(false);
  const namen = useOrganisatieNamen(api);
  const [naam, setNaam] = useState('');
  // the name the shown list was loaded for: the result line speaks only of a list that answers the search typed
  const [geladenVoor, setGeladenVoor] = useState<string | null>(null);
  const [sortering, setSortering] = useState<Sortering>('gewijzigd');
  const titel = alleenOpgeschaald ? 'Opgeschaalde overdrachten' : 'Verstuurde overdrachten';

  useEffect(() => {
    document.title = `${titel} – Schakel`;
    const stop = new AbortController();
    setFout(null);
    api
      .overdrachten(alleenOpgeschaald ? ['VERZONDEN', 'ONTVANGEN'] : undefined, stop.signal, naam || undefined)
      .then((gevonden) => {
        setLijst(gevonden);
        setGeladenVoor(naam);
      })
      .catch((f: unknown) => {
        if (!stop.signal.aborted) setFout(alsFout(f, 'De overdrachten konden niet worden geladen.'));
      });
    return () => stop.abort();
  }, [api, alleenOpgeschaald, titel, naam]);

  const gekozen = groep && !alleenOpgeschaald ? GROEPEN[groep] ?? null : null;
  const relevant = lijst && alleenOpgeschaald ? lijst.filter(isOpgeschaaldEnOpen) : lijst && gekozen ? lijst.filter(gekozen.hoort) : lijst;
  const verlopen = relevant ? relevant.filter((o) => o.acceptatieVerlopen).length : 0;
  const gefilterd = relevant && alleenVerlopen ? relevant.filter((o) => o.acceptatieVerlopen) : relevant;
  const getoond = gefilterd ? sorteer(gefilterd, sortering) : null;

  return (
    <>
      <h1 className="utrecht-heading-1">{titel}</h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      {fout && <ApiFoutMelding fout={fout} />}
      {!lijst && !fout && (
        <p className="utrecht-paragraph" role="status">
          De overdrachten worden geladen…
        </p>
      )}
      {alleenOpgeschaald && relevant && (
        <p className="utrecht-paragraph">
          Overdrachten van uw organisatie waarvan de acceptatietermijn verstreken is en die nog niet zijn geaccepteerd of
          teruggelegd. Neem contact op met de ontvanger of met de procesregisseur.
        </p>
      )}
      <Zoekbalk naam={naam} onZoek={setNaam} sortering={sortering} onSorteer={setSortering} />
      {naam && geladenVoor === naam && relevant && (
        <p className="utrecht-paragraph" role="status" data-testid="zoekresultaat">
          {relevant.length === 1 ? '1 overdracht' : `${relevant.length} overdrachten`} met ‘{naam}’ in een achternaam.
        </p>
      )}
      {gekozen && lijst && (
        <p className="utrecht-paragraph" data-testid="groep">
          U ziet alleen de overdrachten: {gekozen.label}.{' '}
          <a className="utrecht-link" href={paden.verstuurd}>
            Toon alle overdrachten
          </a>
        </p>
      )}
      {!alleenOpgeschaald && verlopen > 0 && (
        <div className="schakel-verlopen-melding" data-testid="verlopen-melding">
          <Melding
            soort="waarschuwing"
            titel={`${verlopen} ${verlopen === 1 ? 'overdracht is' : 'overdrachten zijn'} over de acceptatietermijn en opgeschaald naar de teamleider.`}
          />
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
            aria-pressed={alleenVerlopen} onClick={() => setAlleenVerlopen(!alleenVerlopen)} data-testid="filter-verlopen">
            {alleenVerlopen ? 'Toon alle overdrachten' : 'Toon alleen verlopen'}
          </button>
        </div>
      )}
      {relevant && relevant.length === 0 && !naam && (
        gekozen ? (
          <p className="utrecht-paragraph">Er zijn geen overdrachten in deze groep.</p>
        ) : alleenOpgeschaald ? (
          <p className="utrecht-paragraph" data-testid="geen-opgeschaald">Er zijn geen opgeschaalde overdrachten.</p>
        ) : (
          <p className="utrecht-paragraph">
            Er zijn nog geen overdrachten.{' '}
            <a className="utrecht-link" href={paden.nieuw}>
              Stel een nieuwe overdracht op
            </a>
            .
          </p>
        )
      )}
      {getoond && getoond.length > 0 && (
        <OverdrachtTabel
          bijschrift={alleenOpgeschaald ? 'Opgeschaalde overdrachten, laatst gewijzigd eerst'
            : alleenVerlopen ? 'Verlopen overdrachten van uw organisatie' : 'Overdrachten van uw organisatie, laatst gewijzigd eerst'}
          lijst={getoond}
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
      <table className="utrecht-table schakel-tabel schakel-tabel--kaarten" data-testid="overdrachten">
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
              Termijn
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
                  {herkenningsnaam(o.herkenning)}
                </a>
                <br />
                <span className="schakel-hint" data-testid="herkenning">{herkenningsdetails(o)}</span>
              </td>
              <td className="utrecht-table__cell" data-kolom="Status">
                <span className={`schakel-status schakel-status--${o.status.toLowerCase()}`}>{statusLabel(o.status)}</span>
              </td>
              <td className="utrecht-table__cell" data-kolom={kolom === 'ontvanger' ? 'Ontvanger' : 'Van'}>
                {kolom === 'ontvanger' ? naam(o.ontvangendeOrganisatie) || 'Nog niet gekozen' : naam(o.eigenaarOrganisatie)}
              </td>
              <td className="utrecht-table__cell" data-testid="termijn" data-kolom="Termijn">
                {o.acceptatieVerlopen ? <strong className="schakel-verlopen">{termijnTekst(o)}</strong> : termijnTekst(o)}
              </td>
              <td className="utrecht-table__cell" data-kolom="Laatst gewijzigd">{momentTekst(o.laatstGewijzigd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
