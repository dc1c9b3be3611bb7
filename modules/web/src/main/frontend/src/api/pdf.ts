import { ApiFout, foutUitAntwoord, geenVerbinding } from './fouten';

/** The PDFs of an overdracht: the export as you may see it, and the feedback letter to the melder (owner only). */
export type PdfSoort = 'export' | 'terugkoppelingsbrief';

export interface PdfBestand {
  inhoud: Blob;
  bestandsnaam: string;
}

/** The name from `Content-Disposition: attachment; filename="…"`, or the fallback. */
export function bestandsnaamUit(kop: string | null, standaard: string): string {
  const naam = kop?.match(/filename="([^"]+)"/)?.[1];
  return naam && /^[\w.-]+$/.test(naam) ? naam : standaard;
}

/**
 * Fetches a PDF with the bearer token in the header (never in the URL, so no token or id lands in a browser
 * history or server log as a query) and returns it as a Blob; a problem answer becomes an ApiFout.
 */
export async function haalPdf(adres: string, token: string, standaardNaam: string): Promise<PdfBestand> {
  return haalBestand(adres, token, 'application/pdf', standaardNaam);
}

/** As {@link haalPdf}, for any file the API makes (a PDF, a calendar invitation): the answer must be of `soort`. */
export async function haalBestand(adres: string, token: string, soort: string, standaardNaam: string): Promise<PdfBestand> {
  let antwoord: Response;
  try {
    antwoord = await fetch(adres, {
      headers: { Accept: soort, Authorization: `Bearer ${token}` },
      cache: 'no-store',
    });
  } catch {
    throw geenVerbinding();
  }
  if (!antwoord.ok) {
    throw await foutUitAntwoord(antwoord);
  }
  if (!(antwoord.headers.get('Content-Type') ?? '').startsWith(soort)) {
    const wat = soort === 'application/pdf' ? 'Er kwam geen PDF terug.' : 'Er kwam niet het gevraagde bestand terug.';
    throw new ApiFout('Onverwacht antwoord van Schakel', wat, antwoord.status);
  }
  return {
    inhoud: await antwoord.blob(),
    bestandsnaam: bestandsnaamUit(antwoord.headers.get('Content-Disposition'), standaardNaam),
  };
}
