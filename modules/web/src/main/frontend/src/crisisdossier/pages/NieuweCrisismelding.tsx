import { useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import { CRISISPARTNERTYPEN } from '../../api/crisisdossier';
import { ApiFout } from '../../api/fouten';
import type { Mij } from '../../api/types';
import { neemBewaard, useBewaarBijHerlogin } from '../../auth/bewaarBijHerlogin';
import { useGeladen } from '../../casusoverleg/gedeeld';
import { vandaagInNederland } from '../../vandaag';
import { ApiFoutMelding, alsFout } from '../../components/ApiFoutMelding';
import { BetrokkenenVelden } from '../../components/BetrokkenenVelden';
import type { Fout } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { Tekstvak, Vinkjes } from '../../components/Velden';
import { veldId } from '../../overdracht/formulier';
import { organisatietypeLabel } from '../../organisatietypen';
import { navigeer, paden } from '../../router';
import { CRISIS_BETROKKENENROL_LABELS } from '../labels';
import {
  MAXIMUM_BETROKKENEN,
  koppelMeldingFouten,
  leegMeldingFormulier,
  meldingVeldNaam,
  meldingVeldSleutels,
  naarMelding,
  nieuweBetrokkene,
  valideerMelding,
} from '../melding';
import type { MeldingFormulier, Veldfouten } from '../melding';

const BEWAARSLEUTEL = 'schakel.herlogin.crisismelding';

/**
 * The shared intake form (crisismelding), day and night: what happened, immediate safety, the betrokkenen at minimal
 * identity, which crisis partners to add, and whether the SOF7 clock starts now. Errors appear next to their field and
 * in a summary that takes the focus; nothing typed is lost (also not across a forced re-login). After sending: the file.
 */
export function NieuweCrisismelding({ api, mij }: { api: SchakelApi; mij: Mij | null }) {
  const [formulier, setFormulier] = useState<MeldingFormulier>(() => neemBewaard<MeldingFormulier>(BEWAARSLEUTEL) ?? leegMeldingFormulier());
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [algemeen, setAlgemeen] = useState<string[]>([]);
  const [fout, setFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const samenvatting = useRef<HTMLDivElement>(null);
  const organisaties = useGeladen((s) => api.organisaties(undefined, s), [api], 'De crisispartners konden niet worden geladen.');
  useBewaarBijHerlogin(BEWAARSLEUTEL, formulier, true);
  useEffect(() => {
    document.title = 'Nieuwe crisismelding – Schakel';
  }, []);

  const eigen = mij?.organisatie?.code ?? null;
  const partners = (organisaties.waarde ?? [])
    .filter((o) => CRISISPARTNERTYPEN.includes(o.type) && o.code !== eigen)
    .sort((a, b) => CRISISPARTNERTYPEN.indexOf(a.type) - CRISISPARTNERTYPEN.indexOf(b.type) || a.naam.localeCompare(b.naam, 'nl'));

  const zet = (wijziging: (f: MeldingFormulier) => MeldingFormulier) => setFormulier((f) => wijziging(f));
  const toonFouten = (velden: Veldfouten, overig: string[]) => {
    setFouten(velden);
    setAlgemeen(overig);
    setTimeout(() => samenvatting.current?.focus(), 0);
  };

  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    setFout(null);
    const gevonden = valideerMelding(formulier, vandaagInNederland());
    if (Object.keys(gevonden).length > 0) {
      toonFouten(gevonden, []);
      return;
    }
    setFouten({});
    setAlgemeen([]);
    setBezig(true);
    try {
      const dossier = await api.meldCrisis(naarMelding(formulier));
      navigeer(paden.crisisdossier(dossier.id), 'De crisismelding is verstuurd; de partners zijn op de hoogte gebracht.');
    } catch (f) {
      if (f instanceof ApiFout && f.ongeldigeVelden.length > 0) {
        const { velden, algemeen: rest } = koppelMeldingFouten(f.ongeldigeVelden, formulier);
        setFout({ titel: f.titel, detail: f.detail, kenmerk: f.kenmerk });
        toonFouten(velden, rest);
      } else {
        setFout(alsFout(f, 'De crisismelding kon niet worden verstuurd.'));
        setTimeout(() => samenvatting.current?.focus(), 0);
      }
    } finally {
      setBezig(false);
    }
  };

  const lijst = meldingVeldSleutels(formulier).filter((s) => fouten[s]);
  return (
    <>
      <h1 className="utrecht-heading-1">Nieuwe crisismelding</h1>
      <p className="utrecht-paragraph">
        Eén gedeeld formulier voor de crisispartners. Wie u toevoegt, wordt mede-eigenaar van het crisisdossier tot de crisis is
        afgeschaald.
      </p>
      <form onSubmit={verstuur} noValidate aria-label="Nieuwe crisismelding">
        <div ref={samenvatting} tabIndex={-1} className="schakel-uitkomst">
          {fout && <ApiFoutMelding fout={{ ...fout, ongeldigeVelden: undefined }} />}
          {(lijst.length > 0 || algemeen.length > 0) && (
            <Melding soort="fout" titel="Controleer de crisismelding">
              <ul className="utrecht-unordered-list schakel-opsomming" data-testid="foutsamenvatting">
                {lijst.map((s) => (
                  <li key={s} className="utrecht-unordered-list__item">
                    <a
                      className="utrecht-link"
                      href={`#${veldId(s)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(veldId(s))?.focus();
                      }}
                    >
                      {meldingVeldNaam(s)}: {fouten[s]}
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

        <section className="schakel-kaart" aria-labelledby="kop-gebeurd">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-gebeurd">
            De melding
          </h2>
          <Tekstvak
            sleutel="watIsErGebeurd"
            label="Wat is er gebeurd"
            hint="Feiten: wat, wanneer, waar, wie. Ten hoogste 4000 tekens."
            verplicht
            regels={6}
            waarde={formulier.watIsErGebeurd}
            onWijzig={(v) => zet((f) => ({ ...f, watIsErGebeurd: v }))}
            fout={fouten.watIsErGebeurd}
          />
          <Tekstvak
            sleutel="directeVeiligheid"
            label="Directe veiligheid"
            hint="Is iedereen nu veilig? Wat is er al gedaan? Ten hoogste 2000 tekens."
            verplicht
            waarde={formulier.directeVeiligheid}
            onWijzig={(v) => zet((f) => ({ ...f, directeVeiligheid: v }))}
            fout={fouten.directeVeiligheid}
          />
        </section>

        <section className="schakel-kaart" aria-labelledby="kop-betrokkenen">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-betrokkenen">
            Betrokkenen
          </h2>
          <p className="utrecht-paragraph schakel-hint" id={veldId('betrokkenen')} tabIndex={-1}>
            Eerst alleen wat u nodig heeft om de mensen te herkennen: rol en naam; geboortedatum en BSN als u die weet.
            {fouten.betrokkenen && <span className="schakel-foutmelding"> Fout: {fouten.betrokkenen}</span>}
          </p>
          <BetrokkenenVelden
            betrokkenen={formulier.betrokkenen}
            rollen={CRISIS_BETROKKENENROL_LABELS}
            fouten={fouten}
            maximum={MAXIMUM_BETROKKENEN}
            metBsn
            nieuw={nieuweBetrokkene}
            onWijzig={(wijzig) => zet((f) => ({ ...f, betrokkenen: wijzig(f.betrokkenen) }))}
            onVerwijderd={() => setFouten({})}
          />
        </section>

        <section className="schakel-kaart" aria-labelledby="kop-partners">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-partners">
            Partners en SOF7
          </h2>
          {organisaties.fout && <ApiFoutMelding fout={organisaties.fout} />}
          {!organisaties.waarde && !organisaties.fout && (
            <p className="utrecht-paragraph" role="status">
              De crisispartners worden geladen…
            </p>
          )}
          {organisaties.waarde && (
            <Vinkjes
              sleutel="partners"
              legenda="Welke partners zijn nodig? (niet verplicht)"
              hint="Uw eigen organisatie is er altijd bij. De gekozen partners worden meteen mede-eigenaar en krijgen bericht."
              opties={partners.map((o) => [o.code, o.naam, organisatietypeLabel(o.type) ?? undefined] as [string, string, string?])}
              gekozen={formulier.partners}
              onWissel={(code, aan) =>
                zet((f) => ({ ...f, partners: aan ? [...f.partners, code] : f.partners.filter((c) => c !== code) }))
              }
              fout={fouten.partners}
            />
          )}
          <div className={`utrecht-form-field schakel-veld${fouten.sof7 ? ' schakel-veld--fout' : ''}`}>
            {fouten.sof7 && (
              <div className="utrecht-form-field-error-message schakel-foutmelding" id={`${veldId('sof7')}-fout`}>
                <span className="schakel-visueel-verborgen">Fout: </span>
                {fouten.sof7}
              </div>
            )}
            <div className="schakel-vinkje">
              <input
                type="checkbox"
                id={veldId('sof7')}
                className="utrecht-checkbox utrecht-checkbox--html-input schakel-vinkje__invoer"
                checked={formulier.sof7}
                onChange={(e) => zet((f) => ({ ...f, sof7: e.target.checked }))}
                aria-describedby={`${veldId('sof7')}-hint${fouten.sof7 ? ` ${veldId('sof7')}-fout` : ''}`}
              />
              <label className="utrecht-form-label utrecht-form-label--checkbox schakel-vinkje__label" htmlFor={veldId('sof7')}>
                Start nu het SOF7-onderzoek
              </label>
            </div>
            <div className="utrecht-form-field-description schakel-hint" id={`${veldId('sof7')}-hint`}>
              Het snelle onderzoek binnen 7 dagen: alle partners zien hoeveel tijd er nog is.
            </div>
          </div>
        </section>

        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
            Crisismelding versturen
          </button>
          <a className="utrecht-link" href={paden.crisisdossiers}>
            Annuleren
          </a>
        </div>
      </form>
    </>
  );
}
