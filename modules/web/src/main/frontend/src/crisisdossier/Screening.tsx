import { useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Screeningsoort, Screeningsstatus, Screeningsstatuswijziging, Screeningsverzoek } from '../api/crisisdossier';
import type { Fout } from '../components/ApiFoutMelding';
import { ApiFoutMelding } from '../components/ApiFoutMelding';
import { Keuzerondjes, Tekstveld, Tekstvak } from '../components/Velden';
import { label, momentTekst } from '../overdracht/labels';
import { veldId } from '../overdracht/formulier';
import { Foutsamenvatting, controleerTekst, useFormulierstand } from './formulier';
import type { Veldfouten } from './formulier';
import { naarMoment } from './labels';

export const SCREENINGSOORT_LABELS: Readonly<Record<Screeningsoort, string>> = {
  FORENSISCH_MEDISCH: 'Forensisch-medisch',
  MEDISCH: 'Medisch',
  FORENSISCH: 'Forensisch',
};

export const SCREENINGSSTATUS_LABELS: Readonly<Record<Screeningsstatus, string>> = {
  AANGEVRAAGD: 'Aangevraagd',
  INGEPLAND: 'Ingepland',
  UITGEVOERD: 'Uitgevoerd',
  AFGEWEZEN: 'Afgewezen',
};

const AANVRAAG_VELDEN: Readonly<Record<string, string>> = { soort: 'Soort screening', vraag: 'Vraag', spoed: 'Spoed' };
const STATUS_VELDEN: Readonly<Record<string, string>> = { status: 'Status', gepland: 'Gepland', reden: 'Reden' };

/**
 * "Screening door Filomena": the file's requests to Filomena's one-stop team with their status, for every co-owner; a
 * request form for the co-owners that may ask (`crisisdossier.screening-aanvragen`); and, for Filomena, the status
 * controls (plan, carried out, decline). The question is health data: whoever's access does not show it sees that it
 * was withheld, never the text.
 */
export function Screening({
  api,
  dossierId,
  verzoeken,
  fout,
  filomenaIsPartner,
  magAanvragen,
  isFilomena,
  naam,
  onHerlaad,
}: {
  api: SchakelApi;
  dossierId: string;
  verzoeken: Screeningsverzoek[] | null;
  fout: Fout | null;
  filomenaIsPartner: boolean;
  magAanvragen: boolean;
  isFilomena: boolean;
  naam: (code: string | null | undefined) => string;
  onHerlaad: (tekst: string | null) => Promise<unknown>;
}) {
  return (
    <section className="schakel-kaart" aria-labelledby="kop-screening">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-screening">
        Screening door Filomena
      </h2>
      {fout && <ApiFoutMelding fout={fout} />}
      {verzoeken && verzoeken.length === 0 && <p className="utrecht-paragraph">Er is nog geen screening gevraagd.</p>}
      {verzoeken && verzoeken.length > 0 && (
        <ul className="utrecht-unordered-list schakel-opsomming" data-testid="screeningsverzoeken">
          {verzoeken.map((v) => (
            <li key={v.id} className="utrecht-unordered-list__item schakel-inbreng-kaart" data-testid="screeningsverzoek">
              <p className="utrecht-paragraph">
                <strong>{label(SCREENINGSOORT_LABELS, v.soort)}</strong>
                {v.spoed && <strong> · spoed</strong>} · status: <span data-testid="screeningsstatus">{statusTekst(v)}</span>
              </p>
              <p className="utrecht-paragraph schakel-hint">
                Gevraagd door {naam(v.aangevraagdDoor)} op {momentTekst(v.aangevraagdOp)}
              </p>
              <p className="utrecht-paragraph schakel-tekst" data-testid="screeningsvraag">
                {v.vraagAchtergehouden || v.vraag == null
                  ? 'De vraag gaat over gezondheid en is niet voor uw organisatie zichtbaar.'
                  : v.vraag}
              </p>
              {isFilomena && (v.status === 'AANGEVRAAGD' || v.status === 'INGEPLAND') && (
                <Statuswijziging api={api} dossierId={dossierId} verzoek={v} onHerlaad={onHerlaad} />
              )}
            </li>
          ))}
        </ul>
      )}
      {magAanvragen &&
        (filomenaIsPartner ? (
          <Aanvraag api={api} dossierId={dossierId} onHerlaad={onHerlaad} />
        ) : (
          <p className="utrecht-paragraph schakel-hint">
            Filomena is geen partner van deze crisis; een screening vraagt u alleen aan een partner.
          </p>
        ))}
    </section>
  );
}

