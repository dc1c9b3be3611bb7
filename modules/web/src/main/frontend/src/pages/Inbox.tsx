import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { OverdrachtSamenvatting, OverdrachtStatus } from '../api/overdracht';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { organisatieNaam, useOrganisatieNamen } from '../overdracht/organisaties';
import { neemBericht } from '../router';
import { OverdrachtTabel } from './Verstuurd';
import type { Mij } from '../api/types';
import { leesbareRollen } from '../rollen';
import { Zoekbalk, sorteer } from '../overdracht/Zoeken';
import type { Sortering } from '../overdracht/Zoeken';

export type Bak = 'nieuw' | 'in-behandeling' | 'teruggelegd' | 'verlopen';

/** The inbox's counts; "verlopen" (past the acceptance deadline) cuts across the others, as the issue asks for both. */
export const BAKKEN: { bak: Bak; label: string; hoort: (o: OverdrachtSamenvatting) => boolean }[] = [
  { bak: 'nieuw', label: 'Nieuw', hoort: (o) => o.status === 'VERZONDEN' },
  { bak: 'in-behandeling', label: 'In behandeling', hoort: (o) => o.status === 'ONTVANGEN' || o.status === 'GEACCEPTEERD' },
  { bak: 'teruggelegd', label: 'Teruggelegd', hoort: (o) => o.status === 'TERUGGELEGD' },
  { bak: 'verlopen', label: 'Verlopen', hoort: (o) => Boolean(o.acceptatieVerlopen) },
];

const INBOX_STATUSSEN: OverdrachtStatus[] = ['VERZONDEN', 'ONTVANGEN', 'GEACCEPTEERD', 'TERUGGELEGD'];

export function telPerBak(lijst: readonly OverdrachtSamenvatting[]): Record<Bak, number> {
  const tellingen: Record<Bak, number> = { nieuw: 0, 'in-behandeling': 0, teruggelegd: 0, verlopen: 0 };
  for (const o of lijst) {
    for (const b of BAKKEN) if (b.hoort(o)) tellingen[b.bak] += 1;
  }
  return tellingen;
}

/** What a screen reader hears after a tile is chosen: the group and how many the list now shows. */
export function filterTekst(bak: Bak | null, lijst: readonly OverdrachtSamenvatting[]): string {
  if (!bak) return `Alle overdrachten getoond: ${aantalTekst(lijst.length)}.`;
  const groep = BAKKEN.find((b) => b.bak === bak)!;
  return `Gefilterd op ${groep.label.toLowerCase()}: ${aantalTekst(lijst.filter(groep.hoort).length)}.`;
}

function aantalTekst(aantal: number): string {
  return aantal === 1 ? '1 overdracht' : `${aantal} overdrachten`;
}

