import { useEffect, useState } from 'react';
import type { DmfiSamenvatting, Sof7 } from '../api/crisisdossier';
import { label, momentTekst } from '../overdracht/labels';

/** Dutch texts for the values of the crisisdossier API; unknown values are shown as they are. */

export const CRISIS_STATUS_LABELS: Readonly<Record<string, string>> = {
  OPEN: 'Open',
  GESLOTEN: 'Gesloten',
};

export const CRISIS_BETROKKENENROL_LABELS: Readonly<Record<string, string>> = {
  KIND: 'Kind',
  OUDER: 'Ouder',
  VERZORGER: 'Verzorger',
  SLACHTOFFER: 'Slachtoffer',
  PLEGER: 'Pleger',
  ANDER: 'Ander',
};

export const AANTEKENINGSOORT_LABELS: Readonly<Record<string, string>> = {
  NOTITIE: 'Notitie',
  OBSERVATIE: 'Observatie',
  BEOORDELING: 'Beoordeling',
  BESLUIT: 'Besluit',
};

/** The categories of an entry, in the order the form offers them (labels as in the other flows). */
export const CRISISCATEGORIE_LABELS: Readonly<Record<string, string>> = {
  VEILIGHEID: 'Veiligheid',
  HULPVERLENING: 'Hulpverlening',
  GEZONDHEID: 'Gezondheid',
  JUSTITIEEL: 'Justitiële informatie',
  IDENTITEIT: 'Identiteit',
  CONTACT: 'Contactgegevens',
};

export const TAAKSTATUS_LABELS: Readonly<Record<string, string>> = {
  OPEN: 'Open',
  ONDERWEG: 'Onderweg',
  GEDAAN: 'Gedaan',
  VERVALLEN: 'Vervallen',
};

export const AFSCHALING_LABELS: Readonly<Record<string, string>> = {
  REGULIER: 'Terug naar het reguliere werk',
  OVERDRACHT: 'Afschalen naar een overdracht van Veilig Thuis',
};

/** Why the caller sees the file ("Waarom zie ik dit?"). */
export const CRISIS_REDEN_LABELS: Readonly<Record<string, string>> = {
  CRISISPARTNER: 'Uw organisatie is partner in deze crisis, van de crisismelding tot de afschaling.',
  NOODTOEGANG: 'U heeft noodtoegang gevraagd: u leest dit crisisdossier kort en kunt niets wijzigen. De noodtoegang wordt achteraf beoordeeld.',
};

export function crisiscategorieLabel(categorie: string): string {
  return label(CRISISCATEGORIE_LABELS, categorie);
}

/** A list in Dutch: "a", "a en b", "a, b en c". */
export function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

const MINUUT = 60_000;

/** A positive duration in words, counting down (floored): "5 dagen en 3 uur", "3 uur en 20 minuten", "1 minuut". */
export function duurTekst(ms: number): string {
  const minuten = Math.floor(ms / MINUUT);
  const dagen = Math.floor(minuten / 1440);
  const uren = Math.floor((minuten % 1440) / 60);
  const rest = minuten % 60;
  const dag = (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'}`;
  const min = (n: number) => `${n} ${n === 1 ? 'minuut' : 'minuten'}`;
  if (dagen > 0) return uren > 0 ? `${dag(dagen)} en ${uren} uur` : dag(dagen);
  if (uren > 0) return rest > 0 ? `${uren} uur en ${min(rest)}` : `${uren} uur`;
  return rest > 0 ? min(rest) : 'minder dan een minuut';
}

/**
 * The SOF7 clock in words (never colour alone): "nog 5 dagen en 3 uur", "verlopen sinds 9 december 2026 om 10:00",
 * "afgerond op …", or "niet gestart". The server's `verlopen` counts too, so a wrong PC clock cannot hide an overdue one.
 */
export function sof7Tekst(sof7: Sof7 | null | undefined, nu: number): string {
  if (!sof7) return 'niet gestart';
  if (sof7.afgerondOp) return `afgerond op ${momentTekst(sof7.afgerondOp)}`;
  const uiterlijk = new Date(sof7.uiterlijk).getTime();
  if (sof7.verlopen || nu >= uiterlijk) return `verlopen sinds ${momentTekst(sof7.uiterlijk)}`;
  return `nog ${duurTekst(uiterlijk - nu)}`;
}

export function sof7Verlopen(sof7: Sof7 | null | undefined, nu: number): boolean {
  if (!sof7 || sof7.afgerondOp) return false;
  return sof7.verlopen || nu >= new Date(sof7.uiterlijk).getTime();
}

/**
 * A file's DMFI clock in words: no DMFI, no review planned, the next review "over 2 dagen (9 december 2026 om 10:00)",
 * or overdue "evaluatie verlopen sinds …". The server's flag counts too, as for SOF7.
 */
export function evaluatieTekst(dmfi: DmfiSamenvatting | null | undefined, nu: number): string {
  if (!dmfi) return 'geen DMFI';
  if (!dmfi.volgendeEvaluatie) return 'geen evaluatie gepland';
  const moment = new Date(dmfi.volgendeEvaluatie).getTime();
  if (dmfi.evaluatieVerlopen || nu >= moment) return `evaluatie verlopen sinds ${momentTekst(dmfi.volgendeEvaluatie)}`;
  return `volgende evaluatie over ${duurTekst(moment - nu)} (${momentTekst(dmfi.volgendeEvaluatie)})`;
}

export function evaluatieVerlopen(dmfi: DmfiSamenvatting | null | undefined, nu: number): boolean {
  if (!dmfi?.volgendeEvaluatie) return false;
  return dmfi.evaluatieVerlopen || nu >= new Date(dmfi.volgendeEvaluatie).getTime();
}

/**
 * One clock for a screen, a new value every minute: every countdown on the page reads the same moment (and tests move
 * it with fake timers).
 */
export function useKlok(interval = MINUUT): number {
  const [nu, setNu] = useState(() => Date.now());
  useEffect(() => {
    const wekker = setInterval(() => setNu(Date.now()), interval);
    return () => clearInterval(wekker);
  }, [interval]);
  return nu;
}

/** `datum` (yyyy-mm-dd) and `tijd` (hh:mm) in the browser's (Dutch) time as an instant; null when either is empty. */
export function naarMoment(datum: string, tijd: string): string | null {
  if (!datum || !tijd) return null;
  const moment = new Date(`${datum}T${tijd}`);
  return Number.isNaN(moment.getTime()) ? null : moment.toISOString();
}

/** An instant as the `datum` and `tijd` fields of a form (browser time). */
export function vanMoment(moment: string | null | undefined): { datum: string; tijd: string } {
  if (!moment) return { datum: '', tijd: '' };
  const d = new Date(moment);
  if (Number.isNaN(d.getTime())) return { datum: '', tijd: '' };
  const twee = (n: number) => String(n).padStart(2, '0');
  return { datum: `${d.getFullYear()}-${twee(d.getMonth() + 1)}-${twee(d.getDate())}`, tijd: `${twee(d.getHours())}:${twee(d.getMinutes())}` };
}

/** A partner's judgement of the family's safety (Veiligheidsoordeel), most severe first. */
export const VEILIGHEIDSOORDEEL_LABELS: Readonly<Record<string, string>> = {
  ACUUT_ONVEILIG: 'Acuut onveilig',
  ONVEILIG: 'Onveilig',
  VOORLOPIG_VEILIG: 'Voorlopig veilig',
};
