import type { Overleg, Overlegplanning, Verplaatsing } from './api';

/** The meeting-planning form as typed, its rules and the API body. */

export interface PlanningFormulier {
  datum: string;
  aanvang: string;
  einde: string;
  plaats: string;
  onlineLink: string;
  voorzitter: string;
  notulist: string;
}

export function leegePlanning(): PlanningFormulier {
  return { datum: '', aanvang: '', einde: '', plaats: '', onlineLink: '', voorzitter: '', notulist: '' };
}

export function valideerPlanning(f: PlanningFormulier, vandaag: string): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (!f.datum) fouten.datum = 'Vul de datum van het overleg in.';
  else if (f.datum < vandaag) fouten.datum = 'De datum ligt in het verleden.';
  if (!f.aanvang) fouten.aanvang = 'Vul de aanvangstijd in.';
  if (f.einde && f.aanvang && f.einde <= f.aanvang) fouten.einde = 'Het einde ligt na de aanvang.';
  if (!f.plaats.trim() && !f.onlineLink.trim()) fouten.plaats = 'Vul een plaats of een onlinelink in.';
  if (f.onlineLink.trim() && !/^https:\/\//.test(f.onlineLink.trim())) fouten.onlineLink = 'Een link die begint met https://.';
  if (!f.voorzitter.trim()) fouten.voorzitter = 'Vul de naam van de voorzitter in.';
  if (!f.notulist.trim()) fouten.notulist = 'Vul de naam van de notulist in.';
  return fouten;
}

export function naarPlanning(tafelId: string, f: PlanningFormulier): Overlegplanning {
  const of = (w: string) => (w.trim() === '' ? null : w.trim());
  return {
    overlegtafel: tafelId,
    datum: f.datum,
    aanvang: f.aanvang,
    einde: of(f.einde),
    plaats: of(f.plaats),
    onlineLink: of(f.onlineLink),
    voorzitter: f.voorzitter.trim(),
    notulist: f.notulist.trim(),
  };
}

/** Moving a meeting: the form starts from the meeting's own date and times. */
export interface VerplaatsingFormulier {
  datum: string;
  aanvang: string;
  einde: string;
}

export function verplaatsingVan(o: Pick<Overleg, 'datum' | 'aanvang' | 'einde'>): VerplaatsingFormulier {
  return { datum: o.datum, aanvang: tijdTekst(o.aanvang), einde: tijdTekst(o.einde) };
}

/** The same rules the server applies (CSO-030): a date from today up to a year ahead, an end after the start. */
export function valideerVerplaatsing(f: VerplaatsingFormulier, vandaag: string, huidigEinde: string | null = null): Record<string, string> {
  const fouten: Record<string, string> = {};
  const overEenJaar = `${Number(vandaag.slice(0, 4)) + 1}${vandaag.slice(4)}`;
  if (!f.datum) fouten.datum = 'Vul de nieuwe datum in.';
  else if (f.datum < vandaag) fouten.datum = 'De datum ligt in het verleden.';
  else if (f.datum > overEenJaar) fouten.datum = 'Verplaats een overleg hoogstens een jaar vooruit.';
  if (!f.aanvang) fouten.aanvang = 'Vul de aanvangstijd in.';
  // an empty end keeps the meeting's end (the API changes only what it is given)
  const einde = f.einde || tijdTekst(huidigEinde);
  if (einde && f.aanvang && einde <= f.aanvang) fouten.einde = 'Het einde ligt na de aanvang.';
  return fouten;
}

export function naarVerplaatsing(f: VerplaatsingFormulier): Verplaatsing {
  return { datum: f.datum, aanvang: f.aanvang, einde: f.einde === '' ? null : f.einde };
}

/** `10:00:00` or `10:00` → `10:00`. */
export function tijdTekst(tijd: string | null | undefined): string {
  return tijd ? tijd.slice(0, 5) : '';
}
