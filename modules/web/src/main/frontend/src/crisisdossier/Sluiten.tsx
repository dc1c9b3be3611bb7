import { useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Afschalingsuitkomst, Crisisdossier } from '../api/crisisdossier';
import { Keuzerondjes, Tekstvak } from '../components/Velden';
import { Foutsamenvatting, controleerTekst, useFormulierstand } from './formulier';
import type { Veldfouten } from './formulier';
import { AFSCHALING_LABELS } from './labels';

const VELDNAMEN: Readonly<Record<string, string>> = { uitkomst: 'Uitkomst', reden: 'Reden' };

/**
 * Afschaling (crisismedewerker and CIT only): close the crisis to regular work, or (Veilig Thuis's crisis team only)
 * scale it down to a pre-filled concept overdracht that a procesregisseur of Veilig Thuis reviews and sends. Closing ends every partner's access to the file; each organisation keeps
 * its own entries.
 */
export function Sluiten({
  api,
  dossier,
  magAfschalen,
  onGesloten,
  onHerlaad,
}: {
  api: SchakelApi;
  dossier: Crisisdossier;
  /** Veilig Thuis's crisis team: the overdracht that comes of it is Veilig Thuis's own. */
  magAfschalen: boolean;
  onGesloten: (d: Crisisdossier) => void;
  onHerlaad: () => void;
}) {
  const prefix = 'sluiting';
  const [uitkomst, setUitkomst] = useState<Afschalingsuitkomst | ''>('');
  const [reden, setReden] = useState('');
  const stand = useFormulierstand(prefix);
  return (
    <section className="schakel-kaart" aria-labelledby="kop-sluiten">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-sluiten">
        Crisis sluiten (afschaling)
      </h2>
      <p className="utrecht-paragraph">
        Na het sluiten kan niemand het crisisdossier meer wijzigen en eindigt de toegang van alle partners. Elke organisatie
        houdt haar eigen aantekeningen.
      </p>
      <form
        aria-label="Crisis sluiten"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const fouten: Veldfouten = {};
          if (!uitkomst) fouten[`${prefix}.uitkomst`] = 'Kies hoe de crisis verder gaat.';
          controleerTekst(fouten, `${prefix}.reden`, reden, 2000, 'Vul de reden van de afschaling in.');
          void stand.verstuur(
            fouten,
            async () => {
              onGesloten(await api.sluitCrisisdossier(dossier.id, dossier.versie, uitkomst as Afschalingsuitkomst, reden.trim()));
            },
            'De crisis kon niet worden gesloten.',
          );
        }}
      >
        <Foutsamenvatting
          stand={stand}
          titel="Controleer de afschaling"
          namen={VELDNAMEN}
          onHerlaad={() => {
            stand.wis();
            onHerlaad();
          }}
        />
        <Keuzerondjes
          sleutel={`${prefix}.uitkomst`}
          legenda="Hoe gaat het verder?"
          verplicht
          opties={(Object.entries(AFSCHALING_LABELS) as [Afschalingsuitkomst, string][]).filter(
            ([waarde]) => magAfschalen || waarde !== 'OVERDRACHT',
          )}
          gekozen={uitkomst}
          onKies={setUitkomst}
          fout={stand.fouten[`${prefix}.uitkomst`]}
        />
        {uitkomst === 'OVERDRACHT' && (
          <div className="schakel-hint" data-testid="afschaling-uitleg">
            <p className="utrecht-paragraph">
              Veilig Thuis krijgt een concept-overdracht, voorgevuld met wat u in dit dossier mag zien: de crisismelding, de
              betrokkenen (zonder BSN) en de geldende aantekeningen over veiligheid, hulpverlening, gezondheid en justitiële
              informatie, elk met wie het schreef. Ingetrokken aantekeningen en contactgegevens gaan niet mee.
            </p>
            <p className="utrecht-paragraph">
              Er wordt nog niets gedeeld: een procesregisseur van Veilig Thuis controleert het concept, kiest de ontvanger en de
              gegevens, en verstuurt het.
            </p>
          </div>
        )}
        <Tekstvak
          sleutel={`${prefix}.reden`}
          label="Reden"
          hint="Waarom kan de crisisaanpak stoppen? Ten hoogste 2000 tekens."
          verplicht
          waarde={reden}
          onWijzig={setReden}
          fout={stand.fouten[`${prefix}.reden`]}
        />
        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
            Crisis sluiten
          </button>
        </div>
      </form>
    </section>
  );
}
