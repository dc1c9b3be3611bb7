import type { Overlegplanning } from './api';

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

/** `10:00:00` or `10:00` → `10:00`. */
export function tijdTekst(tijd: string | null | undefined): string {
  return tijd ? tijd.slice(0, 5) : '';
}
