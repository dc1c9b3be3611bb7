import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Mij } from '../api/types';
import { Melding } from '../components/Melding';
import { leesbareRollen } from '../rollen';
import { organisatietypeLabel } from '../organisatietypen';

type Toestand =
  | { soort: 'laden' }
  | { soort: 'klaar'; mij: Mij }
  | { soort: 'fout'; fout: Pick<ApiFout, 'titel' | 'detail' | 'kenmerk'> };

export interface MijnWerkProps {
  api: SchakelApi;
}

/** The start page: who is logged in, and (soon) the work lists. */
export function MijnWerk({ api }: MijnWerkProps) {
  const [toestand, setToestand] = useState<Toestand>({ soort: 'laden' });

  useEffect(() => {
    document.title = 'Mijn werk – Schakel';
    const stop = new AbortController();
    api
      .mij(stop.signal)
      .then((mij) => setToestand({ soort: 'klaar', mij }))
      .catch((fout: unknown) => {
        if (stop.signal.aborted) return;
        setToestand({
          soort: 'fout',
          fout:
            fout instanceof ApiFout
              ? fout
              : { titel: 'Er ging iets mis', detail: 'Uw gegevens konden niet worden geladen.', kenmerk: null },
        });
      });
    return () => stop.abort();
  }, [api]);

  return (
    <>
      <h1 className="utrecht-heading-1">Mijn werk</h1>
      <div className="schakel-raster">
        <section className="schakel-kaart">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-aangemeld">
            Ingelogd als
          </h2>
          {toestand.soort === 'laden' && (
            <p className="utrecht-paragraph" role="status">
              Uw gegevens worden geladen…
            </p>
          )}
          {toestand.soort === 'fout' && (
            <Melding soort="fout" titel={toestand.fout.titel}>
              {toestand.fout.detail && <p className="utrecht-paragraph">{toestand.fout.detail}</p>}
              {toestand.fout.kenmerk && (
                <p className="utrecht-paragraph schakel-kenmerk">
                  Kenmerk voor de servicedesk: <code className="utrecht-code">{toestand.fout.kenmerk}</code>
                </p>
              )}
            </Melding>
          )}
          {toestand.soort === 'klaar' && <Medewerkergegevens mij={toestand.mij} />}
        </section>
        <section className="schakel-kaart schakel-kaart--werk" aria-labelledby="kop-werkvoorraad">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-werkvoorraad">
            Werkvoorraad
          </h2>
          <p className="utrecht-paragraph">
            Hier komen binnenkort uw overdrachten, casusoverleggen en crisisdossiers te staan.
          </p>
        </section>
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
      {mij.gebruikersnaam && (
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Gebruikersnaam</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            <code className="utrecht-code">{mij.gebruikersnaam}</code>
          </dd>
        </div>
      )}
      <div className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">Organisatie</dt>
        <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="organisatie">
          {mij.organisatie ? (
            <>
              <span className="schakel-organisatie__naam">{mij.organisatie.naam}</span>{' '}
              <span className="schakel-code" title="Organisatiecode">
                <span className="schakel-visueel-verborgen">code </span>
                {mij.organisatie.code}
              </span>
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
                  <span className="schakel-rollen__label">{rol.label}</span>{' '}
                  <span className="schakel-code" title="Rolcode">
                    <span className="schakel-visueel-verborgen">rolcode </span>
                    {rol.code}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
