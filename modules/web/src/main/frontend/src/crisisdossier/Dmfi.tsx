import { useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Crisispartner, Dmfi as DmfiWaarde, Evaluatiemoment } from '../api/crisisdossier';
import type { Fout } from '../components/ApiFoutMelding';
import { ApiFoutMelding } from '../components/ApiFoutMelding';
import { Keuzelijst, Keuzerondjes, Tekstveld, Tekstvak } from '../components/Velden';
import { momentTekst } from '../overdracht/labels';
import { Foutsamenvatting, controleerTekst, useFormulierstand } from './formulier';
import type { Veldfouten } from './formulier';
import { naarMoment, useKlok } from './labels';

const VELDNAMEN: Readonly<Record<string, string>> = {
  'casusregisseur.organisatie': 'Organisatie',
  'casusregisseur.naam': 'Naam',
  'casusregisseur.telefoon': 'Telefoon',
  organisatie: 'Organisatie',
  naam: 'Naam',
  telefoon: 'Telefoon',
  geplandOp: 'Moment',
  datum: 'Datum',
  tijd: 'Tijd',
  onderwerp: 'Onderwerp',
  uitkomst: 'Uitkomst',
  toelichting: 'Toelichting',
};
/** As the API checks it (Dmfiregie): digits, spaces, brackets, dashes, an optional +. */
const TELEFOON = /^\+?[0-9 ()-]{6,20}$/;

/**
 * DMFI (intensive multi-sector direction): who the casusregisseur is and how to reach them, and the partners' review
 * moments with their clock. Every co-owner reads it; the directing partners (Veilig Thuis's crisis team, the CIT,
 * Filomena) name the casusregisseur, plan moments and record them. A change by a partner arrives live (the page reloads
 * `waarde`); the forms keep what is being typed. What the partners decided is written as an entry (BESLUIT) in the
 * timeline, under its category, so the moment itself carries only a short note.
 */
export function Dmfi({
  api,
  dossierId,
  partners,
  waarde,
  fout,
  magRegisseren,
  naam,
  onGewijzigd,
}: {
  api: SchakelApi;
  dossierId: string;
  partners: readonly Crisispartner[];
  waarde: DmfiWaarde | null;
  fout: Fout | null;
  magRegisseren: boolean;
  naam: (code: string | null | undefined) => string;
  onGewijzigd: (tekst: string | null) => Promise<unknown>;
}) {
  const nu = useKlok();
  const [wisselen, setWisselen] = useState(false);
  const regisseur = waarde?.casusregisseur ?? null;
  return (
    <section className="schakel-kaart" aria-labelledby="kop-dmfi" data-testid="dmfi">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-dmfi">
        DMFI: casusregie en evaluaties
      </h2>
      {fout && <ApiFoutMelding fout={fout} />}
      {waarde && !waarde.gestart && (
        <p className="utrecht-paragraph" data-testid="dmfi-niet-gestart">
          Er is nog geen casusregisseur: DMFI loopt niet in deze crisis.
        </p>
      )}
      {waarde?.gestart && regisseur && (
        <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens" data-testid="casusregisseur">
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Casusregisseur</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {regisseur.naam}, {naam(regisseur.organisatie)}
              {regisseur.telefoon && (
                <>
                  {' '}
                  — <a className="utrecht-link" href={`tel:${regisseur.telefoon.replace(/[^0-9+]/g, '')}`}>{regisseur.telefoon}</a>
                </>
              )}
            </dd>
          </div>
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">DMFI gestart</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {momentTekst(waarde.gestartOp)} door {naam(waarde.gestartDoor)}
            </dd>
          </div>
        </dl>
      )}
      {magRegisseren && waarde && (!waarde.gestart || wisselen) && (
        <CasusregisseurFormulier
          api={api}
          dossierId={dossierId}
          partners={partners}
          versie={waarde.gestart ? waarde.versie : null}
          onKlaar={async (tekst) => {
            setWisselen(false);
            await onGewijzigd(tekst);
          }}
          onAnnuleer={waarde.gestart ? () => setWisselen(false) : undefined}
          onHerlaad={() => void onGewijzigd(null)}
        />
      )}
      {magRegisseren && waarde?.gestart && !wisselen && (
        <div className="schakel-knoppen">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
            onClick={() => setWisselen(true)}
          >
            Andere casusregisseur aanwijzen
          </button>
        </div>
      )}

      {waarde?.gestart && (
        <>
          <h3 className="utrecht-heading-3">Evaluatiemomenten</h3>
          {waarde.evaluatiemomenten.length === 0 ? (
            <p className="utrecht-paragraph">Er is nog geen evaluatiemoment gepland.</p>
          ) : (
            <ul className="utrecht-unordered-list schakel-opsomming" data-testid="evaluatiemomenten">
              {waarde.evaluatiemomenten.map((m) => (
                <li key={m.id} className="utrecht-unordered-list__item schakel-inbreng-kaart" data-testid="evaluatiemoment" data-id={m.id}>
                  <p className="utrecht-paragraph">
                    <strong>{momentTekst(m.geplandOp)}</strong>: {m.onderwerp}{' '}
                    <span className="schakel-hint">(gepland door {naam(m.geplandDoor)})</span>
                  </p>
                  <p className="utrecht-paragraph" data-testid="evaluatiestatus">
                    {statusTekst(m, nu, naam)}
                  </p>
                  {magRegisseren && m.status === 'GEPLAND' && (
                    <Vastlegging api={api} dossierId={dossierId} moment={m} onKlaar={onGewijzigd} />
                  )}
                </li>
              ))}
            </ul>
          )}
          {magRegisseren && <Planning api={api} dossierId={dossierId} onKlaar={onGewijzigd} />}
        </>
      )}
    </section>
  );
}

