import { useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import { BetrokkenenVelden } from '../components/BetrokkenenVelden';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { Keuzerondjes, Tekstvak, Vinkjes } from '../components/Velden';
import { veldId } from '../overdracht/formulier';
import { organisatieNaam } from '../overdracht/organisaties';
import type { Aanmelding, Overlegtafel } from './api';
import { MAXIMUM_BETROKKENEN, koppelFouten, naarGegevens, nieuweBetrokkene, valideer, veldNaam, veldSleutels } from './aanmelding';
import type { AanmeldingFormulier as Formulier, Veldfouten } from './aanmelding';
import { BETROKKENENROL_LABELS, CONFLICT_TITEL } from './labels';
import { vandaagInNederland } from '../vandaag';

/**
 * The registration form (new, or completing one after the organiser's question): the question, each criterion answered
 * with a reason, the betrokkenen at minimal identity (no BSN, no address), the proposed partners. Errors appear next to
 * their field and in a summary that takes the focus; nothing typed is lost.
 */
export function AanmeldingFormulier({
  api,
  tafel,
  begin,
  bestaand,
  namen,
  onOpgeslagen,
}: {
  api: SchakelApi;
  tafel: Overlegtafel;
  begin: Formulier;
  bestaand?: Aanmelding;
  namen: Map<string, string>;
  onOpgeslagen: (a: Aanmelding) => void;
}) {
  const [formulier, setFormulier] = useState<Formulier>(begin);
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [algemeen, setAlgemeen] = useState<string[]>([]);
  const [fout, setFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const samenvatting = useRef<HTMLDivElement>(null);

  const zet = (wijziging: (f: Formulier) => Formulier) => setFormulier((f) => wijziging(f));
  const partners = tafel.leden.filter((code) => code !== tafel.organisator);

  const toonFouten = (velden: Veldfouten, overig: string[]) => {
    setFouten(velden);
    setAlgemeen(overig);
    setTimeout(() => samenvatting.current?.focus(), 0);
  };

  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    const gevonden = valideer(formulier, vandaagInNederland());
    setFout(null);
    if (Object.keys(gevonden).length > 0) {
      toonFouten(gevonden, []);
      return;
    }
    setFouten({});
    setAlgemeen([]);
    setBezig(true);
    try {
      const gegevens = naarGegevens(tafel.id, formulier);
      const a = bestaand ? await api.wijzigAanmelding(bestaand.id, bestaand.versie, gegevens) : await api.meldAan(gegevens);
      onOpgeslagen(a);
    } catch (f) {
      if (f instanceof ApiFout && f.ongeldigeVelden.length > 0) {
        const { velden, algemeen: rest } = koppelFouten(f.ongeldigeVelden, formulier);
        setFout({ titel: f.titel, detail: f.detail, kenmerk: f.kenmerk });
        toonFouten(velden, rest);
      } else if (f instanceof ApiFout && f.status === 412) {
        setFout({ titel: CONFLICT_TITEL, detail: 'Laad de aanmelding opnieuw; wat u typte staat hieronder nog.', kenmerk: f.kenmerk });
        setTimeout(() => samenvatting.current?.focus(), 0);
      } else {
        setFout(alsFout(f, 'De aanmelding kon niet worden verstuurd.'));
        setTimeout(() => samenvatting.current?.focus(), 0);
      }
    } finally {
      setBezig(false);
    }
  };

  const lijst = veldSleutels(formulier).filter((s) => fouten[s]);
  return (
    <form onSubmit={verstuur} noValidate aria-label={bestaand ? 'Aanmelding aanvullen' : 'Casus aanmelden'}>
      <div ref={samenvatting} tabIndex={-1} className="schakel-uitkomst">
        {fout && <ApiFoutMelding fout={fout} />}
        {(lijst.length > 0 || algemeen.length > 0) && (
          <Melding soort="fout" titel="Controleer de aanmelding">
            <ul className="utrecht-unordered-list schakel-opsomming" data-testid="foutsamenvatting">
              {lijst.map((s) => (
                <li key={s} className="utrecht-unordered-list__item">
                  <a className="utrecht-link" href={`#${veldId(s)}`} onClick={(e) => { e.preventDefault(); document.getElementById(veldId(s))?.focus(); }}>
                    {veldNaam(s, formulier)}: {fouten[s]}
                  </a>
                </li>
              ))}
              {algemeen.map((t) => (
                <li key={t} className="utrecht-unordered-list__item">
                  {t}
                </li>
              ))}
            </ul>
          </Melding>
        )}
      </div>

      <section className="schakel-kaart" aria-labelledby="kop-vraag">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-vraag">
          Vraag
        </h2>
        <Tekstvak
          sleutel="vraag"
          label="Vraag aan het casusoverleg"
          hint="Wat moet het overleg samen oplossen? Ten hoogste 1000 tekens. De details horen in de inbreng."
          verplicht
          waarde={formulier.vraag}
          onWijzig={(v) => zet((f) => ({ ...f, vraag: v }))}
          fout={fouten.vraag}
        />
      </section>

      <section className="schakel-kaart" aria-labelledby="kop-criteria">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-criteria">
          Criteria van de overlegtafel
        </h2>
        <p className="utrecht-paragraph schakel-hint">Beantwoord elk criterium en geef in één of twee zinnen de reden.</p>
        {formulier.criteria.map((c, i) => (
          <fieldset key={c.code} className="utrecht-fieldset schakel-groep" aria-labelledby={`criterium-${i}`}>
            <legend className="utrecht-fieldset__legend schakel-label" id={`criterium-${i}`}>
              Criterium {i + 1}: {c.omschrijving}
            </legend>
            <Keuzerondjes
              sleutel={`criteria[${i}].voldaan`}
              legenda="Voldoet de casus hieraan?"
              verplicht
              opties={[
                ['ja', 'Ja'],
                ['nee', 'Nee'],
              ]}
              gekozen={c.voldaan}
              onKies={(w) => zet((f) => ({ ...f, criteria: f.criteria.map((x, j) => (j === i ? { ...x, voldaan: w } : x)) }))}
              fout={fouten[`criteria[${i}].voldaan`]}
            />
            <Tekstvak
              sleutel={`criteria[${i}].toelichting`}
              label="Reden"
              verplicht
              regels={2}
              waarde={c.toelichting}
              onWijzig={(v) => zet((f) => ({ ...f, criteria: f.criteria.map((x, j) => (j === i ? { ...x, toelichting: v } : x)) }))}
              fout={fouten[`criteria[${i}].toelichting`]}
            />
          </fieldset>
        ))}
      </section>

      <section className="schakel-kaart" aria-labelledby="kop-betrokkenen">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-betrokkenen">
          Betrokkenen
        </h2>
        <p className="utrecht-paragraph schakel-hint" id={veldId('betrokkenen')} tabIndex={-1}>
          Alleen naam, rol en (als u die weet) geboortedatum: geen BSN en geen adres.
          {fouten.betrokkenen && <span className="schakel-foutmelding"> Fout: {fouten.betrokkenen}</span>}
        </p>
        <BetrokkenenVelden
          betrokkenen={formulier.betrokkenen}
          rollen={BETROKKENENROL_LABELS}
          fouten={fouten}
          maximum={MAXIMUM_BETROKKENEN}
          nieuw={nieuweBetrokkene}
          onWijzig={(wijzig) => zet((f) => ({ ...f, betrokkenen: wijzig(f.betrokkenen) }))}
          onVerwijderd={() => setFouten({})}
        />
      </section>

      <section className="schakel-kaart" aria-labelledby="kop-partners">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-partners">
          Voorgestelde partners
        </h2>
        <Vinkjes
          sleutel="voorgesteldePartners"
          legenda="Welke partners wilt u aan tafel? (niet verplicht)"
          hint="Het Zorg- en Veiligheidshuis beslist wie wordt uitgenodigd, per agendapunt."
          opties={partners.map((code) => [code, organisatieNaam(namen, code)] as [string, string])}
          gekozen={formulier.voorgesteldePartners}
          onWissel={(code, aan) =>
            zet((f) => ({
              ...f,
              voorgesteldePartners: aan ? [...f.voorgesteldePartners, code] : f.voorgesteldePartners.filter((c) => c !== code),
            }))
          }
          fout={fouten.voorgesteldePartners}
        />
      </section>

      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
          {bestaand ? 'Aanvulling versturen' : 'Aanmelding versturen'}
        </button>
      </div>
    </form>
  );
}
