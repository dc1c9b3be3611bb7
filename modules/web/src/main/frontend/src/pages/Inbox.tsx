import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { OverdrachtSamenvatting, OverdrachtStatus } from '../api/overdracht';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { organisatieNaam, useOrganisatieNamen } from '../overdracht/organisaties';
import { neemBericht } from '../router';
import { OverdrachtTabel } from './Verstuurd';

export type Bak = 'nieuw' | 'in-behandeling' | 'teruggelegd';

export const BAKKEN: { bak: Bak; label: string; statussen: OverdrachtStatus[] }[] = [
  { bak: 'nieuw', label: 'Nieuw', statussen: ['VERZONDEN'] },
  { bak: 'in-behandeling', label: 'In behandeling', statussen: ['ONTVANGEN', 'GEACCEPTEERD'] },
  { bak: 'teruggelegd', label: 'Teruggelegd', statussen: ['TERUGGELEGD'] },
];

const INBOX_STATUSSEN: OverdrachtStatus[] = BAKKEN.flatMap((b) => b.statussen);

export function telPerBak(lijst: readonly OverdrachtSamenvatting[]): Record<Bak, number> {
  const tellingen: Record<Bak, number> = { nieuw: 0, 'in-behandeling': 0, teruggelegd: 0 };
  for (const o of lijst) {
    const bak = BAKKEN.find((b) => b.statussen.includes(o.status));
    if (bak) tellingen[bak.bak] += 1;
  }
  return tellingen;
}

/** The wijkteam's inbox: counts per status and the list, to be filtered per status. */
export function Inbox({ api }: { api: SchakelApi }) {
  const [bericht] = useState(neemBericht);
  const [lijst, setLijst] = useState<OverdrachtSamenvatting[] | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [filter, setFilter] = useState<Bak | null>(null);
  const namen = useOrganisatieNamen(api);

  useEffect(() => {
    document.title = 'Inbox – Schakel';
    const stop = new AbortController();
    api
      .overdrachten(INBOX_STATUSSEN, stop.signal)
      .then(setLijst)
      .catch((f: unknown) => {
        if (!stop.signal.aborted) setFout(alsFout(f, 'De inbox kon niet worden geladen.'));
      });
    return () => stop.abort();
  }, [api]);

  const tellingen = lijst ? telPerBak(lijst) : null;
  const getoond = lijst && filter ? lijst.filter((o) => BAKKEN.find((b) => b.bak === filter)!.statussen.includes(o.status)) : lijst;
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
      {tellingen && (
        <section aria-labelledby="kop-tellingen">
          <h2 className="schakel-visueel-verborgen" id="kop-tellingen">
            Aantallen per status
          </h2>
          <ul className="schakel-tellingen" data-testid="tellingen">
            {BAKKEN.map((b) => (
              <li key={b.bak} className="schakel-telling">
                <button
                  type="button"
                  className="schakel-telling__knop"
                  aria-pressed={filter === b.bak}
                  onClick={() => setFilter(filter === b.bak ? null : b.bak)}
                  data-testid={`telling-${b.bak}`}
                >
                  <span className="schakel-telling__getal">{tellingen[b.bak]}</span>
                  <span className="schakel-telling__label">{b.label}</span>
                </button>
              </li>
            ))}
          </ul>
          <p className="utrecht-paragraph schakel-hint">Kies een status om de lijst daarop te filteren; kies nog eens om alles te tonen.</p>
        </section>
      )}
      {getoond && getoond.length === 0 && (
        <p className="utrecht-paragraph" data-testid="inbox-leeg">
          {filterLabel ? `Er zijn geen overdrachten met de status ${filterLabel}.` : 'Er staan geen overdrachten in uw inbox.'}
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
