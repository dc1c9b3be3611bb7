/** The monitoring API (issue 4): moments at 3 and 12 months after acceptance, the two safety scores, the KPI. */

import type { Lijst } from './overdracht';

export type Monitoringfase = 'GEPLAND' | 'TE_DOEN' | 'VERLOPEN' | 'UITGEVOERD';

/** `GET /overdrachten/{id}/monitoringmomenten` (scores only when recorded and VEILIGHEID is not withheld). */
export interface Monitoringmoment {
  id: string;
  versie: number;
  laatstGewijzigd: string;
  overdracht: string;
  maandenNaAcceptatie: number;
  geplandOp: string;
  uiterlijk: string;
  status: 'GEPLAND' | 'UITGEVOERD';
  fase: Monitoringfase;
  scoreDirectbetrokkene?: number | null;
  scoreProfessional?: number | null;
  uitgevoerdOp?: string | null;
  uitgevoerdDoor?: string | null;
  achtergehouden?: string[];
}

/** `GET /monitoringmomenten`: a moment in the work list, without scores. */
export type MonitoringmomentSamenvatting = Omit<
  Monitoringmoment,
  'scoreDirectbetrokkene' | 'scoreProfessional' | 'uitgevoerdDoor' | 'achtergehouden'
>;

export interface Scores {
  scoreDirectbetrokkene: number | null;
  scoreProfessional: number | null;
}

export interface Aandeel {
  scores: number;
  voldoende: number;
  aandeelProcent?: number | null;
  normGehaald?: boolean | null;
}

export interface Telling {
  maandenNaAcceptatie?: number | null;
  momenten: number;
  directbetrokkene: Aandeel;
  professional: Aandeel;
  samen: Aandeel;
}

/** `GET /monitoring/kengetallen`. */
export interface Kengetallen {
  normProcent: number;
  vanaf?: string | null;
  tot?: string | null;
  perMoment: Telling[];
  totaal: Telling;
}

export interface MonitoringApi {
  monitoringmomenten(overdrachtId: string, signaal?: AbortSignal): Promise<Monitoringmoment[]>;
  mijnMonitoringmomenten(signaal?: AbortSignal): Promise<MonitoringmomentSamenvatting[]>;
  legScoresVast(overdrachtId: string, momentId: string, versie: number, scores: Scores): Promise<Monitoringmoment>;
  kengetallen(signaal?: AbortSignal): Promise<Kengetallen>;
}

/** How the client calls the API (client.ts's `roep`, with the token already bound). */
export type Roeper = <T>(
  pad: string,
  verzoek?: { methode?: 'GET' | 'POST' | 'PUT'; body?: unknown; versie?: number; signaal?: AbortSignal },
) => Promise<T>;

/** At most this many pages of moments (100 each): a work list, not an archive. */
const MAXIMAAL_PAGINAS = 10;

export function maakMonitoringApi(roep: Roeper): MonitoringApi {
  const pad = (id: string) => `/overdrachten/${encodeURIComponent(id)}/monitoringmomenten`;
  return {
    monitoringmomenten: async (overdrachtId, signaal) => {
      const lijst = await roep<Lijst<Monitoringmoment>>(pad(overdrachtId), { signaal });
      return lijst._embedded?.monitoringmomenten ?? [];
    },
    mijnMonitoringmomenten: async (signaal) => {
      const items: MonitoringmomentSamenvatting[] = [];
      let volgende: string | null = '/monitoringmomenten?paginaGrootte=100';
      for (let i = 0; i < MAXIMAAL_PAGINAS && volgende; i++) {
        const lijst: Lijst<MonitoringmomentSamenvatting> = await roep<Lijst<MonitoringmomentSamenvatting>>(volgende, {
          signaal,
        });
        items.push(...(lijst._embedded?.monitoringmomenten ?? []));
        const cursor: string | null = lijst._links?.next?.href
          ? new URL(lijst._links.next.href, window.location.origin).searchParams.get('pagina')
          : null;
        volgende = cursor ? `/monitoringmomenten?paginaGrootte=100&pagina=${encodeURIComponent(cursor)}` : null;
      }
      return items;
    },
    legScoresVast: (overdrachtId, momentId, versie, scores) =>
      roep<Monitoringmoment>(`${pad(overdrachtId)}/${encodeURIComponent(momentId)}`, {
        methode: 'PUT',
        versie,
        body: scores,
      }),
    kengetallen: (signaal) => roep<Kengetallen>('/monitoring/kengetallen', { signaal }),
  };
}
