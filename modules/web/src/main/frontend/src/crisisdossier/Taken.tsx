import { useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Crisispartner, Taak, Taakgegevens } from '../api/crisisdossier';
import { ApiFoutMelding } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { Keuzelijst, Tekstveld, Tekstvak } from '../components/Velden';
import { veldId } from '../overdracht/formulier';
import { label, momentTekst } from '../overdracht/labels';
import { Foutsamenvatting, controleerTekst, useFormulierstand } from './formulier';
import type { Veldfouten } from './formulier';
import { TAAKSTATUS_LABELS, naarMoment, vanMoment } from './labels';

const VELDNAMEN: Readonly<Record<string, string>> = {
  omschrijving: 'Omschrijving',
  expertise: 'Expertise',
  organisatieCode: 'Organisatie',
  medewerker: 'Medewerker',
  gaatErheen: 'Gaat erheen',
  gepland: 'Gepland',
  datum: 'Datum',
  tijd: 'Tijd',
  status: 'Status',
};

/** Who goes to the family now: the open tasks marked "gaat erheen". */
export function wieGaatErheen(taken: readonly Taak[]): Taak[] {
  return taken.filter((t) => t.gaatErheen && (t.status === 'OPEN' || t.status === 'ONDERWEG'));
}

function taakKort(t: Taak, naam: (code: string | null | undefined) => string): string {
  const wie = t.medewerker ? `${naam(t.organisatieCode)} (${t.medewerker})` : naam(t.organisatieCode);
  const wanneer = t.gepland ? `, gepland ${momentTekst(t.gepland)}` : '';
  const expertise = t.expertise ? `, ${t.expertise}` : '';
  return `${wie}${expertise}${wanneer} — ${label(TAAKSTATUS_LABELS, t.status).toLowerCase()}`;
}

/** "Wie gaat erheen" at a glance: also used in the file's header. */
export function WieGaatErheen({ taken, naam }: { taken: readonly Taak[] | null; naam: (code: string | null | undefined) => string }) {
  if (!taken) return <>…</>;
  const gaan = wieGaatErheen(taken);
  if (gaan.length === 0) return <>Nog niemand is aangewezen om erheen te gaan.</>;
  return (
    <ul className="utrecht-unordered-list schakel-opsomming" data-testid="wie-gaat-erheen">
      {gaan.map((t) => (
        <li key={t.id} className="utrecht-unordered-list__item">
          {taakKort(t, naam)}: {t.omschrijving}
        </li>
      ))}
    </ul>
  );
}

/**
 * The tasks: who (organisation, person), which expertise, when, status; "wie gaat erheen" on top. Adding and changing
 * send the whole task; a change sends If-Match, and when another partner changed the task meanwhile (412) the form
 * keeps what the user typed, "Opnieuw laden" shows the other's version next to it and the next save builds on that.
 */
