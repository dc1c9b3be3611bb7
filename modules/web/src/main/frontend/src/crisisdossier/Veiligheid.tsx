import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Veiligheid as VeiligheidWaarde, Veiligheidsbijdrage, Veiligheidsoordeel } from '../api/crisisdossier';
import type { Fout } from '../components/ApiFoutMelding';
import { ApiFoutMelding } from '../components/ApiFoutMelding';
import { Keuzerondjes, Tekstvak } from '../components/Velden';
import { label, momentTekst } from '../overdracht/labels';
import { Foutsamenvatting, useFormulierstand } from './formulier';
import type { Veldfouten } from './formulier';
import { VEILIGHEIDSOORDEEL_LABELS } from './labels';

const VELDNAMEN: Readonly<Record<string, string>> = {
  oordeel: 'Oordeel',
  risicofactoren: 'Risicofactoren',
  beschermendeFactoren: 'Beschermende factoren',
  afspraken: 'Afspraken in het veiligheidsplan',
};
/** As the API checks them (Veiligheidsbijdrage): points per list, characters per point. */
const MAXIMAAL_AANTAL = 30;
const MAXIMALE_REGEL = 500;

const regels = (tekst: string) =>
  tekst
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean);

/**
 * The gezamenlijke veiligheidsbeoordeling and veiligheidsplan: the joint (most severe) judgement, every partner's part
 * as its own card, and for a co-owner the form of its own organisation's part. A change by a partner arrives live (the
 * page reloads `waarde`); the form keeps what is being typed.
 */
export function Veiligheid({
  api,
  dossierId,
  waarde,
  fout,
  magSchrijven,
  eigenOrganisatie,
  naam,
  onGewijzigd,
}: {
  api: SchakelApi;
  dossierId: string;
  waarde: VeiligheidWaarde | null;
  fout: Fout | null;
  magSchrijven: boolean;
  eigenOrganisatie: string | null;
  naam: (code: string | null | undefined) => string;
  onGewijzigd: (tekst: string | null) => Promise<unknown>;
}) {
  const eigen = waarde?.bijdragen.find((b) => b.organisatieCode === eigenOrganisatie) ?? null;
  return (
    <section className="schakel-kaart" aria-labelledby="kop-veiligheid" data-testid="veiligheid">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-veiligheid">
        Gezamenlijke veiligheidsbeoordeling en veiligheidsplan
      </h2>
      {fout && <ApiFoutMelding fout={fout} />}
      {waarde && (
        <>
          <p className="utrecht-paragraph" data-testid="gezamenlijk-oordeel">
            {waarde.oordeel ? (
              <>
                Gezamenlijk oordeel: <strong>{label(VEILIGHEIDSOORDEEL_LABELS, waarde.oordeel)}</strong>{' '}
                <span className="schakel-hint">(het ernstigste oordeel van de partners)</span>
              </>
            ) : waarde.achtergehouden ? (
              'De partners gaven een oordeel; de inhoud is niet voor u zichtbaar.'
            ) : (
              'Nog geen partner gaf een oordeel.'
            )}
          </p>
          {waarde.bijdragen.map((b) => (
            <Bijdrage key={b.organisatieCode} bijdrage={b} naam={naam} />
          ))}
        </>
      )}
      {magSchrijven && eigenOrganisatie && waarde && (
        <EigenDeel
          api={api}
          dossierId={dossierId}
          organisatie={eigenOrganisatie}
          organisatieNaam={naam(eigenOrganisatie)}
          eigen={eigen}
          onGewijzigd={onGewijzigd}
        />
      )}
    </section>
  );
}