function statusTekst(v: Screeningsverzoek): string {
  const tekst = label(SCREENINGSSTATUS_LABELS, v.status).toLowerCase();
  if (v.status === 'INGEPLAND' && v.gepland) return `${tekst} op ${momentTekst(v.gepland)}`;
  if (v.status === 'AFGEWEZEN' && v.afwijzingsreden) return `${tekst}: ${v.afwijzingsreden}`;
  return tekst;
}

function Aanvraag({ api, dossierId, onHerlaad }: { api: SchakelApi; dossierId: string; onHerlaad: (tekst: string | null) => Promise<unknown> }) {
  const prefix = 'screening';
  const [soort, setSoort] = useState<Screeningsoort | ''>('');
  const [vraag, setVraag] = useState('');
  const [spoed, setSpoed] = useState(false);
  const stand = useFormulierstand(prefix);
  return (
    <form
      aria-label="Screening aanvragen"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const fouten: Veldfouten = {};
        if (!soort) fouten[`${prefix}.soort`] = 'Kies welke screening u vraagt.';
        controleerTekst(fouten, `${prefix}.vraag`, vraag, 2000, 'Vul uw vraag aan Filomena in.');
        void stand.verstuur(
          fouten,
          async () => {
            await api.vraagScreeningAan(dossierId, { soort: soort as Screeningsoort, vraag: vraag.trim(), spoed });
            setSoort('');
            setVraag('');
            setSpoed(false);
            await onHerlaad('De screening is aangevraagd bij Filomena.');
          },
          'De screening kon niet worden aangevraagd.',
        );
      }}
    >
      <h3 className="utrecht-heading-3">Screening aanvragen</h3>
      <Foutsamenvatting stand={stand} titel="Controleer de aanvraag" namen={AANVRAAG_VELDEN} onHerlaad={() => void onHerlaad(null)} />
      <Keuzerondjes
        sleutel={`${prefix}.soort`}
        legenda="Soort screening"
        verplicht
        opties={Object.entries(SCREENINGSOORT_LABELS) as [Screeningsoort, string][]}
        gekozen={soort}
        onKies={setSoort}
        fout={stand.fouten[`${prefix}.soort`]}
      />
      <Tekstvak
        sleutel={`${prefix}.vraag`}
        label="Vraag aan Filomena"
        hint="Bijvoorbeeld het letsel dat u zag. Dit zijn gezondheidsgegevens: de Raad ziet alleen dát er een verzoek is. Ten hoogste 2000 tekens."
        verplicht
        waarde={vraag}
        onWijzig={setVraag}
        fout={stand.fouten[`${prefix}.vraag`]}
      />
      <div className="schakel-vinkje">
        <input
          type="checkbox"
          id={veldId(`${prefix}.spoed`)}
          className="utrecht-checkbox utrecht-checkbox--html-input schakel-vinkje__invoer"
          checked={spoed}
          onChange={(e) => setSpoed(e.target.checked)}
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox schakel-vinkje__label" htmlFor={veldId(`${prefix}.spoed`)}>
          Spoed
        </label>
      </div>
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
          Screening aanvragen
        </button>
      </div>
    </form>
  );
}

type Nieuw = Screeningsstatuswijziging['status'];

