import { useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Overdracht, Toegang } from '../api/overdracht';
import type { PdfSoort } from '../api/pdf';
import type { Mij } from '../api/types';
import { ApiFoutMelding, alsFout } from './ApiFoutMelding';
import type { Fout } from './ApiFoutMelding';
import { Melding } from './Melding';

/** How long the browser keeps the downloaded file's object URL; the download has started long before. */
const URL_BEWAARTIJD_MS = 60_000;

/** Offers a Blob as a file download through a temporary object URL (no token or id in any address bar). */
export function bewaarAlsBestand(inhoud: Blob, bestandsnaam: string): void {
  const adres = URL.createObjectURL(inhoud);
  const link = document.createElement('a');
  link.href = adres;
  link.download = bestandsnaam;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(adres), URL_BEWAARTIJD_MS);
}

function heeftRol(mij: Mij | null, rol: string): boolean {
  return (mij?.rollen ?? []).some((r) => (typeof r === 'string' ? r : r.code) === rol);
}

/**
 * The PDF downloads of an overdracht. "Download als PDF" for whoever sees it as owner or receiver (break-glass
 * access reads but does not export, see docs/toegangsbeleid.md); the feedback letter to the melder for the
 * owner's procesregisseur once the overdracht has been sent. The server decides in the end; its problem is shown.
 */
export function PdfKnoppen({ api, overdracht, toegangen, mij }: { api: SchakelApi; overdracht: Overdracht; toegangen: Toegang[]; mij: Mij | null }) {
  const [bezig, setBezig] = useState<PdfSoort | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);

  const eigenaar = toegangen.some((t) => t.reden === 'EIGENAAR');
  const ontvanger = toegangen.some((t) => t.reden === 'ONTVANGER');
  const magExporteren = eigenaar || ontvanger;
  const magBrief = eigenaar && overdracht.status !== 'CONCEPT' && (mij === null || heeftRol(mij, 'procesregisseur'));
  if (!magExporteren && !magBrief) return null;

  const download = async (soort: PdfSoort) => {
    if (bezig) return;
    setBezig(soort);
    setFout(null);
    setKlaar(null);
    try {
      const bestand = await api.pdf(overdracht.id, soort);
      bewaarAlsBestand(bestand.inhoud, bestand.bestandsnaam);
      setKlaar(soort === 'export' ? 'De PDF van de overdracht is gedownload.' : 'De terugkoppelingsbrief is gedownload.');
    } catch (f) {
      setFout(alsFout(f, 'De PDF kon niet worden gemaakt.'));
    } finally {
      setBezig(null);
    }
  };

  return (
    <section className="schakel-kaart schakel-acties" aria-labelledby="kop-pdf" data-testid="pdf-knoppen">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-pdf">
        PDF
      </h2>
      <div className="schakel-knoppen">
        {magExporteren && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => void download('export')} aria-disabled={bezig !== null || undefined}>
            Download als PDF
          </button>
        )}
        {magBrief && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => void download('terugkoppelingsbrief')} aria-disabled={bezig !== null || undefined}>
            Terugkoppelingsbrief melder (PDF)
          </button>
        )}
      </div>
      <p className="utrecht-paragraph schakel-hint">Een download wordt vastgelegd in het logboek. Bewaar de PDF alleen waar dat mag.</p>
      <div aria-live="polite">
        {bezig && (
          <p className="utrecht-paragraph" role="status">
            De PDF wordt gemaakt…
          </p>
        )}
        {klaar && <Melding soort="info" titel={klaar} />}
      </div>
      {fout && <ApiFoutMelding fout={fout} />}
    </section>
  );
}
