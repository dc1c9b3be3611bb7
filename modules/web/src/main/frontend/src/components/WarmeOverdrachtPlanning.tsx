import { vandaagInNederland } from '../vandaag';
import { useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import { neemBewaard, useBewaarBijHerlogin } from '../auth/bewaarBijHerlogin';
import type { Overdracht, WarmeOverdracht } from '../api/overdracht';
import { datumTekst } from '../overdracht/labels';
import { ApiFoutMelding, alsFout } from './ApiFoutMelding';
import type { Fout } from './ApiFoutMelding';
import { Tekstveld } from './Velden';

type Veld = keyof WarmeOverdracht;

/** Checks in the browser what the API checks too (OVD-017), so the user sees the error next to the field at once. */
export function controleerPlanning(planning: WarmeOverdracht, vandaag: string): Partial<Record<Veld, string>> {
  const fouten: Partial<Record<Veld, string>> = {};
  if (!planning.datum) fouten.datum = 'Vul de datum van het gesprek in.';
  else if (planning.datum < vandaag) fouten.datum = 'Kies een datum vanaf vandaag.';
  if (!planning.tijd) fouten.tijd = 'Vul de tijd van het gesprek in.';
  if (!planning.plaats.trim()) fouten.plaats = 'Vul in waar het gesprek is.';
  else if (planning.plaats.trim().length > 200) fouten.plaats = 'De plaats is te lang: ten hoogste 200 tekens.';
  return fouten;
}


/**
 * The warm handover: the receiver plans the joint conversation with Veilig Thuis and the family (day, time, place);
 * both sides see the plan. The receiver can move it as long as it holds the overdracht.
 */
export function WarmeOverdrachtPlanning({
  api,
  overdracht,
  magPlannen,
  onGepland,
}: {
  api: SchakelApi;
  overdracht: Overdracht;
  magPlannen: boolean;
  onGepland: (nieuw: Overdracht) => void;
}) {
  const huidig = overdracht.warmeOverdracht ?? null;
  const bewaarSleutel = `schakel.herlogin.warme-overdracht:${overdracht.id}`;
  // typed before a forced re-login: the form opens again with it
  const [bewaard] = useState(() => neemBewaard<WarmeOverdracht>(bewaarSleutel));
  const [open, setOpen] = useState(bewaard !== null);
  const [planning, setPlanning] = useState<WarmeOverdracht>(
    bewaard ?? {
      datum: huidig?.datum ?? '',
      tijd: huidig?.tijd?.slice(0, 5) ?? '',
      plaats: huidig?.plaats ?? '',
    },
  );
  const [fouten, setFouten] = useState<Partial<Record<Veld, string>>>({});
  const [fout, setFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const kanPlannen = magPlannen && (overdracht.status === 'ONTVANGEN' || overdracht.status === 'GEACCEPTEERD');
  useBewaarBijHerlogin(bewaarSleutel, planning, kanPlannen && open);
  if (!huidig && !kanPlannen) return null;

  const wijzig = (veld: Veld) => (waarde: string) => setPlanning((p) => ({ ...p, [veld]: waarde }));

  const bewaar = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    const gevonden = controleerPlanning(planning, vandaagInNederland());
    setFouten(gevonden);
    const eerste = (['datum', 'tijd', 'plaats'] as Veld[]).find((v) => gevonden[v]);
    if (eerste) {
      document.getElementById(`veld-warme-${eerste}`)?.focus();
      return;
    }
    setBezig(true);
    setFout(null);
    try {
      const nieuw = await api.planWarmeOverdracht(overdracht.id, overdracht.versie, { ...planning, plaats: planning.plaats.trim() });
      setOpen(false);
      onGepland(nieuw);
    } catch (f) {
      // the typed plan stays in the form: nothing is lost on an error
      setFout(alsFout(f, 'De warme overdracht kon niet worden gepland.'));
      if (f instanceof ApiFout && f.ongeldigeVelden.length > 0) {
        const vanServer: Partial<Record<Veld, string>> = {};
        for (const p of f.ongeldigeVelden) {
          if (p.name === 'datum' || p.name === 'tijd' || p.name === 'plaats') vanServer[p.name] = p.reason;
        }
        setFouten(vanServer);
      }
    } finally {
      setBezig(false);
    }
  };

  return (
    <section className="schakel-kaart schakel-warme-overdracht" aria-labelledby="kop-warme-overdracht" data-testid="warme-overdracht">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-warme-overdracht">
        Warme overdracht
      </h2>
      {huidig ? (
        <p className="utrecht-paragraph" data-testid="warme-overdracht-gepland">
          Gezamenlijk gesprek met Veilig Thuis en het gezin op <strong>{datumTekst(huidig.datum)}</strong> om{' '}
          <strong>{huidig.tijd.slice(0, 5)}</strong>, {huidig.plaats}.
        </p>
      ) : (
        <p className="utrecht-paragraph">Nog niet gepland.</p>
      )}
      {kanPlannen && !open && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => setOpen(true)}>
          {huidig ? 'Verzetten' : 'Warme overdracht plannen'}
        </button>
      )}
      {kanPlannen && open && (
        <form onSubmit={bewaar} noValidate aria-label="Warme overdracht plannen">
          {fout && <ApiFoutMelding fout={fout} />}
          <Tekstveld sleutel="warme-datum" label="Datum" type="date" verplicht waarde={planning.datum} onWijzig={wijzig('datum')} fout={fouten.datum} breedte="smal" />
          <Tekstveld sleutel="warme-tijd" label="Tijd" type="time" verplicht waarde={planning.tijd} onWijzig={wijzig('tijd')} fout={fouten.tijd} breedte="smal" />
          <Tekstveld
            sleutel="warme-plaats"
            label="Plaats"
            hint="Bijvoorbeeld 'wijkteamkantoor' of 'bij het gezin thuis'. Typ hier geen adres van het gezin."
            verplicht
            waarde={planning.plaats}
            onWijzig={wijzig('plaats')}
            fout={fouten.plaats}
          />
          <div className="schakel-knoppen">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
              Planning opslaan
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => setOpen(false)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
