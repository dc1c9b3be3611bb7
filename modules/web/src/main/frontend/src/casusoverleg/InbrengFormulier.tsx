import { useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import { ALLE_CATEGORIEEN } from '../api/overdracht';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { Keuzelijst, Tekstveld, Tekstvak } from '../components/Velden';
import { veldId } from '../overdracht/formulier';
import { categorieLabel, datumTekst, label, momentTekst } from '../overdracht/labels';
import { bewaartermijnTekst } from '../vernietiging/labels';
import type { Inbreng } from './api';
import { isConflict, wijzigingsfout, Wijzigingsfout } from './gedeeld';
import { MAXIMUM_DELEN, eersteFout, naarDelen, nieuwDeel, valideerDelen, vanInbreng } from './inbreng';
import type { DeelInvoer } from './inbreng';
import { INBRENG_STATUS_LABELS } from './labels';

const CATEGORIE_OPTIES: [string, string][] = ALLE_CATEGORIEEN.map((c) => [c, categorieLabel(c)]);

/**
 * The caller's own inbreng on an item: parts by category with legal basis and text; save as a draft, share (the
 * invited partners then see the parts their categories cover), withdraw. Every change carries If-Match.
 */
export function InbrengFormulier({
  api,
  agendapuntId,
  eigen,
  onGewijzigd,
  onHerlaad,
}: {
  api: SchakelApi;
  agendapuntId: string;
  eigen: Inbreng | null;
  onGewijzigd: (inbreng: Inbreng, bericht: string) => void;
  onHerlaad: () => void;
}) {
  const [delen, setDelen] = useState<DeelInvoer[]>(() => vanInbreng(eigen));
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [fout, setFout] = useState<Fout | null>(null);
  const [conflict, setConflict] = useState(false);
  const [bezig, setBezig] = useState(false);
  const uitkomst = useRef<HTMLDivElement>(null);

  const zetDeel = (i: number, wijziging: Partial<DeelInvoer>) => setDelen((d) => d.map((x, j) => (j === i ? { ...x, ...wijziging } : x)));

  const bewaar = async (): Promise<Inbreng | null> => {
    const gevonden = valideerDelen(delen);
    setFouten(gevonden);
    const eerste = eersteFout(gevonden, delen);
    if (eerste) {
      document.getElementById(veldId(eerste))?.focus();
      return null;
    }
    try {
      return eigen ? await api.wijzigInbreng(agendapuntId, eigen.id, eigen.versie, naarDelen(delen)) : await api.leverInbreng(agendapuntId, naarDelen(delen));
    } catch (f) {
      if (f instanceof ApiFout && f.ongeldigeVelden.length) setFouten(Object.fromEntries(f.ongeldigeVelden.map((p) => [p.name, p.reason])));
      throw f;
    }
  };

  const voerUit = async (werk: () => Promise<Inbreng | null>, bericht: string) => {
    if (bezig) return;
    setBezig(true);
    setFout(null);
    setConflict(false);
    try {
      const nieuw = await werk();
      if (nieuw) onGewijzigd(nieuw, bericht);
    } catch (f) {
      setFout(wijzigingsfout(f, 'De inbreng is niet opgeslagen.'));
      setConflict(isConflict(f));
      setTimeout(() => uitkomst.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };

  return (
    <section className="schakel-kaart" aria-labelledby="kop-eigen-inbreng" data-testid="eigen-inbreng">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-eigen-inbreng">
        Uw inbreng
      </h2>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        <Wijzigingsfout fout={fout} conflict={conflict} onHerlaad={onHerlaad} />
      </div>
      <p className="utrecht-paragraph" data-testid="inbreng-status">
        {eigen
          ? `Status: ${label(INBRENG_STATUS_LABELS, eigen.status)}${eigen.gedeeldOp && eigen.status === 'GEDEELD' ? `, gedeeld op ${momentTekst(eigen.gedeeldOp)}` : ''}.`
          : 'U heeft nog geen inbreng geleverd. Een concept ziet alleen uw organisatie.'}
      </p>
      {eigen && (
        <p className="utrecht-paragraph" data-testid="inbreng-bewaartermijn">
          {`Uw bewaartermijn: ${bewaartermijnTekst(eigen.vernietigingsdatum, 'afschaling', datumTekst)}.`}
        </p>
      )}
      {eigen?.status === 'GEDEELD' && (
        <Melding soort="info" titel="Gedeelde inbreng blijft gedeeld">
          <p className="utrecht-paragraph">Als u haar wijzigt, zien de genodigden de nieuwe versie. Trek haar in om het delen te stoppen.</p>
        </Melding>
      )}
      <form noValidate aria-label="Inbreng" onSubmit={(e) => { e.preventDefault(); void voerUit(bewaar, 'Uw inbreng is opgeslagen.'); }}>
        {fouten.delen && <p className="schakel-foutmelding" id={veldId('delen')} tabIndex={-1}>Fout: {fouten.delen}</p>}
        {delen.map((d, i) => (
          <fieldset key={i} className="utrecht-fieldset schakel-groep" aria-labelledby={`deel-${i}`}>
            <legend className="utrecht-fieldset__legend schakel-label" id={`deel-${i}`}>
              Deel {i + 1}
            </legend>
            <Keuzelijst
              sleutel={`delen[${i}].categorie`}
              label="Gegevenscategorie"
              hint="Een genodigde ziet dit deel alleen als het beleid zijn organisatie deze categorie geeft."
              verplicht
              opties={CATEGORIE_OPTIES}
              waarde={d.categorie}
              onWijzig={(w) => zetDeel(i, { categorie: w })}
              fout={fouten[`delen[${i}].categorie`]}
            />
            <Tekstveld
              sleutel={`delen[${i}].grondslag`}
              label="Grondslag"
              hint="Op welke wettelijke grondslag deelt u dit? Bijvoorbeeld: art. 16 Wpg."
              verplicht
              breedte="midden"
              waarde={d.grondslag}
              onWijzig={(w) => zetDeel(i, { grondslag: w })}
              fout={fouten[`delen[${i}].grondslag`]}
            />
            <Tekstvak
              sleutel={`delen[${i}].tekst`}
              label="Tekst"
              verplicht
              regels={4}
              waarde={d.tekst}
              onWijzig={(w) => zetDeel(i, { tekst: w })}
              fout={fouten[`delen[${i}].tekst`]}
            />
            {delen.length > 1 && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action schakel-knop-verwijder"
                onClick={() => {
                  setDelen((x) => x.filter((_, j) => j !== i));
                  setFouten({});
                  setTimeout(() => document.getElementById('knop-deel-toevoegen')?.focus(), 0);
                }}
              >
                Deel {i + 1} verwijderen
              </button>
            )}
          </fieldset>
        ))}
        {delen.length < MAXIMUM_DELEN && (
          <button
            type="button"
            id="knop-deel-toevoegen"
            className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
            onClick={() => {
              const nummer = delen.length;
              setDelen((x) => [...x, nieuwDeel()]);
              setTimeout(() => document.getElementById(veldId(`delen[${nummer}].categorie`))?.focus(), 0);
            }}
          >
            Deel toevoegen
          </button>
        )}
        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={bezig || undefined}>
            {eigen?.status === 'GEDEELD' ? 'Wijziging opslaan' : 'Opslaan als concept'}
          </button>
          {eigen?.status !== 'GEDEELD' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--primary-action"
              aria-disabled={bezig || undefined}
              onClick={() =>
                voerUit(async () => {
                  const opgeslagen = await bewaar();
                  return opgeslagen ? api.inbrengStap(agendapuntId, opgeslagen.id, opgeslagen.versie, 'deling') : null;
                }, 'Uw inbreng is gedeeld met de genodigden van dit agendapunt.')
              }
            >
              Opslaan en delen
            </button>
          )}
          {eigen?.status === 'GEDEELD' && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action schakel-knop-verwijder"
              aria-disabled={bezig || undefined}
              onClick={() => voerUit(() => api.inbrengStap(agendapuntId, eigen.id, eigen.versie, 'intrekking'), 'Uw inbreng is ingetrokken; alleen uw organisatie ziet haar nog.')}
            >
              Inbreng intrekken
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