/** Overdue in words and in bold (never colour alone); the server's flag counts too, as for SOF7. */
function statusTekst(m: Evaluatiemoment, nu: number, naam: (code: string | null | undefined) => string) {
  if (m.status === 'GEHOUDEN') {
    return `Gehouden (vastgelegd ${momentTekst(m.vastgelegdOp)} door ${naam(m.vastgelegdDoor)})${m.toelichting ? `: ${m.toelichting}` : ''}`;
  }
  if (m.status === 'VERVALLEN') return `Vervallen (${naam(m.vastgelegdDoor)}): ${m.toelichting ?? ''}`;
  if (m.verlopen || nu > new Date(m.geplandOp).getTime()) {
    return <strong>Let op: verlopen — het moment is voorbij en nog niet vastgelegd.</strong>;
  }
  return 'Gepland';
}

function CasusregisseurFormulier({
  api,
  dossierId,
  partners,
  versie,
  onKlaar,
  onAnnuleer,
  onHerlaad,
}: {
  api: SchakelApi;
  dossierId: string;
  partners: readonly Crisispartner[];
  versie: number | null;
  onKlaar: (tekst: string) => Promise<void>;
  onAnnuleer?: () => void;
  onHerlaad: () => void;
}) {
  const prefix = 'casusregie';
  const [organisatie, setOrganisatie] = useState('');
  const [naamInvoer, setNaam] = useState('');
  const [telefoon, setTelefoon] = useState('');
  const stand = useFormulierstand(prefix);
  return (
    <form
      aria-label="Casusregisseur aanwijzen"
      noValidate
      className="schakel-groep"
      onSubmit={(e) => {
        e.preventDefault();
        const fouten: Veldfouten = {};
        if (!organisatie) fouten[`${prefix}.casusregisseur.organisatie`] = 'Kies de organisatie van de casusregisseur.';
        controleerTekst(fouten, `${prefix}.casusregisseur.naam`, naamInvoer, 100, 'Vul de naam van de casusregisseur in.');
        if (telefoon.trim() && !TELEFOON.test(telefoon.trim())) {
          fouten[`${prefix}.casusregisseur.telefoon`] = 'Een telefoonnummer: 6 tot 20 cijfers, spaties, haakjes of streepjes.';
        }
        void stand.verstuur(
          fouten,
          async () => {
            await api.wijsCasusregisseurAan(dossierId, versie, {
              organisatie,
              naam: naamInvoer.trim(),
              ...(telefoon.trim() ? { telefoon: telefoon.trim() } : {}),
            });
            setOrganisatie('');
            setNaam('');
            setTelefoon('');
            await onKlaar(versie === null ? 'DMFI is gestart met de casusregisseur.' : 'De casusregisseur is gewijzigd.');
          },
          'De casusregisseur kon niet worden opgeslagen.',
        );
      }}
    >
      <h3 className="utrecht-heading-3">{versie === null ? 'DMFI starten: casusregisseur aanwijzen' : 'Andere casusregisseur aanwijzen'}</h3>
      <Foutsamenvatting
        stand={stand}
        titel="Controleer de casusregisseur"
        namen={VELDNAMEN}
        onHerlaad={() => {
          stand.wis();
          onHerlaad();
        }}
      />
      <Keuzelijst
        sleutel={`${prefix}.casusregisseur.organisatie`}
        label="Organisatie"
        hint="De casusregisseur werkt bij een van de partners van deze crisis."
        verplicht
        opties={partners.map((p) => [p.organisatieCode, p.naam || p.organisatieCode] as [string, string])}
        waarde={organisatie}
        onWijzig={setOrganisatie}
        fout={stand.fouten[`${prefix}.casusregisseur.organisatie`]}
      />
      <Tekstveld
        sleutel={`${prefix}.casusregisseur.naam`}
        label="Naam"
        verplicht
        breedte="midden"
        waarde={naamInvoer}
        onWijzig={setNaam}
        fout={stand.fouten[`${prefix}.casusregisseur.naam`]}
      />
      <Tekstveld
        sleutel={`${prefix}.casusregisseur.telefoon`}
        label="Telefoon (niet verplicht)"
        hint="Het werknummer waarop de partners de casusregisseur bereiken."
        type="tel"
        inputMode="tel"
        breedte="midden"
        waarde={telefoon}
        onWijzig={setTelefoon}
        fout={stand.fouten[`${prefix}.casusregisseur.telefoon`]}
      />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
          {versie === null ? 'DMFI starten' : 'Casusregisseur opslaan'}
        </button>
        {onAnnuleer && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={onAnnuleer}>
            Annuleren
          </button>
        )}
      </div>
    </form>
  );
}

