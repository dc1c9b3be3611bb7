import { useState } from 'react';
import { Tekstveld } from '../components/Velden';
import { veldId } from '../overdracht/formulier';
import type { Overleg, Verplaatsing } from './api';
import { vandaagInNederland } from '../vandaag';
import { naarVerplaatsing, tijdTekst, valideerVerplaatsing, verplaatsingVan } from './planning';
import type { VerplaatsingFormulier } from './planning';

/**
 * Moving a meeting that has not taken place, for its organiser, below the agenda (the page's main work). The rules are checked here as the server checks them (CSO-030); the server's answer — a stale
 * version, a meeting that has passed (CSO-031) — comes back through the page's own outcome area, as every change does.
 * Every running invitation's access moves with the date; the page says so before the organiser confirms.
 *
 * The page mounts it keyed by the meeting's version, so a new version (moved here, or reloaded after a conflict) starts
 * a fresh form, while a re-render or a reload of the same version never replaces what the organiser typed. (An effect
 * that reset the form on mount could run after the first keystroke and wipe it.)
 */
export function OverlegVerplaatsen({
  overleg,
  bezig,
  verplaats,
}: {
  overleg: Overleg;
  bezig: boolean;
  verplaats: (verplaatsing: Verplaatsing) => void;
}) {
  const [formulier, setFormulier] = useState<VerplaatsingFormulier>(() => verplaatsingVan(overleg));
  const [fouten, setFouten] = useState<Record<string, string>>({});

  const veld = (naam: keyof VerplaatsingFormulier) => ({
    sleutel: `verplaats-${naam}`,
    waarde: formulier[naam],
    fout: fouten[naam],
    onWijzig: (waarde: string) => setFormulier((f) => ({ ...f, [naam]: waarde })),
  });

  return (
    <section className="schakel-kaart" aria-labelledby="kop-verplaatsen">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-verplaatsen">
        Overleg verplaatsen
      </h2>
      <p className="utrecht-paragraph">
        Elke lopende uitnodiging schuift mee: genodigden zien hun agendapunt tot het einde van de termijn na de nieuwe datum.
        De toegang van wie een actie heeft, blijft zoals hij is.
      </p>
      <form
        noValidate
        aria-label="Overleg verplaatsen"
        onSubmit={(e) => {
          e.preventDefault();
          const gevonden = valideerVerplaatsing(formulier, vandaagInNederland(), overleg.einde);
          setFouten(gevonden);
          const eerste = Object.keys(gevonden)[0];
          if (eerste) {
            document.getElementById(veldId(`verplaats-${eerste}`))?.focus();
            return;
          }
          void verplaats(naarVerplaatsing(formulier));
        }}
      >
        <Tekstveld {...veld('datum')} label="Nieuwe datum" type="date" breedte="smal" verplicht />
        <Tekstveld {...veld('aanvang')} label="Nieuwe aanvang" type="time" breedte="smal" verplicht />
        <Tekstveld
          {...veld('einde')}
          label="Nieuw einde (niet verplicht)"
          hint={overleg.einde ? `Leeg gelaten blijft het einde ${tijdTekst(overleg.einde)}.` : undefined}
          type="time"
          breedte="smal"
        />
        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
            Overleg verplaatsen
          </button>
        </div>
      </form>
    </section>
  );
}
