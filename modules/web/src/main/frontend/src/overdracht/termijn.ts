import { vandaagInNederland } from '../vandaag';
import type { OverdrachtStatus, Termijnvelden } from '../api/overdracht';
import { datumTekst } from './labels';

/** Sent or received: the receiver still has to decide, so the acceptance clock runs. */
export function isOpen(status: OverdrachtStatus): boolean {
  return status === 'VERZONDEN' || status === 'ONTVANGEN';
}

/** Escalated and still waiting for the receiver: what the teamleider has to act on. */
export function isOpgeschaaldEnOpen(o: Termijnvelden & { status: OverdrachtStatus }): boolean {
  return Boolean(o.opgeschaaldOp) && isOpen(o.status);
}

/** The acceptance clock in words, the same for both sides; empty when no clock runs. */
export function termijnTekst(o: Termijnvelden & { status: OverdrachtStatus }): string {
  if (!isOpen(o.status) || !o.acceptatieUiterlijk) return '';
  const uiterlijk = datumTekst(o.acceptatieUiterlijk);
  if (o.acceptatieVerlopen && o.opgeschaaldOp) return `Verlopen (uiterlijk ${uiterlijk}), opgeschaald naar de teamleider`;
  if (o.acceptatieVerlopen) return `Verlopen (uiterlijk ${uiterlijk})`;
  return `Accepteren uiterlijk ${uiterlijk}`;
}


/**
 * The legal term of the veiligheidsbeoordeling (melding + 5 working days) in words. Sending needs a finished
 * assessment, so once sent the term was met or missed on the day of sending; a concept past the date is overdue.
 */
export function veiligheidsbeoordelingTermijn(
  uiterlijk: string,
  status: OverdrachtStatus,
  verzondenOp: string | null | undefined,
  vandaag: string = vandaagInNederland(),
): { tekst: string; verlopen: boolean } {
  const datum = datumTekst(uiterlijk);
  if (verzondenOp && status !== 'CONCEPT') {
    const verzonden = vandaagInNederland(new Date(verzondenOp));
    return verzonden > uiterlijk
      ? { tekst: `${datum} – pas verstuurd op ${datumTekst(verzonden)}, na de termijn`, verlopen: true }
      : { tekst: `${datum} – op tijd`, verlopen: false };
  }
  if (status === 'CONCEPT' && vandaag > uiterlijk) return { tekst: `${datum} – verlopen, nog niet verstuurd`, verlopen: true };
  return { tekst: datum, verlopen: false };
}
