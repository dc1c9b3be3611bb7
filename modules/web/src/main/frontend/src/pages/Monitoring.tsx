import { useCallback, useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Kengetallen, Monitoringfase, MonitoringmomentSamenvatting } from '../api/monitoring';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { SCORES_BIJ_HERLOGIN, ScoresFormulier } from '../monitoring/ScoresFormulier';
import type { BewaardeScores } from '../monitoring/ScoresFormulier';
import { neemBewaard } from '../auth/bewaarBijHerlogin';
import { FASE_LABELS, kengetalZin, momentNaam, procentTekst } from '../monitoring/labels';
import type { OverdrachtSamenvatting } from '../api/overdracht';
import { datumTekst, herkenningsdetails, herkenningsnaam, zaaknummer } from '../overdracht/labels';
import { paden } from '../router';

/** The order of the groups: what needs doing first. */
const GROEPEN: readonly Monitoringfase[] = ['VERLOPEN', 'TE_DOEN', 'GEPLAND', 'UITGEVOERD'];

/** Veilig Thuis's monitoring after acceptance: the KPI, the moments by phase, and recording the two scores. */
export function Monitoring({ api }: { api: SchakelApi }) {
  const [momenten, setMomenten] = useState<MonitoringmomentSamenvatting[] | null>(null);
  const [kengetallen, setKengetallen] = useState<Kengetallen | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [gekozen, setGekozen] = useState<MonitoringmomentSamenvatting | null>(null);
  // scores typed before a forced re-login: that moment's form opens again with them
  const [bewaard] = useState(() => neemBewaard<BewaardeScores>(SCORES_BIJ_HERLOGIN));
  const [bericht, setBericht] = useState<string | null>(null);
  const berichtRef = useRef<HTMLDivElement>(null);
  // the cases by what people recognise them by (the inbox's label); without it the case number alone
  const [herkenning, setHerkenning] = useState<ReadonlyMap<string, OverdrachtSamenvatting>>(new Map());

  const laad = useCallback(
    (signaal?: AbortSignal) =>
      Promise.all([api.mijnMonitoringmomenten(signaal), api.kengetallen(signaal)])
        .then(([m, k]) => {
          setMomenten(m);
          setKengetallen(k);
          const terug = bewaard && m.find((moment) => moment.id === bewaard.moment);
          if (terug) setGekozen((huidig) => huidig ?? terug);
        })
        .catch((f: unknown) => {
          if (!signaal?.aborted) setFout(alsFout(f, 'De monitoring kon niet worden geladen.'));
        }),
    [api, bewaard],
  );

  useEffect(() => {
    document.title = 'Monitoring – Schakel';
    const stop = new AbortController();
    void laad(stop.signal);
    // monitoring follows acceptance: the accepted overdrachten of the organisation carry the names (under the same grants)
    api
      .overdrachten(['GEACCEPTEERD'], stop.signal)
      .then((lijst) => setHerkenning(new Map(lijst.map((o) => [o.id, o]))))
      .catch(() => {
        // the case number stays: the moments are what this page is for
      });
    return () => stop.abort();
  }, [laad, api]);

  useEffect(() => {
    if (gekozen) document.getElementById('veld-scoreDirectbetrokkene')?.focus();
  }, [gekozen]);

  return (
    <>
      <h1 className="utrecht-heading-1">Monitoring</h1>
      <p className="utrecht-paragraph">
        Na 3 en na 12 maanden vraagt Veilig Thuis de directbetrokkene en de professional hoe veilig het nu is (0 tot en met 10).
      </p>
      <div ref={berichtRef} tabIndex={-1}>
        {bericht && <Melding soort="info" titel={bericht} />}
      </div>
      {fout && <ApiFoutMelding fout={fout} />}
      {kengetallen && <KengetallenKaart kengetallen={kengetallen} />}
      {gekozen && (
        <ScoresFormulier
          key={gekozen.id}
          api={api}
          moment={gekozen}
          beginwaarden={bewaard?.moment === gekozen.id ? bewaard.waarden : undefined}
          onAnnuleer={() => setGekozen(null)}
          onVastgelegd={() => {
            setGekozen(null);
            setBericht('De scores zijn vastgelegd.');
            void laad().then(() => berichtRef.current?.focus());
          }}
        />
      )}
      {!momenten && !fout && (
        <p className="utrecht-paragraph" role="status">
          De monitoringmomenten worden geladen…
        </p>
      )}
      {momenten && momenten.length === 0 && (
        <p className="utrecht-paragraph">Er zijn nog geen monitoringmomenten: die worden gepland zodra een overdracht is geaccepteerd.</p>
      )}
      {momenten &&
        GROEPEN.map((fase) => {
          const inGroep = momenten.filter((m) => m.fase === fase);
          return inGroep.length === 0 ? null : (
            <MomentenTabel key={fase} fase={fase} momenten={inGroep} onKies={setGekozen} gekozen={gekozen?.id ?? null} herkenning={herkenning} />
          );
        })}
    </>
  );
}

