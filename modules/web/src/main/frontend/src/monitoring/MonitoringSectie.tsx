import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Monitoringmoment } from '../api/monitoring';
import { datumTekst } from '../overdracht/labels';
import { paden } from '../router';
import { FASE_LABELS, momentNaam } from './labels';

/**
 * The "Monitoring" section of an accepted overdracht, for Veilig Thuis: the planned moments and, once recorded,
 * the two scores. Self-contained: it loads its own data and shows nothing else when that fails.
 */
export function MonitoringSectie({ api, overdrachtId }: { api: SchakelApi; overdrachtId: string }) {
  const [momenten, setMomenten] = useState<Monitoringmoment[] | null>(null);
  const [mislukt, setMislukt] = useState<'geweigerd' | 'fout' | null>(null);

  useEffect(() => {
    const stop = new AbortController();
    Promise.resolve()
      .then(() => api.monitoringmomenten(overdrachtId, stop.signal))
      .then(setMomenten)
      .catch((f: unknown) => {
        if (!stop.signal.aborted) setMislukt(f instanceof ApiFout && f.status === 403 ? 'geweigerd' : 'fout');
      });
    return () => stop.abort();
  }, [api, overdrachtId]);

  return (
    <section className="schakel-kaart" aria-labelledby="kop-monitoring" data-testid="monitoring">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-monitoring">
        Monitoring
      </h2>
      {mislukt === 'geweigerd' && (
        <p className="utrecht-paragraph" data-testid="monitoring-niet-voor-u">
          De monitoring na de overdracht is het werk van de procesregisseur. Met uw rol ziet u de momenten en scores niet.
        </p>
      )}
      {mislukt === 'fout' && <p className="utrecht-paragraph">De monitoringmomenten konden niet worden geladen.</p>}
      {!momenten && !mislukt && (
        <p className="utrecht-paragraph" role="status">
          De monitoringmomenten worden geladen…
        </p>
      )}
      {momenten && momenten.length === 0 && <p className="utrecht-paragraph">Er zijn (nog) geen monitoringmomenten gepland.</p>}
      {momenten && momenten.length > 0 && (
        <>
          <dl className="utrecht-data-list schakel-gegevens">
            {momenten.map((m) => (
              <div key={m.id} className="utrecht-data-list__item" data-id={m.id}>
                <dt className="utrecht-data-list__item-key">{momentNaam(m.maandenNaAcceptatie)}</dt>
                <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                  {m.status === 'UITGEVOERD'
                    ? scoresTekst(m)
                    : planningTekst(m)}
                </dd>
              </div>
            ))}
          </dl>
          {momenten.some((m) => m.fase === 'TE_DOEN' || m.fase === 'VERLOPEN') && (
            <p className="utrecht-paragraph">
              <a className="utrecht-link" href={paden.monitoring}>
                Scores vastleggen op de pagina Monitoring
              </a>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** "Gepland op 25 november 2027", or "Te doen (gepland op …)": the phase is said once. */
function planningTekst(m: Monitoringmoment): string {
  const datum = datumTekst(m.geplandOp);
  return m.fase === 'GEPLAND' ? `Gepland op ${datum}` : `${FASE_LABELS[m.fase]} (gepland op ${datum})`;
}

function scoresTekst(m: Monitoringmoment): string {
  const wanneer = `uitgevoerd (gepland op ${datumTekst(m.geplandOp)})`;
  if (m.scoreDirectbetrokkene === null || m.scoreDirectbetrokkene === undefined) return `${wanneer}; scores achtergehouden`;
  return `${wanneer}: directbetrokkene ${m.scoreDirectbetrokkene}, professional ${m.scoreProfessional}`;
}
