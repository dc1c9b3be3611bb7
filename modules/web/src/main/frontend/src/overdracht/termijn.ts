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
