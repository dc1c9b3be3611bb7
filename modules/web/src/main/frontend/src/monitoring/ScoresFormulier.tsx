import { useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import { useBewaarBijHerlogin } from '../auth/bewaarBijHerlogin';
import type { Monitoringmoment, MonitoringmomentSamenvatting } from '../api/monitoring';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Tekstveld } from '../components/Velden';
import { datumTekst } from '../overdracht/labels';
import { leesScore, momentNaam } from './labels';

type Veld = 'scoreDirectbetrokkene' | 'scoreProfessional';

/** What the form keeps across a forced re-login: which moment, and what was typed (the page reopens it). */
export interface BewaardeScores {
  moment: string;
  waarden: Record<Veld, string>;
}

export const SCORES_BIJ_HERLOGIN = 'schakel.herlogin.scores';

/**
 * Records the two safety scores of one moment. The typed values stay in the fields on every error (also when
 * someone else changed the moment: then the new version is fetched and the user can send again).
 */
export function ScoresFormulier({
  api,
  moment,
  onVastgelegd,
  onAnnuleer,
  beginwaarden,
}: {
  api: SchakelApi;
  moment: MonitoringmomentSamenvatting;
  beginwaarden?: Record<Veld, string>;
  onVastgelegd: (moment: Monitoringmoment) => void;
  onAnnuleer: () => void;
}) {
  const [waarden, setWaarden] = useState<Record<Veld, string>>(
    beginwaarden ?? { scoreDirectbetrokkene: '', scoreProfessional: '' },
  );
  useBewaarBijHerlogin<BewaardeScores>(SCORES_BIJ_HERLOGIN, { moment: moment.id, waarden }, true);
  const [fouten, setFouten] = useState<Partial<Record<Veld, string>>>({});
  const [fout, setFout] = useState<Fout | null>(null);
  const [versie, setVersie] = useState(moment.versie);
  const [bezig, setBezig] = useState(false);

  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    const direct = leesScore(waarden.scoreDirectbetrokkene, 'directbetrokkene');
    const professional = leesScore(waarden.scoreProfessional, 'professional');
    const nieuweFouten: Partial<Record<Veld, string>> = {};
    if ('fout' in direct) nieuweFouten.scoreDirectbetrokkene = direct.fout;
    if ('fout' in professional) nieuweFouten.scoreProfessional = professional.fout;
    setFouten(nieuweFouten);
    setFout(null);
    const eerste = (Object.keys(nieuweFouten) as Veld[])[0];
    if (eerste) {
      document.getElementById(`veld-${eerste}`)?.focus();
      return;
    }
    setBezig(true);
    try {
      const vastgelegd = await api.legScoresVast(moment.overdracht, moment.id, versie, {
        scoreDirectbetrokkene: 'waarde' in direct ? direct.waarde : null,
        scoreProfessional: 'waarde' in professional ? professional.waarde : null,
      });
      onVastgelegd(vastgelegd);
    } catch (f) {
      const melding = alsFout(f, 'De scores konden niet worden vastgelegd.');
      setFout(melding);
      if (f instanceof ApiFout) {
        const perVeld: Partial<Record<Veld, string>> = {};
        for (const p of f.ongeldigeVelden) {
          if (p.name === 'scoreDirectbetrokkene' || p.name === 'scoreProfessional') perVeld[p.name] = p.reason;
        }
        setFouten(perVeld);
        if (f.status === 412) {
          // changed meanwhile: take the current version, keep what was typed
          try {
            const actueel = (await api.monitoringmomenten(moment.overdracht)).find((m) => m.id === moment.id);
            if (actueel) setVersie(actueel.versie);
          } catch {
            // the error above stays
          }
        }
      }
    } finally {
      setBezig(false);
    }
  };

  const veld = (sleutel: Veld, label: string, hint: string) => (
    <Tekstveld
      sleutel={sleutel}
      label={label}
      hint={hint}
      verplicht
      inputMode="numeric"
      breedte="smal"
      waarde={waarden[sleutel]}
      onWijzig={(waarde) => setWaarden((oud) => ({ ...oud, [sleutel]: waarde }))}
      fout={fouten[sleutel]}
    />
  );

  return (
    <form className="schakel-kaart" onSubmit={verstuur} noValidate aria-labelledby="kop-scores" data-testid="scoresformulier">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-scores">
        Scores vastleggen: {momentNaam(moment.maandenNaAcceptatie).toLowerCase()} (gepland op {datumTekst(moment.geplandOp)})
      </h2>
      {fout && <ApiFoutMelding fout={fout} />}
      {veld('scoreDirectbetrokkene', 'Veiligheidsscore van de directbetrokkene', 'Zoals de directbetrokkene die zelf geeft: 0 (niet veilig) tot en met 10 (helemaal veilig).')}
      {veld('scoreProfessional', 'Veiligheidsscore van de professional', 'Het oordeel van de professional: 0 tot en met 10.')}
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
          Scores vastleggen
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={onAnnuleer}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
