import type { Noodtoegang, Oordeel, OordeelStatus } from '../api/noodtoegang';
import { OPMERKING_MAXIMUM } from '../api/noodtoegang';
import { paden, leesRoute } from '../router';

/** Dutch texts and form rules for the break-glass review (noodtoegang beoordelen). */

export const OORDEEL_LABELS: Readonly<Record<OordeelStatus, string>> = {
  OPEN: 'Nog niet beoordeeld',
  GERECHTVAARDIGD: 'Gerechtvaardigd',
  NIET_GERECHTVAARDIGD: 'Niet gerechtvaardigd',
};

/** The overall judgement, which differs from one reviewer's while others have not judged yet. */
export const TOTAALOORDEEL_LABELS: Readonly<Record<OordeelStatus, string>> = {
  OPEN: 'Nog niet door iedereen beoordeeld',
  GERECHTVAARDIGD: 'Gerechtvaardigd',
  NIET_GERECHTVAARDIGD: 'Niet gerechtvaardigd',
};

/** A symbol next to the text, so the judgement never rests on colour alone. */
export const OORDEEL_SYMBOOL: Readonly<Record<OordeelStatus, string>> = {
  OPEN: '…',
  GERECHTVAARDIGD: '✓',
  NIET_GERECHTVAARDIGD: '✕',
};

export const BRONTYPE_LABELS: Readonly<Record<string, string>> = {
  OVERDRACHT: 'Overdracht',
  CRISISDOSSIER: 'Crisisdossier',
};

export function oordeelLabel(status: string | null | undefined): string {
  return OORDEEL_LABELS[status as OordeelStatus] ?? OORDEEL_LABELS.OPEN;
}

export function totaaloordeelLabel(status: string | null | undefined): string {
  return TOTAALOORDEEL_LABELS[status as OordeelStatus] ?? TOTAALOORDEEL_LABELS.OPEN;
}

/** What the break-glass opened, in plain words (never a code). */
export function brontypeLabel(bronType: string | null | undefined): string {
  return (bronType && BRONTYPE_LABELS[bronType]) || 'Zaak';
}

/** The FG reviews every case but owns none, so it gets no link; an owner may open its own case. */
export function bronLink(n: Pick<Noodtoegang, 'bronPad' | 'mijnBeoordeling'>): string | null {
  if (n.mijnBeoordeling === 'FG' || !n.bronPad) return null;
  const route = leesRoute(`#${n.bronPad.startsWith('/') ? '' : '/'}${n.bronPad}`);
  // only a screen this app knows; anything else gets no link
  if (route?.naam === 'overdracht') return paden.overdracht(route.id);
  if (route?.naam === 'crisisdossier') return paden.crisisdossier(route.id);
  return null;
}

/** What the user has typed for one open item (kept across a forced re-login). */
export interface OordeelInvoer {
  oordeel: Oordeel | '';
  opmerking: string;
}

export const LEGE_INVOER: OordeelInvoer = { oordeel: '', opmerking: '' };

export interface OordeelFouten {
  oordeel?: string;
  opmerking?: string;
}

/** The checks the browser can do itself; the API checks the same (TGN-005). */
export function controleerOordeel(invoer: OordeelInvoer): OordeelFouten {
  const fouten: OordeelFouten = {};
  const opmerking = invoer.opmerking.trim();
  if (!invoer.oordeel) fouten.oordeel = 'Kies of de noodtoegang gerechtvaardigd was.';
  if (invoer.oordeel === 'NIET_GERECHTVAARDIGD' && !opmerking) {
    fouten.opmerking = 'Vul in waarom de noodtoegang niet gerechtvaardigd was.';
  }
  if (opmerking.length > OPMERKING_MAXIMUM) {
    fouten.opmerking = `De opmerking is te lang: ten hoogste ${OPMERKING_MAXIMUM} tekens (nu ${opmerking.length}).`;
  }
  return fouten;
}
