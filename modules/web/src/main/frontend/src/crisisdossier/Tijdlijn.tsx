import { useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Aantekening, AantekeningInvoer, Aantekeningen, Aantekeningversie } from '../api/crisisdossier';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Keuzelijst, Tekstvak } from '../components/Velden';
import { label, momentTekst } from '../overdracht/labels';
import { Foutsamenvatting, controleerTekst, useFormulierstand } from './formulier';
import type { Veldfouten } from './formulier';
import { AANTEKENINGSOORT_LABELS, CRISISCATEGORIE_LABELS, crisiscategorieLabel, opsomming } from './labels';

const VELDNAMEN: Readonly<Record<string, string>> = { soort: 'Soort', categorie: 'Categorie', tekst: 'Tekst', reden: 'Reden' };

/**
 * The timeline: entries newest first (as the API gives them), each with kind, category, organisation, author and time;
 * a corrected one says so and can show its versions, a withdrawn one says "Ingetrokken: reden". The categories withheld
 * from the caller are named in one sentence (never their content or count). The caller's own organisation corrects
 * and withdraws its own entries; a new entry is written at the top.
 */
export function Tijdlijn({
  api,
  dossierId,
  lijst,
  fout,
  magSchrijven,
  eigenOrganisatie,
  naam,
  onGewijzigd,
}: {
  api: SchakelApi;
  dossierId: string;
  lijst: Aantekeningen | null;
  fout: Fout | null;
  magSchrijven: boolean;
  eigenOrganisatie: string | null;
  naam: (code: string | null | undefined) => string;
  onGewijzigd: (bericht: string) => Promise<unknown>;
}) {
  return (
    <section className="schakel-kaart" aria-labelledby="kop-tijdlijn">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-tijdlijn">
        Tijdlijn
      </h2>
      {magSchrijven && <NieuweAantekening api={api} dossierId={dossierId} onGeschreven={onGewijzigd} />}
      {fout && <ApiFoutMelding fout={fout} />}
      {!lijst && !fout && (
        <p className="utrecht-paragraph" role="status">
          De tijdlijn wordt geladen…
        </p>
      )}
      {lijst && lijst.achtergehouden.length > 0 && (
        <p className="utrecht-paragraph schakel-achtergehouden" data-testid="achtergehouden">
          Aantekeningen van andere organisaties in de {lijst.achtergehouden.length === 1 ? 'categorie' : 'categorieën'}{' '}
          {opsomming(lijst.achtergehouden.map(crisiscategorieLabel))} ziet u niet, omdat het toegangsbeleid die niet aan uw
          organisatie geeft.
        </p>
      )}
      {lijst && lijst.aantekeningen.length === 0 && <p className="utrecht-paragraph">Er staan nog geen aantekeningen in de tijdlijn.</p>}
      {lijst && lijst.aantekeningen.length > 0 && (
        <ol className="schakel-tijdlijn schakel-agenda" data-testid="tijdlijn">
          {lijst.aantekeningen.map((a) => (
            <li key={a.id}>
              <AantekeningKaart
                key={a.id}
                api={api}
                dossierId={dossierId}
                aantekening={a}
                eigen={magSchrijven && a.organisatieCode === eigenOrganisatie}
                naam={naam}
                onGewijzigd={onGewijzigd}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function controleerAantekening(prefix: string, invoer: AantekeningInvoer): Veldfouten {
  const fouten: Veldfouten = {};
  if (!invoer.soort) fouten[`${prefix}.soort`] = 'Kies de soort aantekening.';
  if (!invoer.categorie) fouten[`${prefix}.categorie`] = 'Kies de categorie.';
  controleerTekst(fouten, `${prefix}.tekst`, invoer.tekst, 4000, 'Vul de tekst in.');
  return fouten;
}

function AantekeningVelden({
  prefix,
  invoer,
  fouten,
  onWijzig,
}: {
  prefix: string;
  invoer: AantekeningInvoer;
  fouten: Veldfouten;
  onWijzig: (invoer: AantekeningInvoer) => void;
}) {
  return (
    <>
      <Keuzelijst
        sleutel={`${prefix}.soort`}
        label="Soort"
        verplicht
        opties={AANTEKENINGSOORT_LABELS}
        waarde={invoer.soort}
        onWijzig={(v) => onWijzig({ ...invoer, soort: v })}
        fout={fouten[`${prefix}.soort`]}
      />
      <Keuzelijst
        sleutel={`${prefix}.categorie`}
        label="Categorie"
        hint="Het toegangsbeleid bepaalt per categorie welke partners de aantekening zien."
        verplicht
        opties={CRISISCATEGORIE_LABELS}
        waarde={invoer.categorie}
        onWijzig={(v) => onWijzig({ ...invoer, categorie: v })}
        fout={fouten[`${prefix}.categorie`]}
      />
      <Tekstvak
        sleutel={`${prefix}.tekst`}
        label="Tekst"
        hint="Ten hoogste 4000 tekens. Een aantekening wordt nooit overschreven: een correctie is een nieuwe versie."
        verplicht
        waarde={invoer.tekst}
        onWijzig={(v) => onWijzig({ ...invoer, tekst: v })}
        fout={fouten[`${prefix}.tekst`]}
      />
    </>
  );
}

const LEEG: AantekeningInvoer = { soort: '', categorie: '', tekst: '' };

function NieuweAantekening({
  api,
  dossierId,
  onGeschreven,
}: {
  api: SchakelApi;
  dossierId: string;
  onGeschreven: (bericht: string) => Promise<unknown>;
}) {
  const prefix = 'aantekening';
  const [invoer, setInvoer] = useState<AantekeningInvoer>(LEEG);
  const stand = useFormulierstand(prefix);
  return (
    <form
      aria-label="Nieuwe aantekening"
      noValidate
      className="schakel-groep"
      onSubmit={(e) => {
        e.preventDefault();
        void stand.verstuur(
          controleerAantekening(prefix, invoer),
          async () => {
            await api.schrijfAantekening(dossierId, { ...invoer, tekst: invoer.tekst.trim() });
            setInvoer(LEEG);
            await onGeschreven('Uw aantekening staat in de tijdlijn.');
          },
          'De aantekening kon niet worden opgeslagen.',
        );
      }}
    >
      <h3 className="utrecht-heading-3">Nieuwe aantekening</h3>
      <Foutsamenvatting stand={stand} titel="Controleer de aantekening" namen={VELDNAMEN} />
      <AantekeningVelden prefix={prefix} invoer={invoer} fouten={stand.fouten} onWijzig={setInvoer} />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
          Aantekening toevoegen
        </button>
      </div>
    </form>
  );
}

type Open = null | 'corrigeren' | 'intrekken';

function AantekeningKaart({
  api,
  dossierId,
  aantekening: a,
  eigen,
  naam,
  onGewijzigd,
}: {
  api: SchakelApi;
  dossierId: string;
  aantekening: Aantekening;
  eigen: boolean;
  naam: (code: string | null | undefined) => string;
  onGewijzigd: (bericht: string) => Promise<unknown>;
}) {
  const [open, setOpen] = useState<Open>(null);
  const [versies, setVersies] = useState<Aantekeningversie[] | null>(null);
  const [toonVersies, setToonVersies] = useState(false);
  const [versieFout, setVersieFout] = useState<Fout | null>(null);
  const ingetrokken = a.status === 'INGETROKKEN';
  const gecorrigeerd = a.versie > 1;
  const kop = `kop-aantekening-${a.id}`;
  // the buttons of each entry say which entry they act on (a screen reader's list of buttons has no context)
  const wat = `${label(AANTEKENINGSOORT_LABELS, a.soort).toLowerCase()} van ${momentTekst(a.geschrevenOp)}`;

  const wisselVersies = async () => {
    if (toonVersies) {
      setToonVersies(false);
      return;
    }
    setToonVersies(true);
    setVersieFout(null);
    try {
      setVersies(await api.aantekeningversies(dossierId, a.id));
    } catch (f) {
      setVersieFout(alsFout(f, 'De versies konden niet worden geladen.'));
    }
  };

  return (
    <article className="schakel-inbreng-kaart" aria-labelledby={kop} data-testid="aantekening" data-id={a.id}>
      <h3 className="utrecht-heading-3" id={kop}>
        {label(AANTEKENINGSOORT_LABELS, a.soort)} · {crisiscategorieLabel(a.categorie)}
      </h3>
      <p className="utrecht-paragraph schakel-hint">
        {a.organisatieNaam || naam(a.organisatieCode)} · {a.auteur} · {momentTekst(a.geschrevenOp)}
        {gecorrigeerd && !ingetrokken && <> · gecorrigeerd op {momentTekst(a.laatstGewijzigd)}</>}
      </p>
      {ingetrokken ? (
        <p className="utrecht-paragraph" data-testid="ingetrokken">
          <strong>Ingetrokken:</strong> {a.intrekkingsreden}
        </p>
      ) : (
        <p className="utrecht-paragraph schakel-tekst">{a.tekst}</p>
      )}
      {(gecorrigeerd || ingetrokken) && (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle schakel-knop-secundair"
          aria-expanded={toonVersies}
          aria-controls={`versies-${a.id}`}
          onClick={() => void wisselVersies()}
        >
          {toonVersies ? 'Versiegeschiedenis verbergen' : 'Versiegeschiedenis tonen'}
        </button>
      )}
      <div id={`versies-${a.id}`} hidden={!toonVersies}>
        {toonVersies && versieFout && <ApiFoutMelding fout={versieFout} />}
        {toonVersies && !versies && !versieFout && (
          <p className="utrecht-paragraph" role="status">
            De versies worden geladen…
          </p>
        )}
        {toonVersies && versies && (
          <ol className="utrecht-ordered-list" data-testid="versies">
            {versies.map((v) => (
              <li key={v.versie} className="utrecht-ordered-list__item">
                Versie {v.versie}, {momentTekst(v.op)} door {v.door.naam} ({naam(v.door.organisatieCode)}):{' '}
                {label(AANTEKENINGSOORT_LABELS, v.soort)} · {crisiscategorieLabel(v.categorie)} — {v.tekst}
              </li>
            ))}
          </ol>
        )}
      </div>
      {eigen && !ingetrokken && open === null && (
        <div className="schakel-knoppen">
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => setOpen('corrigeren')}>
            Corrigeren<span className="schakel-visueel-verborgen">: {wat}</span>
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => setOpen('intrekken')}>
            Intrekken<span className="schakel-visueel-verborgen">: {wat}</span>
          </button>
        </div>
      )}
      {eigen && !ingetrokken && open === 'corrigeren' && (
        <Correctie api={api} dossierId={dossierId} aantekening={a} onKlaar={() => setOpen(null)} onGewijzigd={onGewijzigd} />
      )}
      {eigen && !ingetrokken && open === 'intrekken' && (
        <Intrekking api={api} dossierId={dossierId} aantekening={a} onKlaar={() => setOpen(null)} onGewijzigd={onGewijzigd} />
      )}
    </article>
  );
}

function Correctie({
  api,
  dossierId,
  aantekening: a,
  onKlaar,
  onGewijzigd,
}: {
  api: SchakelApi;
  dossierId: string;
  aantekening: Aantekening;
  onKlaar: () => void;
  onGewijzigd: (bericht: string) => Promise<unknown>;
}) {
  const prefix = `correctie-${a.id}`;
  const [invoer, setInvoer] = useState<AantekeningInvoer>({ soort: a.soort, categorie: a.categorie, tekst: a.tekst });
  const stand = useFormulierstand(prefix);
  // the version this correction is based on; "Opnieuw laden" after a conflict moves it to the newest, the input stays
  const versie = a.versie;
  return (
    <form
      aria-label="Aantekening corrigeren"
      noValidate
      className="schakel-groep"
      onSubmit={(e) => {
        e.preventDefault();
        void stand.verstuur(
          controleerAantekening(prefix, invoer),
          async () => {
            await api.corrigeerAantekening(dossierId, a.id, versie, { ...invoer, tekst: invoer.tekst.trim() });
            onKlaar();
            await onGewijzigd('De correctie is opgeslagen als nieuwe versie.');
          },
          'De correctie kon niet worden opgeslagen.',
        );
      }}
    >
      <Foutsamenvatting
        stand={stand}
        titel="Controleer de correctie"
        namen={VELDNAMEN}
        onHerlaad={() => void onGewijzigd('De nieuwste versie is geladen; uw correctie staat nog in het formulier.').then(stand.wis)}
      />
      <AantekeningVelden prefix={prefix} invoer={invoer} fouten={stand.fouten} onWijzig={setInvoer} />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
          Correctie opslaan
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={onKlaar}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

function Intrekking({
  api,
  dossierId,
  aantekening: a,
  onKlaar,
  onGewijzigd,
}: {
  api: SchakelApi;
  dossierId: string;
  aantekening: Aantekening;
  onKlaar: () => void;
  onGewijzigd: (bericht: string) => Promise<unknown>;
}) {
  const prefix = `intrekking-${a.id}`;
  const [reden, setReden] = useState('');
  const stand = useFormulierstand(prefix);
  return (
    <form
      aria-label="Aantekening intrekken"
      noValidate
      className="schakel-groep"
      onSubmit={(e) => {
        e.preventDefault();
        const fouten: Veldfouten = {};
        controleerTekst(fouten, `${prefix}.reden`, reden, 1000, 'Vul in waarom u de aantekening intrekt.');
        void stand.verstuur(
          fouten,
          async () => {
            await api.trekAantekeningIn(dossierId, a.id, a.versie, reden.trim());
            onKlaar();
            await onGewijzigd('De aantekening is ingetrokken; de tekst blijft in de versiegeschiedenis.');
          },
          'De aantekening kon niet worden ingetrokken.',
        );
      }}
    >
      <Foutsamenvatting
        stand={stand}
        titel="Controleer de intrekking"
        namen={VELDNAMEN}
        onHerlaad={() => void onGewijzigd('De nieuwste versie is geladen.').then(stand.wis)}
      />
      <Tekstvak
        sleutel={`${prefix}.reden`}
        label="Reden van intrekken"
        hint="Iedereen die de aantekening zag, leest deze reden in de tijdlijn. Ten hoogste 1000 tekens."
        verplicht
        regels={2}
        waarde={reden}
        onWijzig={setReden}
        fout={stand.fouten[`${prefix}.reden`]}
      />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
          Aantekening intrekken
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={onKlaar}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