/** The wijkteam's inbox: counts per status and the list, to be filtered per status. */
/** With {@code bak} (from "Mijn werk", `#/inbox?bak=nieuw`): opens filtered on that group. */
export function Inbox({ api, bak = null, mij = null }: { api: SchakelApi; bak?: string | null; mij?: Mij | null }) {
  // a receiver that returns an overdracht loses its grant at once, so its inbox never holds a returned one: the tile
  // "Teruggelegd" is only for Veilig Thuis's crisis desk, whose organisation sent them (as on Mijn werk); a receiver's
  // own returns are on "Door ons teruggelegd"
  const eigenOverdrachten = leesbareRollen(mij?.rollen).some((r) => r.code === 'crisismedewerker');
  const bakken = BAKKEN.filter((b) => b.bak !== 'teruggelegd' || eigenOverdrachten);
  const [bericht] = useState(neemBericht);
  const [lijst, setLijst] = useState<OverdrachtSamenvatting[] | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [filter, setFilter] = useState<Bak | null>(() => BAKKEN.find((b) => b.bak === bak)?.bak ?? null);
  const namen = useOrganisatieNamen(api);
  const [naam, setNaam] = useState('');
  // the name the shown list was loaded for: the result line speaks only of a list that answers the search typed
  const [geladenVoor, setGeladenVoor] = useState<string | null>(null);
  const [sortering, setSortering] = useState<Sortering>('gewijzigd');
  // said aloud after the user picks a tile: the list below changes without the focus moving there
  const [filterMelding, setFilterMelding] = useState('');

  useEffect(() => {
    document.title = 'Inbox – Schakel';
    const stop = new AbortController();
    setFout(null);
    api
      .overdrachten(INBOX_STATUSSEN, stop.signal, naam || undefined)
      .then((gevonden) => {
        setLijst(gevonden);
        setGeladenVoor(naam);
      })
      .catch((f: unknown) => {
        if (!stop.signal.aborted) setFout(alsFout(f, 'De inbox kon niet worden geladen.'));
      });
    return () => stop.abort();
  }, [api, naam]);

  const tellingen = lijst ? telPerBak(lijst) : null;
  const gefilterd = lijst && filter ? lijst.filter(BAKKEN.find((b) => b.bak === filter)!.hoort) : lijst;
  const getoond = gefilterd ? sorteer(gefilterd, sortering) : null;
  const filterLabel = filter ? BAKKEN.find((b) => b.bak === filter)!.label.toLowerCase() : null;

  return (
    <>
      <h1 className="utrecht-heading-1">Inbox</h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      {fout && <ApiFoutMelding fout={fout} />}
      {!lijst && !fout && (
        <p className="utrecht-paragraph" role="status">
          De inbox wordt geladen…
        </p>
      )}
      <Zoekbalk naam={naam} onZoek={setNaam} sortering={sortering} onSorteer={setSortering} />
      {naam && geladenVoor === naam && lijst && (
        <p className="utrecht-paragraph" role="status" data-testid="zoekresultaat">
          {lijst.length === 1 ? '1 overdracht' : `${lijst.length} overdrachten`} met ‘{naam}’ in een achternaam.
        </p>
      )}
      {tellingen && (
        <section aria-labelledby="kop-tellingen">
          <h2 className="schakel-visueel-verborgen" id="kop-tellingen">
            Aantallen per groep
          </h2>
          <ul className="schakel-tellingen" data-testid="tellingen">
            {bakken.map((b) => (
              <li key={b.bak} className="schakel-telling">
                <button
                  type="button"
                  className="schakel-telling__knop"
                  aria-pressed={filter === b.bak}
                  onClick={() => {
                    const nieuw = filter === b.bak ? null : b.bak;
                    setFilter(nieuw);
                    setFilterMelding(filterTekst(nieuw, lijst ?? []));
                  }}
                  data-testid={`telling-${b.bak}`}
                >
                  <span className="schakel-telling__getal">{tellingen[b.bak]}</span>
                  <span className="schakel-telling__label">{b.label}</span>
                </button>
              </li>
            ))}
          </ul>
          <p className="schakel-visueel-verborgen" role="status" data-testid="filtermelding">
            {filterMelding}
          </p>
          <p className="utrecht-paragraph schakel-hint">Kies een groep om de lijst daarop te filteren; kies nog eens om alles te tonen. Verlopen: de acceptatietermijn is voorbij.</p>
        </section>
      )}
      {getoond && getoond.length === 0 && !naam && (
        <p className="utrecht-paragraph" data-testid="inbox-leeg">
          {filterLabel ? `Er zijn geen overdrachten in de groep ${filterLabel}.` : 'Er staan geen overdrachten in uw inbox.'}
        </p>
      )}
      {getoond && getoond.length > 0 && (
        <OverdrachtTabel
          bijschrift={filterLabel ? `Overdrachten: ${filterLabel}` : 'Alle overdrachten in uw inbox'}
          lijst={getoond}
          kolom="afzender"
          naam={(code) => organisatieNaam(namen, code)}
        />
      )}
    </>
  );
}
