import type { Kengetallen, Monitoringfase } from '../api/monitoring';

export const FASE_LABELS: Record<Monitoringfase, string> = {
  GEPLAND: 'Gepland',
  TE_DOEN: 'Te doen',
  VERLOPEN: 'Te laat',
  UITGEVOERD: 'Uitgevoerd',
};

export function momentNaam(maanden: number): string {
  return `Na ${maanden} maanden`;
}

/** "75 %" in Dutch notation ("66,7 %"), or a dash when nothing was recorded. */
export function procentTekst(aandeel: number | null | undefined): string {
  if (aandeel === null || aandeel === undefined) return '–';
  return `${aandeel.toLocaleString('nl-NL', { maximumFractionDigits: 1 })} %`;
}

/** The KPI line as Veilig Thuis reports it. */
export function kengetalZin(k: Kengetallen): string {
  const samen = k.totaal.samen;
  const oordeel = samen.normGehaald === true ? 'norm gehaald' : samen.normGehaald === false ? 'norm niet gehaald' : 'nog geen scores';
  return `Aandeel veiligheidsscores ≥ 6: ${procentTekst(samen.aandeelProcent)} (norm ${k.normProcent} %, ${oordeel})`;
}

/**
 * A score as typed: a whole number 0-10, or the Dutch error to show next to the field. Checked here so the user
 * hears at once what is wrong; the server checks the same (MON-001).
 */
export function leesScore(tekst: string, wie: string): { waarde: number } | { fout: string } {
  const schoon = tekst.trim();
  if (schoon === '') return { fout: `Vul de score van de ${wie} in.` };
  if (!/^\d{1,2}$/.test(schoon) || Number(schoon) > 10) return { fout: 'Vul een heel getal van 0 tot en met 10 in.' };
  return { waarde: Number(schoon) };
}
