/**
 * Requests of data subjects: the contact point's `/verzoeken` (register, list, one, extend, "verzoeker geïnformeerd",
 * the inzage PDF) and each partner's `/deelverzoeken` (its parts, answer). The person's BSN, name and date of birth go
 * only in the body of the registration; the server keeps keyed hashes, never the values.
 */

import type { Roeper } from '../api/monitoring';
import { haalPdf } from '../api/pdf';
import type { PdfBestand } from '../api/pdf';

export type Verzoeksoort = 'INZAGE' | 'CORRECTIE' | 'VERNIETIGING' | 'BEPERKING' | 'BEZWAAR';

export interface Deel {
  id: string;
  organisatie: string;
  status: 'OPEN' | 'BEANTWOORD';
  antwoord: string | null;
  beantwoordDoor: string | null;
  beantwoordOp: string | null;
}

export interface Verzoek {
  id: string;
  versie: number;
  soort: Verzoeksoort;
  weergave: string;
  contactpunt: string;
  status: 'IN_BEHANDELING' | 'AFGEROND';
  ontvangenOp: string;
  uiterlijkOp: string;
  dagenOver: number;
  teLaat: boolean;
  verlengd: boolean;
  verlenging: { reden: string; door: string; op: string } | null;
  verzoekerGeinformeerdOp: string | null;
  geregistreerdDoor: string;
  geregistreerdOp: string;
  aantalDelen: number;
  aantalBeantwoord: number;
  delen: Deel[];
}

export interface Deelverzoek {
  id: string;
  versie: number;
  soort: Verzoeksoort;
  contactpunt: string;
  ontvangenOp: string;
  uiterlijkOp: string;
  dagenOver: number;
  teLaat: boolean;
  status: 'OPEN' | 'BEANTWOORD';
  bronnen: { type: string; id: string }[];
  antwoord: string | null;
  beantwoordDoor: string | null;
  beantwoordOp: string | null;
  /** The organisation released its holdings for the inzage report (the police and the OM are withheld otherwise). */
  vrijgegeven: boolean;
}

/**
 * A request as the functionaris gegevensbescherming oversees it (`GET /verzoektermijnen`): kind, contact point, clock and
 * per part the organisation, its status and whether it is late. No reference, no answers, no persons.
 */
export interface Verzoektermijn {
  id: string;
  soort: Verzoeksoort;
  contactpunt: string;
  status: 'IN_BEHANDELING' | 'AFGEROND';
  ontvangenOp: string;
  uiterlijkOp: string;
  verlengd: boolean;
  dagenOver: number;
  teLaat: boolean;
  delen: { organisatie: string; status: 'OPEN' | 'BEANTWOORD'; teLaat: boolean }[];
}

export interface VerzoektermijnApi {
  verzoektermijnen(signaal?: AbortSignal): Promise<Verzoektermijn[]>;
}

export interface Verzoekregistratie {
  soort: Verzoeksoort;
  bsn?: string;
  achternaam?: string;
  voornaam?: string;
  geboortedatum?: string;
  weergave: string;
  ontvangenOp: string;
}

export interface VerzoekApi {
  registreerVerzoek(registratie: Verzoekregistratie): Promise<Verzoek>;
  verzoeken(signaal?: AbortSignal): Promise<Verzoek[]>;
  verzoek(id: string, signaal?: AbortSignal): Promise<Verzoek>;
  verlengVerzoek(id: string, versie: number, reden: string): Promise<Verzoek>;
  verzoekerGeinformeerd(id: string, versie: number, datum: string): Promise<Verzoek>;
  inzagePdf(id: string): Promise<PdfBestand>;
  deelverzoeken(signaal?: AbortSignal): Promise<Deelverzoek[]>;
  beantwoordDeelverzoek(id: string, versie: number, antwoord: string, vrijgeven?: boolean): Promise<Deelverzoek>;
}

export function maakVerzoekApi(roep: Roeper, tokenBron: () => Promise<string>, basis = '/api/v1'): VerzoekApi & VerzoektermijnApi {
  const pad = (id: string) => `/verzoeken/${encodeURIComponent(id)}`;
  return {
    registreerVerzoek: (registratie) => roep<Verzoek>('/verzoeken', { methode: 'POST', body: registratie }),
    verzoeken: async (signaal) => (await roep<{ _embedded: { verzoeken: Verzoek[] } }>('/verzoeken', { signaal }))._embedded.verzoeken,
    verzoek: (id, signaal) => roep<Verzoek>(pad(id), { signaal }),
    verlengVerzoek: (id, versie, reden) => roep<Verzoek>(`${pad(id)}/verlenging`, { methode: 'POST', versie, body: { reden } }),
    verzoekerGeinformeerd: (id, versie, datum) =>
      roep<Verzoek>(`${pad(id)}/verzoeker-geinformeerd`, { methode: 'POST', versie, body: { datum } }),
    inzagePdf: async (id) => haalPdf(`${basis}${pad(id)}/inzage`, await tokenBron(), 'inzagerapport.pdf'),
    verzoektermijnen: async (signaal) =>
      (await roep<{ _embedded: { verzoektermijnen: Verzoektermijn[] } }>('/verzoektermijnen', { signaal }))._embedded.verzoektermijnen,
    deelverzoeken: async (signaal) =>
      (await roep<{ _embedded: { deelverzoeken: Deelverzoek[] } }>('/deelverzoeken', { signaal }))._embedded.deelverzoeken,
    beantwoordDeelverzoek: (id, versie, antwoord, vrijgeven = false) =>
      roep<Deelverzoek>(`/deelverzoeken/${encodeURIComponent(id)}/antwoord`, { methode: 'POST', versie, body: { antwoord, vrijgeven } }),
  };
}
