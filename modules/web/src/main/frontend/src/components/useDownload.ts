import { useRef, useState } from 'react';
import type { PdfBestand } from '../api/pdf';
import { alsFout } from './ApiFoutMelding';
import type { Fout } from './ApiFoutMelding';

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

/**
 * The state of a download button group: which file is being made (a second click meanwhile does nothing), the line
 * that says it was downloaded, or the API's refusal. On a refusal the focus goes to the element given `melding` (when
 * the screen has one), so a keyboard user hears why. The file is offered through a temporary object URL.
 */
export function useDownload<S extends string>() {
  const [bezig, setBezig] = useState<S | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);
  const melding = useRef<HTMLDivElement>(null);

  const haal = async (soort: S, maak: () => Promise<PdfBestand>, klaarTekst: string, foutTekst: string) => {
    if (bezig) return;
    setBezig(soort);
    setFout(null);
    setKlaar(null);
    try {
      const bestand = await maak();
      bewaarAlsBestand(bestand.inhoud, bestand.bestandsnaam);
      setKlaar(klaarTekst);
    } catch (f) {
      setFout(alsFout(f, foutTekst));
      setTimeout(() => melding.current?.focus(), 0);
    } finally {
      setBezig(null);
    }
  };

  return { bezig, fout, klaar, melding, haal };
}