function Bijdrage({ bijdrage, naam }: { bijdrage: Veiligheidsbijdrage; naam: (code: string) => string }) {
  const kop = `kop-veiligheid-${bijdrage.organisatieCode}`;
  const lijst = (titel: string, punten: string[]) =>
    punten.length > 0 && (
      <>
        <h4 className="utrecht-heading-4">{titel}</h4>
        <ul className="utrecht-unordered-list">
          {punten.map((p, i) => (
            <li key={i} className="utrecht-unordered-list__item">
              {p}
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <article className="schakel-inbreng-kaart" aria-labelledby={kop} data-testid="veiligheidsbijdrage">
      <h3 className="utrecht-heading-3" id={kop}>
        {naam(bijdrage.organisatieCode)}: {label(VEILIGHEIDSOORDEEL_LABELS, bijdrage.oordeel).toLowerCase()}
      </h3>
      {lijst('Risicofactoren', bijdrage.risicofactoren)}
      {lijst('Beschermende factoren', bijdrage.beschermendeFactoren)}
      {lijst('Afspraken in het veiligheidsplan', bijdrage.afspraken)}
      <p className="utrecht-paragraph schakel-hint">
        Bijgewerkt {momentTekst(bijdrage.laatstGewijzigd)} door {bijdrage.gewijzigdDoor} (versie {bijdrage.versie})
      </p>
    </article>
  );
}

/** The form of the own organisation's part; the version it was loaded at goes along (412 when a colleague was first). */
function EigenDeel({
  api,
  dossierId,
  organisatie,
  organisatieNaam,
  eigen,
  onGewijzigd,
}: {
  api: SchakelApi;
  dossierId: string;
  organisatie: string;
  organisatieNaam: string;
  eigen: Veiligheidsbijdrage | null;
  onGewijzigd: (tekst: string | null) => Promise<unknown>;
}) {
  const prefix = 'veiligheid';
  const [open, setOpen] = useState(false);
  const [versie, setVersie] = useState<number | null>(eigen?.versie ?? null);
  const [oordeel, setOordeel] = useState<Veiligheidsoordeel | ''>(eigen?.oordeel ?? '');
  const [risico, setRisico] = useState((eigen?.risicofactoren ?? []).join('\n'));
  const [beschermend, setBeschermend] = useState((eigen?.beschermendeFactoren ?? []).join('\n'));
  const [afspraken, setAfspraken] = useState((eigen?.afspraken ?? []).join('\n'));
  const stand = useFormulierstand(prefix);

  // while the form is closed it follows the saved part; once open, what is typed is never replaced by a live update
  useEffect(() => {
    if (open) return;
    setVersie(eigen?.versie ?? null);
    setOordeel(eigen?.oordeel ?? '');
    setRisico((eigen?.risicofactoren ?? []).join('\n'));
    setBeschermend((eigen?.beschermendeFactoren ?? []).join('\n'));
    setAfspraken((eigen?.afspraken ?? []).join('\n'));
  }, [eigen, open]);

  if (!open) {
    return (
      <div className="schakel-knoppen">
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => setOpen(true)}>
          {eigen ? `Deel van ${organisatieNaam} bijwerken` : `Deel van ${organisatieNaam} toevoegen`}
        </button>
      </div>
    );
  }
  const controleer = (fouten: Veldfouten, veld: string, tekst: string) => {
    const punten = regels(tekst);
    if (punten.length > MAXIMAAL_AANTAL) fouten[`${prefix}.${veld}`] = `Ten hoogste ${MAXIMAAL_AANTAL} punten; het zijn er nu ${punten.length}.`;
    const lang = punten.findIndex((p) => p.length > MAXIMALE_REGEL);
    if (lang >= 0) fouten[`${prefix}.${veld}`] = `Punt ${lang + 1} is langer dan ${MAXIMALE_REGEL} tekens.`;
  };
  return (
    <form
      aria-label={`Deel van ${organisatieNaam}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const fouten: Veldfouten = {};
        if (!oordeel) fouten[`${prefix}.oordeel`] = 'Kies uw oordeel over de veiligheid.';
        controleer(fouten, 'risicofactoren', risico);
        controleer(fouten, 'beschermendeFactoren', beschermend);
        controleer(fouten, 'afspraken', afspraken);
        void stand.verstuur(
          fouten,
          async () => {
            await api.draagVeiligheidBij(dossierId, organisatie, versie, {
              oordeel: oordeel as Veiligheidsoordeel,
              risicofactoren: regels(risico),
              beschermendeFactoren: regels(beschermend),
              afspraken: regels(afspraken),
            });
            setOpen(false);
            await onGewijzigd(`Het deel van ${organisatieNaam} is opgeslagen.`);
          },
          'Het deel kon niet worden opgeslagen.',
        );
      }}
    >
      <Foutsamenvatting
        stand={stand}
        titel="Controleer het deel van uw organisatie"
        namen={VELDNAMEN}
        onHerlaad={() => {
          stand.wis();
          setOpen(false);
          void onGewijzigd(null);
        }}
      />
      <Keuzerondjes
        sleutel={`${prefix}.oordeel`}
        legenda="Uw oordeel over de veiligheid"
        verplicht
        opties={Object.entries(VEILIGHEIDSOORDEEL_LABELS) as [Veiligheidsoordeel, string][]}
        gekozen={oordeel}
        onKies={setOordeel}
        fout={stand.fouten[`${prefix}.oordeel`]}
      />
      <Tekstvak
        sleutel={`${prefix}.risicofactoren`}
        label="Risicofactoren"
        hint="Eén punt per regel."
        waarde={risico}
        onWijzig={setRisico}
        fout={stand.fouten[`${prefix}.risicofactoren`]}
      />
      <Tekstvak
        sleutel={`${prefix}.beschermendeFactoren`}
        label="Beschermende factoren"
        hint="Eén punt per regel."
        waarde={beschermend}
        onWijzig={setBeschermend}
        fout={stand.fouten[`${prefix}.beschermendeFactoren`]}
      />
      <Tekstvak
        sleutel={`${prefix}.afspraken`}
        label="Afspraken in het veiligheidsplan"
        hint="Eén afspraak per regel: wat, wie, tot wanneer."
        waarde={afspraken}
        onWijzig={setAfspraken}
        fout={stand.fouten[`${prefix}.afspraken`]}
      />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
          Deel opslaan
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
          onClick={() => {
            stand.wis();
            setOpen(false);
          }}
        >
          Annuleren
        </button>
      </div>
    </form>
  );
}
