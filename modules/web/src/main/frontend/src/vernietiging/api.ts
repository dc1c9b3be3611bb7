/**
 * Destruction for the functionaris gegevensbescherming (issue 15): `/vernietigingslijsten` (proposals, approval with
 * If-Match, carrying out, the certificate) and `/bewaarplichten` (legal holds). Ids, owners and dates only, no content.
 */

import type { Roeper } from '../api/monitoring';
import { haalPdf } from '../api/pdf';
import type { PdfBestand } from '../api/pdf';

export interface Vernietigingsitem {
  brontype: string;
  bronId: string;
  eigenaar: string;
  klokstart: string;
  vernietigingsdatum: string;
  /** "20 jaar na afsluiting", from the server. */
  regel: string;
  vernietigdOp?: string | null;
}

export interface Grafsteen extends Vernietigingsitem {
  vernietigdOp: string;
  lijst: string;
  goedgekeurdDoor: string;
}

export interface Vernietigingslijst {
  id: string;
  versie: number;
  opgesteldOp: string;
  peildatum: string;
  status: 'VOORGESTELD' | 'GOEDGEKEURD' | 'UITGEVOERD';
  goedgekeurdDoor?: string | null;
  goedgekeurdOp?: string | null;
  uitgevoerdOp?: string | null;
  items: Vernietigingsitem[];
  grafstenen: Grafsteen[];
}

export interface Bewaarplicht {
  brontype: string;
  bronId: string;
  reden: string;
  opgelegdDoor: string;
  opgelegdOp: string;
}

export const REDEN_MAXIMUM = 1000;

export interface VernietigingApi {
  vernietigingslijsten(signaal?: AbortSignal): Promise<Vernietigingslijst[]>;
  /** Draws up today's list now; null when nothing new is due (204). */
  stelVernietigingslijstOp(): Promise<Vernietigingslijst | null>;
  keurVernietigingslijstGoed(id: string, versie: number): Promise<Vernietigingslijst>;
  voerVernietigingslijstUit(id: string): Promise<Vernietigingslijst>;
  verklaringVanVernietiging(id: string): Promise<PdfBestand>;
  bewaarplichten(signaal?: AbortSignal): Promise<Bewaarplicht[]>;
  legBewaarplichtOp(brontype: string, bronId: string, reden: string): Promise<Bewaarplicht>;
  hefBewaarplichtOp(brontype: string, bronId: string): Promise<void>;
}

interface Lijst<T> {
  _embedded?: Record<string, T[]>;
}

export function maakVernietigingApi(roep: Roeper, tokenBron: () => Promise<string>, basis = '/api/v1'): VernietigingApi {
  const lijst = (id: string) => `/vernietigingslijsten/${encodeURIComponent(id)}`;
  return {
    vernietigingslijsten: async (signaal) =>
      (await roep<Lijst<Vernietigingslijst>>('/vernietigingslijsten', { signaal }))._embedded?.vernietigingslijsten ?? [],
    stelVernietigingslijstOp: async () => (await roep<Vernietigingslijst | undefined>('/vernietigingslijsten', { methode: 'POST' })) ?? null,
    keurVernietigingslijstGoed: (id, versie) => roep<Vernietigingslijst>(`${lijst(id)}/goedkeuring`, { methode: 'POST', versie }),
    voerVernietigingslijstUit: (id) => roep<Vernietigingslijst>(`${lijst(id)}/uitvoering`, { methode: 'POST' }),
    verklaringVanVernietiging: async (id) =>
      haalPdf(`${basis}${lijst(id)}/verklaring`, await tokenBron(), `verklaring-van-vernietiging-${id}.pdf`),
    bewaarplichten: async (signaal) => (await roep<Lijst<Bewaarplicht>>('/bewaarplichten', { signaal }))._embedded?.bewaarplichten ?? [],
    legBewaarplichtOp: (brontype, bronId, reden) =>
      roep<Bewaarplicht>('/bewaarplichten', { methode: 'POST', body: { brontype, bronId, reden } }),
    hefBewaarplichtOp: async (brontype, bronId) => {
      await roep<undefined>(`/bewaarplichten/${encodeURIComponent(brontype)}/${encodeURIComponent(bronId)}/opheffing`, { methode: 'POST' });
    },
  };
}