export function Taken({
  api,
  dossierId,
  partners,
  taken,
  fout,
  magWijzigen,
  naam,
  onHerlaad,
}: {
  api: SchakelApi;
  dossierId: string;
  partners: readonly Crisispartner[];
  taken: Taak[] | null;
  fout: Fout | null;
  magWijzigen: boolean;
  naam: (code: string | null | undefined) => string;
  onHerlaad: (bericht: string | null) => Promise<Taak[] | null>;
}) {
  const [nieuw, setNieuw] = useState(false);
  const [bewerkt, setBewerkt] = useState<string | null>(null);
  return (
    <section className="schakel-kaart" aria-labelledby="kop-taken">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-taken">
        Taken
      </h2>
      <h3 className="utrecht-heading-3">Wie gaat erheen</h3>
      <div className="utrecht-paragraph">
        <WieGaatErheen taken={taken} naam={naam} />
      </div>
      {fout && <ApiFoutMelding fout={fout} />}
      {magWijzigen && !nieuw && (
        <button
          type="button"
          id="knop-taak-toevoegen"
          className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
          onClick={() => {
            setNieuw(true);
            setTimeout(() => document.getElementById(veldId('taak-nieuw.omschrijving'))?.focus(), 0);
          }}
        >
          Taak toevoegen
        </button>
      )}
      {magWijzigen && nieuw && (
        <TaakFormulier
          api={api}
          dossierId={dossierId}
          partners={partners}
          naam={naam}
          onKlaar={() => {
            setNieuw(false);
            setTimeout(() => document.getElementById('knop-taak-toevoegen')?.focus(), 0);
          }}
          onHerlaad={onHerlaad}
        />
      )}
      <h3 className="utrecht-heading-3">Alle taken</h3>
      {!taken && !fout && (
        <p className="utrecht-paragraph" role="status">
          De taken worden geladen…
        </p>
      )}
      {taken && taken.length === 0 && <p className="utrecht-paragraph">Er zijn nog geen taken verdeeld.</p>}
      {taken && taken.length > 0 && (
        <ul className="schakel-tijdlijn schakel-agenda" data-testid="taken">
          {taken.map((t) => (
            <li key={t.id} className="schakel-inbreng-kaart" data-testid="taak" data-id={t.id}>
              <h4 className="utrecht-heading-4">{t.omschrijving}</h4>
              <p className="utrecht-paragraph">
                {taakKort(t, naam)}
                {t.gaatErheen && <strong> · gaat erheen</strong>}
              </p>
              <p className="utrecht-paragraph schakel-hint">
                Laatst gewijzigd door {naam(t.gewijzigdDoor)} op {momentTekst(t.laatstGewijzigd)}
              </p>
              {magWijzigen && bewerkt !== t.id && (
                <button
                  type="button"
                  id={`knop-taak-${t.id}`}
                  className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
                  onClick={() => setBewerkt(t.id)}
                >
                  Wijzigen<span className="schakel-visueel-verborgen">: {t.omschrijving}</span>
                </button>
              )}
              {magWijzigen && bewerkt === t.id && (
                <TaakFormulier
                  api={api}
                  dossierId={dossierId}
                  partners={partners}
                  naam={naam}
                  bestaand={t}
                  onKlaar={() => {
                    setBewerkt(null);
                    setTimeout(() => document.getElementById(`knop-taak-${t.id}`)?.focus(), 0);
                  }}
                  onHerlaad={onHerlaad}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface TaakInvoer {
  omschrijving: string;
  expertise: string;
  organisatieCode: string;
  medewerker: string;
  gaatErheen: boolean;
  datum: string;
  tijd: string;
  status: string;
}

function vanTaak(t: Taak | undefined): TaakInvoer {
  const { datum, tijd } = vanMoment(t?.gepland);
  return {
    omschrijving: t?.omschrijving ?? '',
    expertise: t?.expertise ?? '',
    organisatieCode: t?.organisatieCode ?? '',
    medewerker: t?.medewerker ?? '',
    gaatErheen: t?.gaatErheen ?? false,
    datum,
    tijd,
    status: t?.status ?? 'OPEN',
  };
}

function controleer(prefix: string, invoer: TaakInvoer, partners: readonly string[]): Veldfouten {
  const fouten: Veldfouten = {};
  controleerTekst(fouten, `${prefix}.omschrijving`, invoer.omschrijving, 500, 'Beschrijf de taak.');
  controleerTekst(fouten, `${prefix}.expertise`, invoer.expertise, 100, null);
  controleerTekst(fouten, `${prefix}.medewerker`, invoer.medewerker, 100, null);
  if (!invoer.organisatieCode) fouten[`${prefix}.organisatieCode`] = 'Kies de organisatie die de taak doet.';
  else if (!partners.includes(invoer.organisatieCode)) fouten[`${prefix}.organisatieCode`] = 'Deze organisatie is geen partner in deze crisis.';
  if (invoer.datum && !invoer.tijd) fouten[`${prefix}.tijd`] = 'Vul ook de tijd in.';
  if (invoer.tijd && !invoer.datum) fouten[`${prefix}.datum`] = 'Vul ook de datum in.';
  return fouten;
}

function TaakFormulier({
  api,
  dossierId,
  partners,
  naam,
  bestaand,
  onKlaar,
  onHerlaad,
}: {
  api: SchakelApi;
  dossierId: string;
  partners: readonly Crisispartner[];
  naam: (code: string | null | undefined) => string;
  bestaand?: Taak;
  onKlaar: () => void;
  onHerlaad: (bericht: string | null) => Promise<Taak[] | null>;
}) {
  const prefix = bestaand ? `taak-${bestaand.id}` : 'taak-nieuw';
  const [invoer, setInvoer] = useState<TaakInvoer>(() => vanTaak(bestaand));
  // the version this change builds on: the one the user opened, or the other's after "Opnieuw laden"
  const [basis, setBasis] = useState<Taak | undefined>(bestaand);
  const [anders, setAnders] = useState<Taak | null>(null);
  const stand = useFormulierstand(prefix);
  const zet = (delen: Partial<TaakInvoer>) => setInvoer((i) => ({ ...i, ...delen }));
  const codes = partners.map((p) => p.organisatieCode);

  const herlaad = async () => {
    const taken = await onHerlaad(null);
    const vers = taken?.find((t) => t.id === bestaand?.id);
    if (vers) {
      setBasis(vers);
      setAnders(vers);
      stand.wis();
    }
  };

  return (
    <form
      aria-label={bestaand ? 'Taak wijzigen' : 'Taak toevoegen'}
      noValidate
      className="schakel-groep"
      onSubmit={(e) => {
        e.preventDefault();
        void stand.verstuur(
          controleer(prefix, invoer, codes),
          async () => {
            const gegevens: Taakgegevens = {
              omschrijving: invoer.omschrijving.trim(),
              expertise: invoer.expertise.trim() || null,
              organisatieCode: invoer.organisatieCode,
              medewerker: invoer.medewerker.trim() || null,
              gaatErheen: invoer.gaatErheen,
              gepland: naarMoment(invoer.datum, invoer.tijd),
            };
            if (basis) await api.wijzigTaak(dossierId, basis.id, basis.versie, { ...gegevens, status: invoer.status });
            else await api.voegTaakToe(dossierId, gegevens);
            onKlaar();
            await onHerlaad(basis ? 'De taak is gewijzigd.' : 'De taak is toegevoegd.');
          },
          'De taak kon niet worden opgeslagen.',
        );
      }}
    >
      <Foutsamenvatting stand={stand} titel="Controleer de taak" namen={VELDNAMEN} onHerlaad={bestaand ? () => void herlaad() : undefined} />
      {anders && (
        <Melding soort="info" titel="De nieuwste versie is geladen">
          <p className="utrecht-paragraph" data-testid="andere-versie">
            Nu opgeslagen (door {naam(anders.gewijzigdDoor)}): {anders.omschrijving} — {taakKort(anders, naam)}
            {anders.gaatErheen ? ', gaat erheen' : ''}.
          </p>
          <p className="utrecht-paragraph">Uw invoer staat hieronder nog. Kijk of die nog klopt en sla opnieuw op.</p>
        </Melding>
      )}
      <Tekstvak
        sleutel={`${prefix}.omschrijving`}
        label="Omschrijving"
        hint="Wat moet er gebeuren? Ten hoogste 500 tekens."
        verplicht
        regels={2}
        waarde={invoer.omschrijving}
        onWijzig={(v) => zet({ omschrijving: v })}
        fout={stand.fouten[`${prefix}.omschrijving`]}
      />
      <Keuzelijst
        sleutel={`${prefix}.organisatieCode`}
        label="Organisatie"
        verplicht
        opties={partners.map((p) => [p.organisatieCode, p.naam || naam(p.organisatieCode)] as [string, string])}
        waarde={invoer.organisatieCode}
        onWijzig={(v) => zet({ organisatieCode: v })}
        fout={stand.fouten[`${prefix}.organisatieCode`]}
      />
      <Tekstveld
        sleutel={`${prefix}.medewerker`}
        label="Medewerker (niet verplicht)"
        breedte="midden"
        waarde={invoer.medewerker}
        onWijzig={(v) => zet({ medewerker: v })}
        fout={stand.fouten[`${prefix}.medewerker`]}
      />
      <Tekstveld
        sleutel={`${prefix}.expertise`}
        label="Expertise (niet verplicht)"
        hint="Bijvoorbeeld: forensisch arts, jeugdbescherming."
        breedte="midden"
        waarde={invoer.expertise}
        onWijzig={(v) => zet({ expertise: v })}
        fout={stand.fouten[`${prefix}.expertise`]}
      />
      <div className="schakel-vinkje">
        <input
          type="checkbox"
          id={veldId(`${prefix}.gaatErheen`)}
          className="utrecht-checkbox utrecht-checkbox--html-input schakel-vinkje__invoer"
          checked={invoer.gaatErheen}
          onChange={(e) => zet({ gaatErheen: e.target.checked })}
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox schakel-vinkje__label" htmlFor={veldId(`${prefix}.gaatErheen`)}>
          Deze organisatie gaat erheen (naar het gezin)
        </label>
      </div>
      <fieldset className="utrecht-fieldset schakel-groep">
        <legend className="utrecht-fieldset__legend schakel-label">Gepland (niet verplicht)</legend>
        {stand.fouten[`${prefix}.gepland`] && (
          <p className="utrecht-paragraph schakel-foutmelding">Fout: {stand.fouten[`${prefix}.gepland`]}</p>
        )}
        <Tekstveld
          sleutel={`${prefix}.datum`}
          label="Datum"
          type="date"
          breedte="smal"
          waarde={invoer.datum}
          onWijzig={(v) => zet({ datum: v })}
          fout={stand.fouten[`${prefix}.datum`]}
        />
        <Tekstveld
          sleutel={`${prefix}.tijd`}
          label="Tijd"
          type="time"
          breedte="smal"
          waarde={invoer.tijd}
          onWijzig={(v) => zet({ tijd: v })}
          fout={stand.fouten[`${prefix}.tijd`]}
        />
      </fieldset>
      {bestaand && (
        <Keuzelijst
          sleutel={`${prefix}.status`}
          label="Status"
          verplicht
          opties={TAAKSTATUS_LABELS}
          waarde={invoer.status}
          onWijzig={(v) => zet({ status: v })}
          fout={stand.fouten[`${prefix}.status`]}
        />
      )}
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
          {bestaand ? 'Wijziging opslaan' : 'Taak toevoegen'}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={onKlaar}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
