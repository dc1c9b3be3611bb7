/**
 * The break-glass review queue (noodtoegang beoordelen): a crisis worker who opened a case without a grant is
 * reviewed afterwards by the privacy officer (FG) and by every organisation that owns the case.
 */

import type { Roeper } from './monitoring';
import type { Lijst } from './overdracht';

export type Oordeel = 'GERECHTVAARDIGD' | 'NIET_GERECHTVAARDIGD';
export type OordeelStatus = 'OPEN' | Oordeel;

/** `status` of `GET /noodtoegangen`: OPEN = still waiting for my judgement, BEOORDEELD = I judged it. */
export type Wachtrij = 'OPEN' | 'BEOORDEELD';

/** One reviewer's judgement: the FG (`beoordelaar` "FG") or an owning organisation (its code). */
export interface Beoordeling {
  beoordelaar: string;
  beoordelaarNaam: string;
  status: OordeelStatus;
  beoordeeldDoor?: string | null;
  beoordeeldOp?: string | null;
  opmerking?: string | null;
}

/** `GET /noodtoegangen`: one break-glass grant and its reviews. */
export interface Noodtoegang {
  /** The break-glass grant. */
  id: string;
  /** What was opened: `OVERDRACHT` for now. */
  bronType: string;
  bronId: string;
  /** Where the case lives in the app (`/overdrachten/{id}`), for an owner to open it. */
  bronPad?: string | null;
  organisatie: string;
  organisatieNaam: string;
  /** Display name of who opened it. */
  medewerker: string;
  reden: string;
  geopendOp: string;
  /** Opened in an evening, a night, a weekend or on a public holiday (Dutch time): flagged for the reviewers. */
  buitenKantooruren?: boolean;
  vervaltOp: string;
  /** Overall: NIET_GERECHTVAARDIGD when any reviewer said so, GERECHTVAARDIGD when all did. */
  oordeel: OordeelStatus;
  beoordelingen: Beoordeling[];
  /** Which of `beoordelingen` is the caller's to give. */
  mijnBeoordeling: string;
}

/** `POST /noodtoegangen/{id}/beoordeling`; the note is required (1–1000 characters) when not justified. */
export interface BeoordelingVerzoek {
  oordeel: Oordeel;
  opmerking?: string;
}

export const OPMERKING_MAXIMUM = 1000;

export interface NoodtoegangApi {
  noodtoegangen(status?: Wachtrij, signaal?: AbortSignal): Promise<Noodtoegang[]>;
  beoordeelNoodtoegang(id: string, verzoek: BeoordelingVerzoek): Promise<Noodtoegang>;
}

/** At most this many pages (100 each): a work list, not an archive. */
const MAXIMAAL_PAGINAS = 10;

export function maakNoodtoegangApi(roep: Roeper): NoodtoegangApi {
  return {
    noodtoegangen: async (status, signaal) => {
      const basis = `/noodtoegangen?${status ? `status=${status}&` : ''}paginaGrootte=100`;
      const items: Noodtoegang[] = [];
      let volgende: string | null = basis;
      for (let i = 0; i < MAXIMAAL_PAGINAS && volgende; i++) {
        const lijst: Lijst<Noodtoegang> = await roep<Lijst<Noodtoegang>>(volgende, { signaal });
        items.push(...(lijst._embedded?.noodtoegangen ?? []));
        const cursor: string | null = lijst._links?.next?.href
          ? new URL(lijst._links.next.href, window.location.origin).searchParams.get('pagina')
          : null;
        volgende = cursor ? `${basis}&pagina=${encodeURIComponent(cursor)}` : null;
      }
      return items;
    },
    beoordeelNoodtoegang: (id, verzoek) =>
      roep<Noodtoegang>(`/noodtoegangen/${encodeURIComponent(id)}/beoordeling`, { methode: 'POST', body: verzoek }),
  };
}
