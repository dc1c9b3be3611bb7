/**
 * The bekendheidscheck: `POST /bekendheidscheck` with a BSN, or a family name and date of birth (optionally the first
 * name). The answer names only organisations and their functional mailbox, never content. The question goes in the body:
 * no personal data in a URL.
 */

import type { Roeper } from '../api/monitoring';

export type Bekendheidsvraag = { bsn: string } | { achternaam: string; voornaam?: string; geboortedatum: string };

export interface BekendeOrganisatie {
  code: string;
  naam: string;
  /** Null when the partner register has no functional mailbox for it. */
  functioneleMailbox: string | null;
}

export interface Bekendheid {
  bekend: boolean;
  organisaties: BekendeOrganisatie[];
}

export interface BekendheidApi {
  bekendheidscheck(vraag: Bekendheidsvraag): Promise<Bekendheid>;
}

export function maakBekendheidApi(roep: Roeper): BekendheidApi {
  return {
    bekendheidscheck: (vraag) => roep<Bekendheid>('/bekendheidscheck', { methode: 'POST', body: vraag }),
  };
}
