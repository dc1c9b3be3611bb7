import { useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { bewaarAlsBestand } from '../components/PdfKnoppen';

/**
 * The item's minutes to take along as PDF: the verslag, the plan with its casusregisseur and the actions with owner,
 * date and status; the case only by its reference. The API decides who may have it (those who may read the item) and
 * logs every download as an export; a refusal is shown as the API words it.
 */
export function VerslagPdf({ api, agendapuntId }: { api: SchakelApi; agendapuntId: string }) {
  const [bezig, setBezig] = useState(false);
  const [fout, setFout] = useState<Fout | null>(null);
  const [klaar, setKlaar] = useState(false);
  const melding = useRef<HTMLDivElement>(null);

  const haal = async () => {
    if (bezig) return;
    setBezig(true);
    setFout(null);
    setKlaar(false);
    try {
      const bestand = await api.verslagPdf(agendapuntId);
      bewaarAlsBestand(bestand.inhoud, bestand.bestandsnaam);
      setKlaar(true);
    } catch (f) {
      setFout(alsFout(f, 'Het verslag kon niet als PDF worden gemaakt.'));
      setTimeout(() => melding.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };

  return (
    <section className="schakel-kaart" aria-labelledby="kop-verslag-pdf">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-verslag-pdf">
        Verslag meenemen
      </h2>
      <p className="utrecht-paragraph">
        Het verslag, het plan van aanpak en de acties van dit agendapunt. Het downloaden wordt vastgelegd in het logboek.
      </p>
      <div className="schakel-knoppen">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={haal} aria-disabled={bezig || undefined}>
          Verslag als PDF
        </button>
      </div>
      <div ref={melding} tabIndex={-1} className="schakel-uitkomst" aria-live="polite">
        {klaar && <p className="utrecht-paragraph">Het verslag (PDF) is gedownload.</p>}
        {fout && <ApiFoutMelding fout={fout} />}
      </div>
    </section>
  );
}
