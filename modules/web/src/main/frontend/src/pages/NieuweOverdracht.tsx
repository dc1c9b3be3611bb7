import { useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import { neemBewaard, useBewaarBijHerlogin } from '../auth/bewaarBijHerlogin';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { Keuzelijst, Tekstveld, Tekstvak, Vinkjes } from '../components/Velden';
import {
  inSchermvolgorde,
  koppelFouten,
  leegFormulier,
  naarInhoud,
  nieuweBetrokkene,
  valideer,
  vanInhoud,
  veldId,
  veldNaam,
} from '../overdracht/formulier';
import type { BetrokkeneInvoer, OverdrachtFormulier, Veldfouten } from '../overdracht/formulier';
import { GESLACHT_LABELS, GEWELDSVORM_LABELS, MELDERSOORT_LABELS, ROL_BETROKKENE_LABELS, UITKOMST_LABELS } from '../overdracht/labels';
import { navigeer, paden } from '../router';

const HERLOGIN_SLEUTEL = 'schakel.herlogin.nieuwe-overdracht';

export interface NieuweOverdrachtProps {
  api: SchakelApi;
  /** An existing concept to edit (PUT with If-Match); without it a new one (POST). */
  id?: string;
}

/** "Nieuwe overdracht" (or "Concept bewerken"): the content section by section, saved as a concept. */
export function NieuweOverdracht({ api, id }: NieuweOverdrachtProps) {
  const herloginSleutel = `${HERLOGIN_SLEUTEL}:${id ?? 'nieuw'}`;
  const titel = id ? 'Concept bewerken' : 'Nieuwe overdracht';
  const [teruggezet] = useState(() => {
    const bewaard = neemBewaard<Partial<OverdrachtFormulier>>(herloginSleutel);
    return bewaard ? ({ ...leegFormulier(), ...bewaard } as OverdrachtFormulier) : null;
  });
  const [formulier, setFormulier] = useState<OverdrachtFormulier>(() => teruggezet ?? leegFormulier());
  const [opgeslagen, setOpgeslagen] = useState(false);
  useBewaarBijHerlogin(herloginSleutel, formulier, !opgeslagen);
  const [versie, setVersie] = useState<number | null>(null);
  const [laadFout, setLaadFout] = useState<Fout | null>(null);
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [algemeen, setAlgemeen] = useState<string[]>([]);
  const [serverFout, setServerFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const [aankondiging, setAankondiging] = useState('');
  const samenvatting = useRef<HTMLDivElement>(null);
  const focusNa = useRef<string | null>(null);

  useEffect(() => {
    document.title = `${titel} – Schakel`;
  }, [titel]);

  useEffect(() => {
    if (!id) return;
    const stop = new AbortController();
    api
      .overdracht(id, stop.signal)
      .then((o) => {
        if (o.status !== 'CONCEPT' && o.status !== 'TERUGGELEGD') {
          setLaadFout({
            titel: 'Dit is geen concept meer',
            detail: 'Alleen een concept of een teruggelegde overdracht kan worden gewijzigd.',
            kenmerk: null,
          });
          return;
        }
        setVersie(o.versie);
        if (!teruggezet) setFormulier(vanInhoud(o.inhoud));
      })
      .catch((f: unknown) => {
        if (!stop.signal.aborted) setLaadFout(alsFout(f, 'Het concept kon niet worden geladen.'));
      });
    return () => stop.abort();
  }, [api, id, teruggezet]);

  useEffect(() => {
    if (focusNa.current) {
      document.getElementById(focusNa.current)?.focus();
      focusNa.current = null;
    }
  });

  const zet = <K extends keyof OverdrachtFormulier>(veld: K, waarde: OverdrachtFormulier[K]) =>
    setFormulier((f) => ({ ...f, [veld]: waarde }));
  const zetBetrokkene = (i: number, veld: keyof BetrokkeneInvoer, waarde: string) =>
    setFormulier((f) => ({ ...f, betrokkenen: f.betrokkenen.map((b, j) => (j === i ? { ...b, [veld]: waarde } : b)) }));

  const voegBetrokkeneToe = () => {
    const nummer = formulier.betrokkenen.length;
    setFormulier((f) => ({ ...f, betrokkenen: [...f.betrokkenen, nieuweBetrokkene()] }));
    focusNa.current = veldId(`betrokkenen[${nummer}].rol`);
    setAankondiging(`Betrokkene ${nummer + 1} is toegevoegd.`);
  };

  const verwijderBetrokkene = (i: number) => {
    setFormulier((f) => ({ ...f, betrokkenen: f.betrokkenen.filter((_, j) => j !== i) }));
    // the errors of the betrokkenen refer to positions that no longer match
    setFouten((oud) => Object.fromEntries(Object.entries(oud).filter(([k]) => !k.startsWith('betrokkenen['))));
    focusNa.current = 'betrokkene-toevoegen';
    setAankondiging(`Betrokkene ${i + 1} is verwijderd.`);
  };

  const toonFouten = (velden: Veldfouten, overig: string[]) => {
    setFouten(velden);
    setAlgemeen(overig);
    focusNa.current = 'foutsamenvatting';
  };

  const opslaan = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    setServerFout(null);
    const lokaal = valideer(formulier);
    if (Object.keys(lokaal).length > 0) {
      toonFouten(lokaal, []);
      return;
    }
    setBezig(true);
    try {
      const inhoud = naarInhoud(formulier);
      const overdracht = id && versie !== null ? await api.wijzigOverdracht(id, versie, inhoud) : await api.stelOverdrachtOp(inhoud);
      setOpgeslagen(true);
      navigeer(
        paden.overdracht(overdracht.id),
        id ? 'De wijzigingen in het concept zijn opgeslagen.' : 'De overdracht is opgeslagen als concept.',
      );
    } catch (fout) {
      // the input stays as it is: only the errors are shown
      if (fout instanceof ApiFout && fout.ongeldigeVelden.length > 0) {
        const gekoppeld = koppelFouten(fout.ongeldigeVelden, formulier);
        setServerFout(fout);
        toonFouten(gekoppeld.velden, gekoppeld.algemeen);
      } else {
        setFouten({});
        setAlgemeen([]);
        setServerFout(alsFout(fout, 'De overdracht kon niet worden opgeslagen.'));
        focusNa.current = 'foutsamenvatting';
      }
    } finally {
      setBezig(false);
    }
  };

  const geordend = inSchermvolgorde(fouten, formulier);
  const heeftFouten = geordend.length > 0 || algemeen.length > 0 || serverFout !== null;

  if (id && (laadFout || versie === null)) {
    return (
      <>
        <h1 className="utrecht-heading-1">{titel}</h1>
        {laadFout ? (
          <ApiFoutMelding fout={laadFout} />
        ) : (
          <p className="utrecht-paragraph" role="status">
            Het concept wordt geladen…
          </p>
        )}
      </>
    );
  }

  return (
    <>
      <h1 className="utrecht-heading-1">{titel}</h1>
      <p className="utrecht-paragraph">
        Vul in wat u weet; u slaat de overdracht eerst op als concept. Om te kunnen versturen zijn in elk geval nodig:
        een samenvatting van de melding, de uitkomst van de veiligheidsbeoordeling en ten minste één betrokkene.
      </p>
      {teruggezet && (
        <Melding soort="info" titel="Uw invoer is teruggezet">
          <p className="utrecht-paragraph">U moest opnieuw inloggen. Controleer de gegevens en sla de overdracht op.</p>
        </Melding>
      )}
      <div className="schakel-visueel-verborgen" role="status" aria-live="polite">
        {aankondiging}
      </div>
      <div id="foutsamenvatting" ref={samenvatting} tabIndex={-1} className="schakel-foutsamenvatting-houder">
        {heeftFouten && (
          <FoutSamenvatting fout={serverFout} velden={geordend} algemeen={algemeen} />
        )}
      </div>
      <form className="schakel-formulier" onSubmit={opslaan} noValidate aria-label={titel}>

        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-aanleiding">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-aanleiding">
            1. Aanleiding
          </h2>
          <Tekstvak
            sleutel="aanleiding.meldingSamenvatting"
            label="Samenvatting van de melding"
            hint="Nodig om te versturen. Ten hoogste 4000 tekens."
            waarde={formulier.meldingSamenvatting}
            onWijzig={(w) => zet('meldingSamenvatting', w)}
            fout={fouten['aanleiding.meldingSamenvatting']}
          />
          <Tekstveld
            sleutel="aanleiding.meldingDatum"
            label="Datum van de melding"
            type="date"
            breedte="smal"
            waarde={formulier.meldingDatum}
            onWijzig={(w) => zet('meldingDatum', w)}
            fout={fouten['aanleiding.meldingDatum']}
          />
        </section>

        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-beoordeling">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-beoordeling">
            2. Veiligheidsbeoordeling
          </h2>
          <Keuzelijst
            sleutel="veiligheidsbeoordeling.uitkomst"
            label="Uitkomst"
            hint="Nodig om te versturen; bij ‘geen vervolg’ valt er niets over te dragen."
            opties={UITKOMST_LABELS}
            waarde={formulier.uitkomst}
            onWijzig={(w) => zet('uitkomst', w)}
            fout={fouten['veiligheidsbeoordeling.uitkomst']}
          />
          <Tekstveld
            sleutel="veiligheidsbeoordeling.datum"
            label="Datum van de beoordeling"
            type="date"
            breedte="smal"
            waarde={formulier.beoordelingDatum}
            onWijzig={(w) => zet('beoordelingDatum', w)}
            fout={fouten['veiligheidsbeoordeling.datum']}
          />
        </section>

        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-geweld">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-geweld">
            3. Geweldsvormen
          </h2>
          <Vinkjes
            sleutel="geweldsvormen"
            legenda="Welke vormen van geweld spelen er?"
            hint="Kies alles wat van toepassing is."
            opties={Object.entries(GEWELDSVORM_LABELS) as [string, string][]}
            gekozen={formulier.geweldsvormen}
            onWissel={(vorm, aan) =>
              zet(
                'geweldsvormen',
                aan
                  ? Object.keys(GEWELDSVORM_LABELS).filter((v) => v === vorm || formulier.geweldsvormen.includes(v))
                  : formulier.geweldsvormen.filter((v) => v !== vorm),
              )
            }
            fout={fouten.geweldsvormen}
          />
        </section>

        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-betrokkenen">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-betrokkenen">
            4. Betrokkenen
          </h2>
          <p className="utrecht-paragraph">Nodig om te versturen: ten minste één betrokkene, met een rol.</p>
          {fouten.betrokkenen && (
            <p className="utrecht-form-field-error-message schakel-foutmelding" id={`${veldId('betrokkenen')}-fout`}>
              <span className="schakel-visueel-verborgen">Fout: </span>
              {fouten.betrokkenen}
            </p>
          )}
          {formulier.betrokkenen.length === 0 && <p className="utrecht-paragraph">Er zijn nog geen betrokkenen.</p>}
          {formulier.betrokkenen.map((b, i) => (
            <BetrokkeneEditor
              key={b.sleutel}
              index={i}
              betrokkene={b}
              fouten={fouten}
              onWijzig={(veld, waarde) => zetBetrokkene(i, veld, waarde)}
              onVerwijder={() => verwijderBetrokkene(i)}
            />
          ))}
          <button
            type="button"
            id="betrokkene-toevoegen"
            className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
            onClick={voegBetrokkeneToe}
          >
            Betrokkene toevoegen
          </button>
        </section>

        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-voorwaarden">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-voorwaarden">
            5. Veiligheidsvoorwaarden
          </h2>
          <Tekstvak
            sleutel="veiligheidsvoorwaarden"
            label="Veiligheidsvoorwaarden"
            hint="De minimale voorwaarden voor veiligheid die met het gezin zijn afgesproken. Eén voorwaarde per regel."
            waarde={formulier.veiligheidsvoorwaarden}
            onWijzig={(w) => zet('veiligheidsvoorwaarden', w)}
            fout={fouten.veiligheidsvoorwaarden}
          />
        </section>

        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-factoren">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-factoren">
            6. Risico’s en beschermende factoren
          </h2>
          <Tekstvak
            sleutel="risicofactoren"
            label="Risicofactoren"
            hint="Eén per regel."
            regels={3}
            waarde={formulier.risicofactoren}
            onWijzig={(w) => zet('risicofactoren', w)}
            fout={fouten.risicofactoren}
          />
          <Tekstvak
            sleutel="beschermendeFactoren"
            label="Beschermende factoren"
            hint="Eén per regel."
            regels={3}
            waarde={formulier.beschermendeFactoren}
            onWijzig={(w) => zet('beschermendeFactoren', w)}
            fout={fouten.beschermendeFactoren}
          />
        </section>

        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-hulp">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-hulp">
            7. Hulp
          </h2>
          <Tekstvak sleutel="hulpvraag" label="Hulpvraag" regels={3} waarde={formulier.hulpvraag} onWijzig={(w) => zet('hulpvraag', w)} fout={fouten.hulpvraag} />
          <Tekstvak
            sleutel="geadviseerdeHulp"
            label="Geadviseerde hulp"
            regels={3}
            waarde={formulier.geadviseerdeHulp}
            onWijzig={(w) => zet('geadviseerdeHulp', w)}
            fout={fouten.geadviseerdeHulp}
          />
          <Tekstvak
            sleutel="huidigeHulpverlening"
            label="Huidige hulpverlening"
            regels={3}
            waarde={formulier.huidigeHulpverlening}
            onWijzig={(w) => zet('huidigeHulpverlening', w)}
            fout={fouten.huidigeHulpverlening}
          />
        </section>

        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-melder">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-melder">
            8. Melder
          </h2>
          <p className="utrecht-paragraph">
            De gegevens van de melder zijn een aparte categorie: een wijkteam krijgt ze nooit te zien.
          </p>
          <Keuzelijst
            sleutel="melder.soort"
            label="Soort melder"
            hint="Bepaalt de aanhef van de terugkoppelingsbrief; een anonieme melder krijgt geen brief."
            waarde={formulier.melderSoort}
            onWijzig={(w) => zet('melderSoort', w as OverdrachtFormulier['melderSoort'])}
            opties={MELDERSOORT_LABELS}
            leeg="Niet vastgelegd"
            fout={fouten['melder.soort']}
          />
          <Tekstveld sleutel="melder.naam" label="Naam" waarde={formulier.melderNaam} onWijzig={(w) => zet('melderNaam', w)} fout={fouten['melder.naam']} />
          <Tekstveld
            sleutel="melder.relatie"
            label="Relatie tot het gezin"
            hint="Bijvoorbeeld buurvrouw, leerkracht, huisarts."
            waarde={formulier.melderRelatie}
            onWijzig={(w) => zet('melderRelatie', w)}
            fout={fouten['melder.relatie']}
          />
          <Tekstveld
            sleutel="melder.telefoon"
            label="Telefoon"
            type="tel"
            breedte="midden"
            waarde={formulier.melderTelefoon}
            onWijzig={(w) => zet('melderTelefoon', w)}
            fout={fouten['melder.telefoon']}
          />
        </section>

        <section className="schakel-kaart schakel-formulier__sectie" aria-labelledby="kop-overig">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-overig">
            9. Overige informatie
          </h2>
          <Tekstvak
            sleutel="gezondheid"
            label="Gezondheid"
            hint="Medische of GGZ-informatie; alleen wat nodig is."
            regels={3}
            waarde={formulier.gezondheid}
            onWijzig={(w) => zet('gezondheid', w)}
            fout={fouten.gezondheid}
          />
          <Tekstvak
            sleutel="justitieleInformatie"
            label="Justitiële informatie"
            hint="Informatie van politie of justitie; een wijkteam krijgt dit nooit te zien."
            regels={3}
            waarde={formulier.justitieleInformatie}
            onWijzig={(w) => zet('justitieleInformatie', w)}
            fout={fouten.justitieleInformatie}
          />
        </section>

        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
            {bezig ? 'Bezig met opslaan…' : 'Opslaan als concept'}
          </button>
        </div>
      </form>
    </>
  );
}

function FoutSamenvatting({ fout, velden, algemeen }: { fout: Fout | null; velden: [string, string][]; algemeen: string[] }) {
  const titel = fout?.titel ?? 'Controleer de gegevens';
  const inhoud = (
    <>
      {velden.length > 0 && (
        <>
          <p className="utrecht-paragraph">Verbeter het volgende; uw invoer is bewaard:</p>
          <ul className="utrecht-unordered-list schakel-opsomming">
            {velden.map(([sleutel, bericht]) => (
              <li key={sleutel} className="utrecht-unordered-list__item">
                <a className="utrecht-link" href={`#${veldId(sleutel)}`} onClick={(e) => springNaar(e, sleutel)}>
                  {veldNaam(sleutel)}: {bericht}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {algemeen.length > 0 && (
        <ul className="utrecht-unordered-list schakel-opsomming">
          {algemeen.map((bericht) => (
            <li key={bericht} className="utrecht-unordered-list__item">
              {bericht}
            </li>
          ))}
        </ul>
      )}
      {velden.length === 0 && algemeen.length === 0 && fout && (
        <p className="utrecht-paragraph">Uw invoer is bewaard; probeer het opnieuw.</p>
      )}
    </>
  );
  if (fout) {
    const tekst = { titel: fout.titel, kenmerk: fout.kenmerk, detail: velden.length > 0 ? null : fout.detail };
    return <ApiFoutMelding fout={tekst}>{inhoud}</ApiFoutMelding>;
  }
  return (
    <Melding soort="fout" titel={titel}>
      {inhoud}
    </Melding>
  );
}

/** A link in the summary moves the focus to the field without changing the route. */
function springNaar(e: React.MouseEvent, sleutel: string) {
  e.preventDefault();
  const veld = document.getElementById(veldId(sleutel));
  veld?.focus();
  veld?.scrollIntoView?.({ block: 'center' });
}

function BetrokkeneEditor({
  index,
  betrokkene: b,
  fouten,
  onWijzig,
  onVerwijder,
}: {
  index: number;
  betrokkene: BetrokkeneInvoer;
  fouten: Veldfouten;
  onWijzig: (veld: keyof BetrokkeneInvoer, waarde: string) => void;
  onVerwijder: () => void;
}) {
  const pad = `betrokkenen[${index}]`;
  const nummer = index + 1;
  return (
    <fieldset className="utrecht-fieldset schakel-betrokkene" aria-labelledby={`legenda-betrokkene-${b.sleutel}`}>
      <legend className="utrecht-fieldset__legend schakel-betrokkene__legenda" id={`legenda-betrokkene-${b.sleutel}`}>
        Betrokkene {nummer}
      </legend>
      <div className="schakel-betrokkene__raster">
        <Keuzelijst
          sleutel={`${pad}.rol`}
          label="Rol"
          verplicht
          opties={ROL_BETROKKENE_LABELS}
          waarde={b.rol}
          onWijzig={(w) => onWijzig('rol', w)}
          fout={fouten[`${pad}.rol`]}
        />
        <Tekstveld sleutel={`${pad}.identiteit.voornaam`} label="Voornaam" waarde={b.voornaam} onWijzig={(w) => onWijzig('voornaam', w)} fout={fouten[`${pad}.identiteit.voornaam`]} />
        <Tekstveld sleutel={`${pad}.identiteit.achternaam`} label="Achternaam" waarde={b.achternaam} onWijzig={(w) => onWijzig('achternaam', w)} fout={fouten[`${pad}.identiteit.achternaam`]} />
        <Tekstveld
          sleutel={`${pad}.identiteit.geboortedatum`}
          label="Geboortedatum"
          type="date"
          breedte="smal"
          waarde={b.geboortedatum}
          onWijzig={(w) => onWijzig('geboortedatum', w)}
          fout={fouten[`${pad}.identiteit.geboortedatum`]}
        />
        <Keuzelijst
          sleutel={`${pad}.identiteit.geslacht`}
          label="Geslacht"
          opties={GESLACHT_LABELS}
          waarde={b.geslacht}
          onWijzig={(w) => onWijzig('geslacht', w)}
          fout={fouten[`${pad}.identiteit.geslacht`]}
        />
        <Tekstveld
          sleutel={`${pad}.identiteit.gemeente`}
          label="Gemeente (CBS-code)"
          hint="Bijvoorbeeld GM0599 voor Rotterdam."
          breedte="smal"
          waarde={b.gemeente}
          onWijzig={(w) => onWijzig('gemeente', w)}
          fout={fouten[`${pad}.identiteit.gemeente`]}
        />
        <Tekstveld
          sleutel={`${pad}.bsn`}
          label="BSN (niet verplicht)"
          hint="9 cijfers."
          inputMode="numeric"
          breedte="midden"
          waarde={b.bsn}
          onWijzig={(w) => onWijzig('bsn', w)}
          fout={fouten[`${pad}.bsn`]}
        />
        <Tekstveld sleutel={`${pad}.contact.adres`} label="Adres" waarde={b.adres} onWijzig={(w) => onWijzig('adres', w)} fout={fouten[`${pad}.contact.adres`]} />
        <Tekstveld
          sleutel={`${pad}.contact.telefoon`}
          label="Telefoon"
          type="tel"
          breedte="midden"
          waarde={b.telefoon}
          onWijzig={(w) => onWijzig('telefoon', w)}
          fout={fouten[`${pad}.contact.telefoon`]}
        />
        <Tekstveld
          sleutel={`${pad}.afgeschermdAdres`}
          label="Afgeschermd adres (niet verplicht)"
          hint="Een geheim adres of opvangadres; dit wordt apart beschermd."
          waarde={b.afgeschermdAdres}
          onWijzig={(w) => onWijzig('afgeschermdAdres', w)}
          fout={fouten[`${pad}.afgeschermdAdres`]}
        />
      </div>
      <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-verwijder" onClick={onVerwijder}>
        Betrokkene {nummer} verwijderen
      </button>
    </fieldset>
  );
}
