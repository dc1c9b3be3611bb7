/**
 * "Mijn werk" (`GET /mijn-werk`: counts per flow, each with the screen that lists them) and the privacy officer's
 * logboek (`GET /logboek`: who did what with whose data, newest first, paged).
 */

import type { Roeper } from './monitoring';
import type { Lijst } from './overdracht';

/** One count on "Mijn werk". */
export interface Werktegel {
  /** `overdracht`, `casusoverleg`, `crisisdossier`, `toegang`: the page groups by it. */
  stroom: string;
  /** Stable name of the count within the flow. */
  code: string;
  /** What is counted, in Dutch. */
  titel: string;
  aantal: number;
  /** Something is overdue: the tile says so in words. */
  vraagtAandacht: boolean;
  /** The hash route listing exactly what was counted. */
  scherm: string;
}

export interface MijnWerkAntwoord {
  tegels: Werktegel[];
}

/** One row of the logboek, as the API gives it. */
export interface Logboekregel {
  /** The row's place in the hash chain; null for a row the chainer has not reached yet (usually under a second). */
  volgnummer: number | null;
  /** Insertion order, there at once: the order of the pages. */
  invoegnummer: number;
  tijdstip: string;
  gebruiker: string;
  gebruikerNaam?: string | null;
  namens?: string | null;
  organisatie?: string | null;
  rol?: string | null;
  handeling: string;
  bronType?: string | null;
  bronId?: string | null;
  betrokkenen?: string[];
  doel?: string | null;
  grondslag?: string | null;
  toegangReden?: string | null;
  noodtoegang: boolean;
  uitkomst: 'TOEGESTAAN' | 'GEWEIGERD' | string;
}

/** The filters of `GET /logboek`; empty ones are left out. `van`/`tot` are instants (UTC). */
export interface LogboekFilter {
  gebruiker?: string;
  betrokkene?: string;
  bronType?: string;
  bronId?: string;
  van?: string;
  tot?: string;
}

export interface LogboekPagina {
  regels: Logboekregel[];
  /** The cursor of the next page, if there is one. */
  volgende: string | null;
}

export interface WerkApi {
  mijnWerk(signaal?: AbortSignal): Promise<MijnWerkAntwoord>;
  logboek(filter: LogboekFilter, pagina?: string | null, signaal?: AbortSignal): Promise<LogboekPagina>;
}

export const LOGBOEK_PAGINAGROOTTE = 25;

export function maakWerkApi(roep: Roeper): WerkApi {
  return {
    mijnWerk: (signaal) => roep<MijnWerkAntwoord>('/mijn-werk', { signaal }),
    logboek: async (filter, pagina, signaal) => {
      const zoek = new URLSearchParams();
      for (const [sleutel, waarde] of Object.entries(filter)) {
        if (typeof waarde === 'string' && waarde.trim() !== '') zoek.set(sleutel, waarde.trim());
      }
      if (pagina) zoek.set('pagina', pagina);
      zoek.set('paginaGrootte', String(LOGBOEK_PAGINAGROOTTE));
      const lijst = await roep<Lijst<Logboekregel>>(`/logboek?${zoek.toString()}`, { signaal });
      const volgende = lijst._links?.next?.href
        ? new URL(lijst._links.next.href, window.location.origin).searchParams.get('pagina')
        : null;
      return { regels: lijst._embedded?.logboek ?? [], volgende };
    },
  };
}