/** Filomena's controls on one request: plan it (date and time), mark it carried out, or decline it with a reason. */
function Statuswijziging({
  api,
  dossierId,
  verzoek,
  onHerlaad,
}: {
  api: SchakelApi;
  dossierId: string;
  verzoek: Screeningsverzoek;
  onHerlaad: (tekst: string | null) => Promise<unknown>;
}) {
  const prefix = `status-${verzoek.id}`;
  const [status, setStatus] = useState<Nieuw | ''>('');
  const [datum, setDatum] = useState('');
  const [tijd, setTijd] = useState('');
  const [reden, setReden] = useState('');
  const stand = useFormulierstand(prefix);
  const opties: [Nieuw, string][] =
    verzoek.status === 'AANGEVRAAGD'
      ? [
          ['INGEPLAND', 'Inplannen'],
          ['AFGEWEZEN', 'Afwijzen'],
        ]
      : [
          ['INGEPLAND', 'Opnieuw inplannen'],
          ['UITGEVOERD', 'Uitgevoerd'],
          ['AFGEWEZEN', 'Afwijzen'],
        ];
  return (
    <form
      aria-label={`Status van de screening wijzigen (${label(SCREENINGSOORT_LABELS, verzoek.soort).toLowerCase()})`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const fouten: Veldfouten = {};
        if (!status) fouten[`${prefix}.status`] = 'Kies de nieuwe status.';
        const gepland = naarMoment(datum, tijd);
        if (status === 'INGEPLAND' && !gepland) fouten[`${prefix}.gepland`] = 'Vul de datum en de tijd in.';
        if (status === 'AFGEWEZEN') controleerTekst(fouten, `${prefix}.reden`, reden, 1000, 'Vul de reden van de afwijzing in.');
        void stand.verstuur(
          fouten,
          async () => {
            await api.wijzigScreeningsstatus(dossierId, verzoek.id, verzoek.versie, {
              status: status as Nieuw,
              gepland: status === 'INGEPLAND' ? gepland : null,
              reden: status === 'AFGEWEZEN' ? reden.trim() : null,
            });
            await onHerlaad(`De screening is ${label(SCREENINGSSTATUS_LABELS, status as Nieuw).toLowerCase()}.`);
          },
          'De status kon niet worden gewijzigd.',
        );
      }}
    >
      <Foutsamenvatting
        stand={stand}
        titel="Controleer de status"
        namen={STATUS_VELDEN}
        onHerlaad={() => {
          stand.wis();
          void onHerlaad(null);
        }}
      />
      <Keuzerondjes
        sleutel={`${prefix}.status`}
        legenda="Nieuwe status"
        verplicht
        opties={opties}
        gekozen={status}
        onKies={setStatus}
        fout={stand.fouten[`${prefix}.status`]}
      />
      {status === 'INGEPLAND' && (
        <fieldset className="utrecht-fieldset schakel-groep">
          <legend className="utrecht-fieldset__legend schakel-label">Gepland</legend>
          {stand.fouten[`${prefix}.gepland`] && (
            <p className="utrecht-paragraph schakel-foutmelding">Fout: {stand.fouten[`${prefix}.gepland`]}</p>
          )}
          <Tekstveld sleutel={`${prefix}.datum`} label="Datum" type="date" breedte="smal" waarde={datum} onWijzig={setDatum} />
          <Tekstveld sleutel={`${prefix}.tijd`} label="Tijd" type="time" breedte="smal" waarde={tijd} onWijzig={setTijd} />
        </fieldset>
      )}
      {status === 'AFGEWEZEN' && (
        <Tekstvak
          sleutel={`${prefix}.reden`}
          label="Reden"
          hint="Ten hoogste 1000 tekens."
          verplicht
          regels={2}
          waarde={reden}
          onWijzig={setReden}
          fout={stand.fouten[`${prefix}.reden`]}
        />
      )}
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={stand.bezig || undefined}>
          Status opslaan
        </button>
      </div>
    </form>
  );
}
