import { useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Crisisdossier } from '../api/crisisdossier';
import { Tekstvak } from '../components/Velden';
import { Foutsamenvatting, controleerTekst, useFormulierstand } from './formulier';
import type { Veldfouten } from './formulier';

const VELDNAMEN: Readonly<Record<string, string>> = { conclusie: 'Conclusie' };

/**
 * "SOF7 afronden" (crisismedewerker and CIT only, `crisisdossier.sof7-afronden`): record the fast investigation as done
 * with a short conclusion. From then on the countdown says "afgerond op …" for every co-owner and the file leaves "SOF7
 * verlopen". A file that changed meanwhile (412) or whose SOF7 another partner just finished (409) offers "Opnieuw laden".
 */
export function Sof7Afronden({
  api,
  dossier,
  onAfgerond,
  onHerlaad,
}: {
  api: SchakelApi;
  dossier: Crisisdossier;
  onAfgerond: (d: Crisisdossier) => void;
  onHerlaad: () => void;
}) {
  const prefix = 'sof7';
  const [conclusie, setConclusie] = useState('');
  const stand = useFormulierstand(prefix);
  return (
    <section className="schakel-kaart" aria-labelledby="kop-sof7">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-sof7">
        SOF7 afronden
      </h2>
      <p className="utrecht-paragraph">
        Leg vast dat het snelle onderzoek klaar is. Alle partners zien daarna dat het SOF7-onderzoek is afgerond, met uw conclusie.
      </p>
      <form
        aria-label="SOF7 afronden"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const fouten: Veldfouten = {};
          controleerTekst(fouten, `${prefix}.conclusie`, conclusie, 2000, 'Vul de conclusie van het SOF7-onderzoek in.');
          void stand.verstuur(
            fouten,
            async () => {
              onAfgerond(await api.rondSof7Af(dossier.id, dossier.versie, conclusie.trim()));
              setConclusie('');
            },
            'Het SOF7-onderzoek kon niet worden afgerond.',
          );
        }}
      >
        <Foutsamenvatting
          stand={stand}
          titel="Controleer de afronding"
          namen={VELDNAMEN}
          onHerlaad={() => {
            stand.wis();
            onHerlaad();
          }}
        />
        <Tekstvak
          sleutel={`${prefix}.conclusie`}
          label="Conclusie"
          hint="Kort: wat bleek uit het onderzoek, en wat nu? Ten hoogste 2000 tekens."
          verplicht
          regels={3}
          waarde={conclusie}
          onWijzig={setConclusie}
          fout={stand.fouten[`${prefix}.conclusie`]}
        />
        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
            SOF7 afronden
          </button>
        </div>
      </form>
    </section>
  );
}
