import { useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFout } from '../../api/fouten';
import { ApiFoutMelding, alsFout } from '../../components/ApiFoutMelding';
import type { Fout } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { Tekstveld } from '../../components/Velden';
import { veldId } from '../../overdracht/formulier';
import { datumTekst } from '../../overdracht/labels';
import { navigeer, neemBericht, paden } from '../../router';
import { useGeladen, useTafel } from '../gedeeld';
import { vandaagInNederland } from '../../vandaag';
import { leegePlanning, naarPlanning, tijdTekst, valideerPlanning } from '../planning';
import type { PlanningFormulier } from '../planning';

const VELDEN: (keyof PlanningFormulier)[] = ['datum', 'aanvang', 'einde', 'plaats', 'onlineLink', 'voorzitter', 'notulist'];

/** The meetings the caller's organisation owns (organiser and chair), and for the organiser a form to plan one. */
export function Overleggen({ api, magPlannen }: { api: SchakelApi; magPlannen: boolean }) {
  const [bericht] = useState(neemBericht);
  const lijst = useGeladen((s) => api.overleggen(vandaagInNederland(), s), [api], 'De overleggen konden niet worden geladen.');
  useEffect(() => {
    document.title = 'Overleggen – Schakel';
  }, []);
  return (
    <>
      <h1 className="utrecht-heading-1">Overleggen</h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      {lijst.fout && <ApiFoutMelding fout={lijst.fout} />}
      {!lijst.waarde && !lijst.fout && (
        <p className="utrecht-paragraph" role="status">
          De overleggen worden geladen…
        </p>
      )}
      {lijst.waarde && lijst.waarde.length === 0 && <p className="utrecht-paragraph">Er zijn geen geplande overleggen.</p>}
      {lijst.waarde && lijst.waarde.length > 0 && (
        <ul className="utrecht-unordered-list schakel-lijst" data-testid="overleggen">
          {lijst.waarde.map((o) => (
            <li key={o.id} className="utrecht-unordered-list__item" data-id={o.id}>
              <a className="utrecht-link" href={paden.coOverleg(o.id)}>
                Casusoverleg {datumTekst(o.datum)} om {tijdTekst(o.aanvang)}
              </a>
              {o.plaats ? `, ${o.plaats}` : o.onlineLink ? ', online' : ''} (voorzitter {o.voorzitter})
            </li>
          ))}
        </ul>
      )}
      {magPlannen && <PlanOverleg api={api} />}
    </>
  );
}

function PlanOverleg({ api }: { api: SchakelApi }) {
  const tafel = useTafel(api);
  const [f, setF] = useState<PlanningFormulier>(leegePlanning);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [fout, setFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const uitkomst = useRef<HTMLDivElement>(null);

  const plan = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig || !tafel.waarde) return;
    const gevonden = valideerPlanning(f, vandaagInNederland());
    setFouten(gevonden);
    setFout(null);
    const eerste = VELDEN.find((v) => gevonden[v]);
    if (eerste) {
      document.getElementById(veldId(eerste))?.focus();
      return;
    }
    setBezig(true);
    try {
      const overleg = await api.planOverleg(naarPlanning(tafel.waarde.id, f));
      navigeer(paden.coOverleg(overleg.id), 'Het overleg is gepland. Zet er nu casussen op de agenda.');
    } catch (x) {
      if (x instanceof ApiFout && x.ongeldigeVelden.length) {
        setFouten(Object.fromEntries(x.ongeldigeVelden.map((p) => [p.name, p.reason])));
      }
      setFout(alsFout(x, 'Het overleg kon niet worden gepland.'));
      setTimeout(() => uitkomst.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };
  const veld = (sleutel: keyof PlanningFormulier) => ({
    sleutel,
    waarde: f[sleutel],
    onWijzig: (w: string) => setF((oud) => ({ ...oud, [sleutel]: w })),
    fout: fouten[sleutel],
  });
  return (
    <section className="schakel-kaart" aria-labelledby="kop-plannen">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-plannen">
        Overleg plannen
      </h2>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        {fout && <ApiFoutMelding fout={fout} />}
        {tafel.fout && <ApiFoutMelding fout={tafel.fout} />}
      </div>
      <form onSubmit={plan} noValidate aria-label="Overleg plannen">
        <Tekstveld {...veld('datum')} label="Datum" type="date" breedte="smal" verplicht />
        <Tekstveld {...veld('aanvang')} label="Aanvang" type="time" breedte="smal" verplicht />
        <Tekstveld {...veld('einde')} label="Einde (niet verplicht)" type="time" breedte="smal" />
        <Tekstveld {...veld('plaats')} label="Plaats" hint="Een plaats, een onlinelink of beide." breedte="midden" />
        <Tekstveld {...veld('onlineLink')} label="Onlinelink" breedte="midden" />
        <Tekstveld {...veld('voorzitter')} label="Voorzitter" hint="Namens Veilig Thuis Rotterdam Rijnmond." breedte="midden" verplicht />
        <Tekstveld {...veld('notulist')} label="Notulist" breedte="midden" verplicht />
        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
            Overleg plannen
          </button>
        </div>
      </form>
    </section>
  );
}