function Planning({ api, dossierId, onKlaar }: { api: SchakelApi; dossierId: string; onKlaar: (tekst: string | null) => Promise<unknown> }) {
  const prefix = 'evaluatie';
  const [datum, setDatum] = useState('');
  const [tijd, setTijd] = useState('');
  const [onderwerp, setOnderwerp] = useState('');
  const stand = useFormulierstand(prefix);
  return (
    <form
      aria-label="Evaluatiemoment plannen"
      noValidate
      className="schakel-groep"
      onSubmit={(e) => {
        e.preventDefault();
        const fouten: Veldfouten = {};
        if (!datum) fouten[`${prefix}.datum`] = 'Vul de datum in.';
        if (!tijd) fouten[`${prefix}.tijd`] = 'Vul de tijd in.';
        controleerTekst(fouten, `${prefix}.onderwerp`, onderwerp, 200, 'Zeg waarover de evaluatie gaat.');
        void stand.verstuur(
          fouten,
          async () => {
            await api.planEvaluatie(dossierId, naarMoment(datum, tijd) ?? '', onderwerp.trim());
            setDatum('');
            setTijd('');
            setOnderwerp('');
            await onKlaar('Het evaluatiemoment is gepland.');
          },
          'Het evaluatiemoment kon niet worden gepland.',
        );
      }}
    >
      <h3 className="utrecht-heading-3">Evaluatiemoment plannen</h3>
      <Foutsamenvatting stand={stand} titel="Controleer het evaluatiemoment" namen={VELDNAMEN} />
      {stand.fouten[`${prefix}.geplandOp`] && (
        <p className="utrecht-paragraph schakel-foutmelding">Fout: {stand.fouten[`${prefix}.geplandOp`]}</p>
      )}
      <Tekstveld
        sleutel={`${prefix}.datum`}
        label="Datum"
        type="date"
        verplicht
        breedte="smal"
        waarde={datum}
        onWijzig={setDatum}
        fout={stand.fouten[`${prefix}.datum`]}
      />
      <Tekstveld
        sleutel={`${prefix}.tijd`}
        label="Tijd"
        type="time"
        verplicht
        breedte="smal"
        waarde={tijd}
        onWijzig={setTijd}
        fout={stand.fouten[`${prefix}.tijd`]}
      />
      <Tekstveld
        sleutel={`${prefix}.onderwerp`}
        label="Onderwerp"
        hint="Waarover, kort (ten hoogste 200 tekens). Geen gegevens over het gezin: die schrijft u als aantekening."
        verplicht
        waarde={onderwerp}
        onWijzig={setOnderwerp}
        fout={stand.fouten[`${prefix}.onderwerp`]}
      />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
          Evaluatiemoment plannen
        </button>
      </div>
    </form>
  );
}

