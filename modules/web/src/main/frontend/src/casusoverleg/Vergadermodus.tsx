import { useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Fout } from '../components/ApiFoutMelding';
import { Keuzelijst, Tekstveld, Tekstvak } from '../components/Velden';
import { veldId } from '../overdracht/formulier';
import { datumTekst, label } from '../overdracht/labels';
import { paden } from '../router';
import type { Agendapunt } from './api';
import { isConflict, wijzigingsfout, Wijzigingsfout } from './gedeeld';
import { ACTIE_STATUS_LABELS, VOORZITTER, ZVH } from './labels';
import { vandaagInNederland } from '../vandaag';
import { aanwezigheidVoor, naarVerslag, valideerActie, valideerVerslag, vanVerslag } from './vergadering';
import type { ActieFormulier, VerslagFormulier } from './vergadering';

/**
 * Meeting mode for the organiser and the chair on an item: attendance, the minutes (analysis, decisions, plan of
 * approach, casusregisseur) and the actions with their owner and due date. Changes carry the item's version; a stale
 * one says so and offers to reload.
 */
export function Vergadermodus({
  api,
  punt,
  naam,
  onBijgewerkt,
  onHerlaad,
}: {
  api: SchakelApi;
  punt: Agendapunt;
  naam: (code: string | null) => string;
  onBijgewerkt: (p: Agendapunt, bericht: string) => void;
  onHerlaad: () => void;
}) {
  const [aanwezig, setAanwezig] = useState(() => aanwezigheidVoor(punt, ZVH, VOORZITTER));
  const [verslag, setVerslag] = useState<VerslagFormulier>(() => vanVerslag(punt.verslag));
  const [actie, setActie] = useState<ActieFormulier>({ eigenaar: '', omschrijving: '', uiterlijk: '' });
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [fout, setFout] = useState<Fout | null>(null);
  const [conflict, setConflict] = useState(false);
  const [bezig, setBezig] = useState(false);
  const uitkomst = useRef<HTMLDivElement>(null);
  const organisaties = aanwezigheidVoor(punt, ZVH, VOORZITTER).map((a) => a.organisatieCode);
  const opties = organisaties.map((c) => [c, naam(c)] as [string, string]);

  const voerUit = async (werk: () => Promise<Agendapunt>, bericht: string) => {
    if (bezig) return;
    setBezig(true);
    setFout(null);
    setConflict(false);
    try {
      onBijgewerkt(await werk(), bericht);
    } catch (f) {
      setFout(wijzigingsfout(f, 'De wijziging is niet opgeslagen.'));
      setConflict(isConflict(f));
      setTimeout(() => uitkomst.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };

  const bewaarVerslag = (e: React.FormEvent) => {
    e.preventDefault();
    const gevonden = valideerVerslag(verslag);
    setFouten(gevonden);
    const eerste = ['analyse', 'besluiten', 'planVanAanpak', 'regisseurOrganisatie', 'regisseurNaam'].find((s) => gevonden[s]);
    if (eerste) {
      document.getElementById(veldId(eerste))?.focus();
      return;
    }
    void voerUit(() => api.legVerslagVast(punt.id, punt.versie, naarVerslag(verslag)), 'Het verslag is opgeslagen.');
  };

  const maakActie = (e: React.FormEvent) => {
    e.preventDefault();
    const gevonden = valideerActie(actie, vandaagInNederland());
    setFouten(gevonden);
    const eerste = ['eigenaar', 'omschrijving', 'uiterlijk'].find((s) => gevonden[s]);
    if (eerste) {
      document.getElementById(veldId(eerste))?.focus();
      return;
    }
    void voerUit(async () => {
      await api.maakActie(punt.id, { eigenaarOrganisatieCode: actie.eigenaar, omschrijving: actie.omschrijving.trim(), uiterlijk: actie.uiterlijk });
      setActie({ eigenaar: '', omschrijving: '', uiterlijk: '' });
      return api.agendapunt(punt.id);
    }, `De actie is toegewezen aan ${naam(actie.eigenaar)}.`);
  };

  return (
    <section className="schakel-kaart" aria-labelledby="kop-vergadermodus" data-testid="vergadermodus">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-vergadermodus">
        Vergadermodus
      </h2>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        <Wijzigingsfout fout={fout} conflict={conflict} onHerlaad={onHerlaad} />
      </div>

      <form
        noValidate
        aria-labelledby="kop-aanwezigheid"
        onSubmit={(e) => {
          e.preventDefault();
          void voerUit(() => api.legAanwezigheidVast(punt.id, punt.versie, aanwezig), 'De aanwezigheid is opgeslagen.');
        }}
      >
        <fieldset className="utrecht-fieldset schakel-vinkjes">
          <legend className="utrecht-fieldset__legend utrecht-form-label schakel-label">
            <h3 className="utrecht-heading-3" id="kop-aanwezigheid">
              Aanwezigheid
            </h3>
          </legend>
          <ul className="schakel-vinkjes__lijst">
            {aanwezig.map((a) => (
              <li key={a.organisatieCode} className="schakel-vinkje">
                <input
                  type="checkbox"
                  id={`aanwezig-${a.organisatieCode}`}
                  className="utrecht-checkbox utrecht-checkbox--html-input schakel-vinkje__invoer"
                  checked={a.aanwezig}
                  onChange={(e) => setAanwezig((lijst) => lijst.map((x) => (x.organisatieCode === a.organisatieCode ? { ...x, aanwezig: e.target.checked } : x)))}
                />
                <label className="utrecht-form-label utrecht-form-label--checkbox schakel-vinkje__label" htmlFor={`aanwezig-${a.organisatieCode}`}>
                  {naam(a.organisatieCode)} aanwezig
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={bezig || undefined}>
          Aanwezigheid opslaan
        </button>
      </form>

      <form noValidate aria-labelledby="kop-verslag-invoer" onSubmit={bewaarVerslag}>
        <h3 className="utrecht-heading-3" id="kop-verslag-invoer">
          Verslag
        </h3>
        <Tekstvak sleutel="analyse" label="Analyse" regels={4} waarde={verslag.analyse} onWijzig={(w) => setVerslag((v) => ({ ...v, analyse: w }))} fout={fouten.analyse} />
        <Tekstvak sleutel="besluiten" label="Besluiten" regels={4} waarde={verslag.besluiten} onWijzig={(w) => setVerslag((v) => ({ ...v, besluiten: w }))} fout={fouten.besluiten} />
        <Tekstvak
          sleutel="planVanAanpak"
          label="Plan van aanpak"
          regels={4}
          waarde={verslag.planVanAanpak}
          onWijzig={(w) => setVerslag((v) => ({ ...v, planVanAanpak: w }))}
          fout={fouten.planVanAanpak}
        />
        <Keuzelijst
          sleutel="regisseurOrganisatie"
          label="Casusregisseur: organisatie"
          opties={opties}
          leeg="Nog niet gekozen"
          waarde={verslag.regisseurOrganisatie}
          onWijzig={(w) => setVerslag((v) => ({ ...v, regisseurOrganisatie: w }))}
          fout={fouten.regisseurOrganisatie}
        />
        <Tekstveld
          sleutel="regisseurNaam"
          label="Casusregisseur: naam"
          breedte="midden"
          waarde={verslag.regisseurNaam}
          onWijzig={(w) => setVerslag((v) => ({ ...v, regisseurNaam: w }))}
          fout={fouten.regisseurNaam}
        />
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
          Verslag opslaan
        </button>
      </form>

      <h3 className="utrecht-heading-3" id="kop-acties-punt">
        Acties
      </h3>
      {(punt.acties ?? []).length === 0 && <p className="utrecht-paragraph">Nog geen acties bij dit agendapunt.</p>}
      {(punt.acties ?? []).length > 0 && (
        <ul className="utrecht-unordered-list" aria-labelledby="kop-acties-punt" data-testid="acties-punt">
          {(punt.acties ?? []).map((a) => (
            <li key={a.id} className="utrecht-unordered-list__item">
              <a className="utrecht-link" href={paden.coActie(a.id)}>
                {a.omschrijving}
              </a>{' '}
              — {naam(a.eigenaarOrganisatieCode)}, uiterlijk {datumTekst(a.uiterlijk)}, {label(ACTIE_STATUS_LABELS, a.status)}
              {a.verlopen ? ' (verlopen)' : ''}
            </li>
          ))}
        </ul>
      )}
      {(punt.openActies ?? []).length > 0 && (
        <>
          <h4 className="utrecht-heading-4">Open acties uit eerdere overleggen</h4>
          <ul className="utrecht-unordered-list" data-testid="open-acties">
            {(punt.openActies ?? []).map((a) => (
              <li key={a.id} className="utrecht-unordered-list__item">
                {a.omschrijving} — {naam(a.eigenaarOrganisatieCode)}, uiterlijk {datumTekst(a.uiterlijk)}
                {a.verlopen ? ' (verlopen)' : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <form noValidate aria-label="Actie toewijzen" onSubmit={maakActie}>
        <Keuzelijst sleutel="eigenaar" label="Actiehouder (organisatie)" verplicht opties={opties} waarde={actie.eigenaar} onWijzig={(w) => setActie((a) => ({ ...a, eigenaar: w }))} fout={fouten.eigenaar} />
        <Tekstvak sleutel="omschrijving" label="Wat moet er gebeuren?" verplicht regels={2} waarde={actie.omschrijving} onWijzig={(w) => setActie((a) => ({ ...a, omschrijving: w }))} fout={fouten.omschrijving} />
        <Tekstveld sleutel="uiterlijk" label="Uiterlijk" type="date" breedte="smal" verplicht waarde={actie.uiterlijk} onWijzig={(w) => setActie((a) => ({ ...a, uiterlijk: w }))} fout={fouten.uiterlijk} />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={bezig || undefined}>
          Actie toewijzen
        </button>
      </form>
    </section>
  );
}
