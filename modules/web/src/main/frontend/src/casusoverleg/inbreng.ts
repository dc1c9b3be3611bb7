import type { Inbreng, Inbrengdeel } from './api';

/** The inbreng form: parts by category, each with its legal basis and text (the API's rules, checked before sending). */

export interface DeelInvoer {
  categorie: string;
  grondslag: string;
  tekst: string;
}

export const MAXIMUM_DELEN = 20;

export function nieuwDeel(): DeelInvoer {
  return { categorie: '', grondslag: '', tekst: '' };
}

export function vanInbreng(inbreng: Inbreng | null | undefined): DeelInvoer[] {
  if (!inbreng || inbreng.delen.length === 0) return [nieuwDeel()];
  return inbreng.delen.map((d) => ({ categorie: d.categorie, grondslag: d.grondslag, tekst: d.tekst }));
}

export function valideerDelen(delen: readonly DeelInvoer[]): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (delen.length === 0) fouten.delen = 'Voeg ten minste één deel toe.';
  if (delen.length > MAXIMUM_DELEN) fouten.delen = `Ten hoogste ${MAXIMUM_DELEN} delen.`;
  delen.forEach((d, i) => {
    if (!d.categorie) fouten[`delen[${i}].categorie`] = 'Kies de gegevenscategorie van dit deel.';
    const grondslag = d.grondslag.trim();
    if (!grondslag) fouten[`delen[${i}].grondslag`] = 'Noem de grondslag waarop u dit deelt.';
    else if (grondslag.length > 200) fouten[`delen[${i}].grondslag`] = 'Ten hoogste 200 tekens.';
    const tekst = d.tekst.trim();
    if (!tekst) fouten[`delen[${i}].tekst`] = 'Vul de tekst van dit deel in.';
    else if (tekst.length > 4000) fouten[`delen[${i}].tekst`] = `Ten hoogste 4000 tekens; het zijn er nu ${tekst.length}.`;
  });
  return fouten;
}

export function naarDelen(delen: readonly DeelInvoer[]): Inbrengdeel[] {
  return delen.map((d) => ({ categorie: d.categorie, grondslag: d.grondslag.trim(), tekst: d.tekst.trim() }));
}

/** The first field key with an error, in screen order. */
export function eersteFout(fouten: Record<string, string>, delen: readonly DeelInvoer[]): string | null {
  const volgorde = ['delen', ...delen.flatMap((_, i) => [`delen[${i}].categorie`, `delen[${i}].grondslag`, `delen[${i}].tekst`])];
  return volgorde.find((s) => fouten[s]) ?? null;
}
