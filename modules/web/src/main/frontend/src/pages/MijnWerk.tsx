import { useEffect } from 'react';
import type { SchakelApi } from '../api/client';
import type { Mij } from '../api/types';
import { ApiFoutMelding } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { useGeladen } from '../components/useGeladen';
import { leesbareRollen } from '../rollen';
import { organisatietypeLabel } from '../organisatietypen';
import type { Werktegel } from '../api/werk';

export interface MijnWerkProps {
  api: SchakelApi;
  /** Who is logged in, as the app shell fetched it (the page does not fetch `/mij` again); null while it loads. */
  mij: Mij | null;
  /** Why the shell could not fetch it. */
  mijFout: Fout | null;
  /** Fetch `/mij` again after an error. */
  onOpnieuw: () => void;
}

/** The start page: what waits for the user in every flow (counts leading to their lists), and who is logged in. */
export function MijnWerk({ api, mij, mijFout, onOpnieuw }: MijnWerkProps) {
  useEffect(() => {
    document.title = 'Mijn werk – Schakel';
  }, []);

  return (
    <>
      <h1 className="utrecht-heading-1">Mijn werk</h1>
      <div className="schakel-raster">
        <section className="schakel-kaart">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-aangemeld">
            Ingelogd als
          </h2>
          {!mij && !mijFout && (
            <p className="utrecht-paragraph" role="status">
              Uw gegevens worden geladen…
            </p>
          )}
          {mijFout && (
            <ApiFoutMelding fout={mijFout}>
              <p className="utrecht-paragraph">
                <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={onOpnieuw}>
                  Opnieuw proberen
                </button>
              </p>
            </ApiFoutMelding>
          )}
          {mij && !mijFout && <Medewerkergegevens mij={mij} />}
        </section>
        <Werkvoorraad api={api} />
      </div>
    </>
  );
}

function Medewerkergegevens({ mij }: { mij: Mij }) {
  const rollen = leesbareRollen(mij.rollen);
  const type = organisatietypeLabel(mij.organisatie?.type);
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens">
      <div className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">Naam</dt>
        <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="naam">
          {mij.naam ?? mij.gebruikersnaam ?? 'Onbekend'}
        </dd>
      </div>
      <div className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">Organisatie</dt>
        <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="organisatie">
          {mij.organisatie ? (
            <>
              <span className="schakel-organisatie__naam">{mij.organisatie.naam}</span>{' '}
              {type && <span className="schakel-organisatie__type">{type}</span>}
            </>
          ) : (
            'Geen organisatie bekend'
          )}
        </dd>
      </div>
      {mij.team && (
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Team</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{mij.team}</dd>
        </div>
      )}
      <div className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">{rollen.length === 1 ? 'Rol' : 'Rollen'}</dt>
        <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="rollen">
          {rollen.length === 0 ? (
            'Geen rollen toegekend'
          ) : (
            <ul className="schakel-rollen">
              {rollen.map((rol) => (
                <li key={rol.code} className="schakel-rollen__item">
                  <span className="schakel-rollen__label">{rol.label}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}

/** The flows in the order the page shows them; a flow not named here comes last, under its own name. */
const STROMEN: readonly { stroom: string; kop: string }[] = [
  { stroom: 'overdracht', kop: 'Overdracht' },
  { stroom: 'casusoverleg', kop: 'Casusoverleg' },
  { stroom: 'crisisdossier', kop: 'Crisisdossier' },
  { stroom: 'toegang', kop: 'Noodtoegang' },
  { stroom: 'verzoeken', kop: 'Verzoeken van betrokkenen' },
  { stroom: 'vernietiging', kop: 'Vernietiging' },
];

/** Tiles grouped by flow, known flows first in their order, each group in the order the API gave. */
export function groepeer(tegels: readonly Werktegel[]): { stroom: string; kop: string; tegels: Werktegel[] }[] {
  const groepen = new Map<string, Werktegel[]>();
  for (const tegel of tegels) {
    groepen.set(tegel.stroom, [...(groepen.get(tegel.stroom) ?? []), tegel]);
  }
  const bekend = STROMEN.filter((s) => groepen.has(s.stroom)).map((s) => ({ ...s, tegels: groepen.get(s.stroom)! }));
  const overig = [...groepen.keys()]
    .filter((stroom) => !STROMEN.some((s) => s.stroom === stroom))
    .map((stroom) => ({ stroom, kop: stroom.charAt(0).toUpperCase() + stroom.slice(1), tegels: groepen.get(stroom)! }));
  return [...bekend, ...overig];
}

function Werkvoorraad({ api }: { api: SchakelApi }) {
  const { waarde: tegels, fout } = useGeladen((s) => api.mijnWerk(s).then((a) => a.tegels), [api], 'Uw werkvoorraad kon niet worden geladen.');

  return (
    <section className="schakel-kaart schakel-kaart--werk" aria-labelledby="kop-werkvoorraad">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-werkvoorraad">
        Werkvoorraad
      </h2>
      {!tegels && !fout && (
        <p className="utrecht-paragraph" role="status">
          Uw werkvoorraad wordt geladen…
        </p>
      )}
      {fout && <ApiFoutMelding fout={fout} />}
      {tegels && !fout && tegels.length === 0 && <p className="utrecht-paragraph">Er staat voor uw rol geen werk in Schakel klaar.</p>}
      {tegels &&
        !fout &&
        groepeer(tegels).map((groep) => (
          <section key={groep.stroom} aria-labelledby={`kop-stroom-${groep.stroom}`} className="schakel-werkgroep">
            <h3 className="utrecht-heading-3" id={`kop-stroom-${groep.stroom}`}>
              {groep.kop}
            </h3>
            <ul className="schakel-tegels" data-testid={`werk-${groep.stroom}`}>
              {groep.tegels.map((tegel) => (
                <li key={tegel.code} className="schakel-tegel" data-code={tegel.code}>
                  <a className="utrecht-link schakel-tegel__link" href={tegel.scherm}>
                    <span className="schakel-tegel__aantal">{tegel.aantal}</span>{' '}
                    <span className="schakel-tegel__titel">{tegel.titel}</span>
                    {tegel.vraagtAandacht && <span className="schakel-tegel__aandacht">Let op: termijn verstreken</span>}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