function Vastlegging({
  api,
  dossierId,
  moment,
  onKlaar,
}: {
  api: SchakelApi;
  dossierId: string;
  moment: Evaluatiemoment;
  onKlaar: (tekst: string | null) => Promise<unknown>;
}) {
  const prefix = `vastlegging-${moment.id}`;
  const [uitkomst, setUitkomst] = useState<'GEHOUDEN' | 'VERVALLEN' | ''>('');
  const [toelichting, setToelichting] = useState('');
  const stand = useFormulierstand(prefix);
  return (
    <form
      aria-label={`Evaluatie van ${momentTekst(moment.geplandOp)} vastleggen`}
      noValidate
      className="schakel-groep"
      onSubmit={(e) => {
        e.preventDefault();
        const fouten: Veldfouten = {};
        if (!uitkomst) fouten[`${prefix}.uitkomst`] = 'Kies of de evaluatie is gehouden of vervalt.';
        controleerTekst(fouten, `${prefix}.toelichting`, toelichting, 500, uitkomst === 'VERVALLEN' ? 'Zeg waarom het moment vervalt.' : null);
        void stand.verstuur(
          fouten,
          async () => {
            if (!uitkomst) return;
            await api.legEvaluatieVast(dossierId, moment.id, uitkomst, toelichting.trim() || null);
            await onKlaar(uitkomst === 'GEHOUDEN' ? 'De evaluatie is vastgelegd als gehouden.' : 'Het evaluatiemoment is vervallen.');
          },
          'De evaluatie kon niet worden vastgelegd.',
        );
      }}
    >
      <Foutsamenvatting stand={stand} titel="Controleer de vastlegging" namen={VELDNAMEN} onHerlaad={() => void onKlaar(null)} />
      <Keuzerondjes
        sleutel={`${prefix}.uitkomst`}
        legenda="Vastleggen"
        opties={[
          ['GEHOUDEN', 'Gehouden'],
          ['VERVALLEN', 'Vervallen'],
        ]}
        gekozen={uitkomst}
        onKies={setUitkomst}
        fout={stand.fouten[`${prefix}.uitkomst`]}
      />
      <Tekstvak
        sleutel={`${prefix}.toelichting`}
        label="Toelichting"
        hint="Kort (ten hoogste 500 tekens); verplicht als het moment vervalt. Besluiten schrijft u als aantekening."
        regels={2}
        waarde={toelichting}
        onWijzig={setToelichting}
        fout={stand.fouten[`${prefix}.toelichting`]}
      />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" aria-disabled={stand.bezig || undefined}>
          Vastleggen
        </button>
      </div>
    </form>
  );
}