function KengetallenKaart({ kengetallen }: { kengetallen: Kengetallen }) {
  return (
    <section className="schakel-kaart" aria-labelledby="kop-kengetallen" data-testid="kengetallen">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-kengetallen">
        Kengetal
      </h2>
      <p className="utrecht-paragraph">
        <strong>{kengetalZin(kengetallen)}</strong>
      </p>
      <dl className="utrecht-data-list schakel-gegevens">
        {[...kengetallen.perMoment, kengetallen.totaal].map((t) => (
          <div key={t.maandenNaAcceptatie ?? 'totaal'} className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">
              {t.maandenNaAcceptatie ? momentNaam(t.maandenNaAcceptatie) : 'Totaal'} ({t.momenten}{' '}
              {t.momenten === 1 ? 'moment' : 'momenten'})
            </dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              directbetrokkene {procentTekst(t.directbetrokkene.aandeelProcent)}, professional{' '}
              {procentTekst(t.professional.aandeelProcent)}, samen {procentTekst(t.samen.aandeelProcent)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function MomentenTabel({
  fase,
  momenten,
  onKies,
  gekozen,
  herkenning,
}: {
  fase: Monitoringfase;
  momenten: MonitoringmomentSamenvatting[];
  onKies: (m: MonitoringmomentSamenvatting) => void;
  gekozen: string | null;
  herkenning: ReadonlyMap<string, OverdrachtSamenvatting>;
}) {
  const bijschrift = `${FASE_LABELS[fase]} (${momenten.length})`;
  const vastTeLeggen = fase === 'TE_DOEN' || fase === 'VERLOPEN';
  return (
    <div className="schakel-tabel-houder" role="region" aria-label={bijschrift} tabIndex={0}>
      <table className="utrecht-table schakel-tabel" data-testid={`monitoring-${fase.toLowerCase()}`}>
        <caption className="utrecht-table__caption schakel-tabel__bijschrift">{bijschrift}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              Overdracht
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Moment
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              Gepland op
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {fase === 'UITGEVOERD' ? 'Status' : 'Uiterlijk'}
            </th>
            {vastTeLeggen && (
              <th className="utrecht-table__header-cell" scope="col">
                <span className="schakel-visueel-verborgen">Actie</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {momenten.map((m) => (
            <tr key={m.id} className="utrecht-table__row" data-id={m.id}>
              <td className="utrecht-table__cell">
                <a className="utrecht-link" href={paden.overdracht(m.overdracht)}>
                  {herkenning.has(m.overdracht) ? herkenningsnaam(herkenning.get(m.overdracht)!.herkenning) : 'Overdracht'}
                </a>
                <br />
                <span className="schakel-hint" data-testid="herkenning">
                  {herkenningsdetails(herkenning.get(m.overdracht) ?? { id: m.overdracht })}
                </span>
              </td>
              <td className="utrecht-table__cell">{momentNaam(m.maandenNaAcceptatie)}</td>
              <td className="utrecht-table__cell">{datumTekst(m.geplandOp)}</td>
              <td className="utrecht-table__cell">{fase === 'UITGEVOERD' ? FASE_LABELS[fase] : datumTekst(m.uiterlijk)}</td>
              {vastTeLeggen && (
                <td className="utrecht-table__cell">
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
                    onClick={() => onKies(m)}
                    aria-expanded={gekozen === m.id}
                    // the visible text first (WCAG 2.5.3), then which row: every row has the same button
                    aria-label={`Scores vastleggen voor ${rijNaam(m.overdracht, herkenning)}, ${momentNaam(m.maandenNaAcceptatie).toLowerCase()}`}
                  >
                    Scores vastleggen
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Which row a button belongs to, for a screen reader: the name when shared, always the case number. */
function rijNaam(id: string, herkenning: ReadonlyMap<string, OverdrachtSamenvatting>): string {
  const o = herkenning.get(id);
  const naam = o?.herkenning?.naamGedeeld ? `${herkenningsnaam(o.herkenning)}, ` : '';
  return `${naam}zaaknummer ${zaaknummer(id)}`;
}
