import { maakVerzoekApi } from '../verzoek/api';
import type { VerzoekApi, VerzoektermijnApi } from '../verzoek/api';
import { maakCasusoverlegApi } from '../casusoverleg/api';
import type { CasusoverlegApi } from '../casusoverleg/api';
import { maakCrisisdossierApi } from './crisisdossier';
import type { CrisisdossierApi } from './crisisdossier';
import { ApiFout, foutUitAntwoord, geenVerbinding } from './fouten';
import { maakMonitoringApi } from './monitoring';
import type { MonitoringApi } from './monitoring';
import { maakNoodtoegangApi } from './noodtoegang';
import type { NoodtoegangApi } from './noodtoegang';
import type {
  Gegevenscategorie,
  Lijst,
  Organisatie,
  ContactpersoonVeiligThuis,
  Overdracht,
  OverdrachtInhoud,
  OverdrachtSamenvatting,
  Teruglegging,
  Toegang,
  Voorbeeld,
  WarmeOverdracht,
} from './overdracht';
import { haalBestand, haalPdf } from './pdf';
import type { PdfBestand, PdfSoort } from './pdf';
import type { Mij } from './types';
import { maakVerwerkingsregisterApi } from '../verwerkingsregister/api';
import { maakVernietigingApi } from '../vernietiging/api';
import type { VernietigingApi } from '../vernietiging/api';
import { maakBekendheidApi } from '../bekendheid/api';
import type { BekendheidApi } from '../bekendheid/api';
import type { VerwerkingsregisterApi } from '../verwerkingsregister/api';
import { maakWerkApi } from './werk';
import type { WerkApi } from './werk';

/** Gives a fresh access token (refreshing it first when it expires within 30 seconds). */
export type TokenBron = () => Promise<string>;

export type Stap = 'ontvangstbevestiging' | 'acceptatie' | 'teruglegging' | 'intrekking';

export interface SchakelApi extends MonitoringApi, NoodtoegangApi, CasusoverlegApi, WerkApi, CrisisdossierApi, VerwerkingsregisterApi,
    BekendheidApi, VerzoekApi, VernietigingApi, VerzoektermijnApi {
  mij(signaal?: AbortSignal): Promise<Mij>;
  stelOverdrachtOp(inhoud: OverdrachtInhoud): Promise<Overdracht>;
  wijzigOverdracht(id: string, versie: number, inhoud: OverdrachtInhoud): Promise<Overdracht>;
  /** With `naam`: only cases where a betrokkene's family name contains it (and the caller may see names). */
  overdrachten(statussen?: readonly string[], signaal?: AbortSignal, naam?: string): Promise<OverdrachtSamenvatting[]>;
  overdracht(id: string, signaal?: AbortSignal): Promise<Overdracht>;
  toegang(id: string, signaal?: AbortSignal): Promise<Toegang[]>;
  voorbeeld(id: string, voor: string, categorieen: readonly Gegevenscategorie[] | null, signaal?: AbortSignal): Promise<Voorbeeld>;
  /**
   * `contactpersoonVeiligThuis`: whom the receiver calls at Veilig Thuis (required); `redenAfgeschermdAdres`: why the
   * shelter address is shared (recorded with the sending); only with ADRES_AFGESCHERMD.
   */
  verzend(
    id: string,
    versie: number,
    ontvangendeOrganisatie: string,
    categorieen: readonly Gegevenscategorie[],
    contactpersoonVeiligThuis: ContactpersoonVeiligThuis,
    redenAfgeschermdAdres?: string,
  ): Promise<Overdracht>;
  /** `GET /terugleggingen`: the returns the caller's organisation made, newest first (every page). */
  terugleggingen(signaal?: AbortSignal): Promise<Teruglegging[]>;
  stap(id: string, stap: Stap, versie: number, reden?: string): Promise<Overdracht>;
  planWarmeOverdracht(id: string, versie: number, planning: WarmeOverdracht): Promise<Overdracht>;
  organisaties(type?: string, signaal?: AbortSignal): Promise<Organisatie[]>;
  /** `GET /gemeenten`: the municipalities of the region, by code and name. */
  gemeenten(signaal?: AbortSignal): Promise<{ code: string; naam: string }[]>;
  /** `GET /overdrachten/{id}/export` or `/terugkoppelingsbrief` as a file to download. */
  pdf(id: string, soort: PdfSoort): Promise<PdfBestand>;
  /** A meeting's agenda for the caller's organisation: as PDF, or as calendar invitation (only its own items). */
  agendabestand(overlegId: string, soort: 'pdf' | 'ics'): Promise<PdfBestand>;
  /** The minutes of an agenda item as PDF (verslag, plan, casusregisseur, actions); logged as an export. */
  verslagPdf(agendapuntId: string): Promise<PdfBestand>;
}

export const API_BASIS = '/api/v1';

/** At most this many pages of a list are read (100 items each, the API's maximum). */
const MAXIMAAL_PAGINAS = 10;

interface Verzoek {
  methode?: 'GET' | 'POST' | 'PUT';
  body?: unknown;
  /** The version the change is based on; sent as `If-Match: "n"`. */
  versie?: number;
  signaal?: AbortSignal;
}

/** How often a request refused as "even te druk" (503 API-503) is tried again, after the server's Retry-After. */
const HERHALINGEN_BIJ_DRUKTE = 2;

async function roep<T>(pad: string, tokenBron: TokenBron, verzoek: Verzoek = {}): Promise<T> {
  const token = await tokenBron();
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  if (verzoek.body !== undefined) headers['Content-Type'] = 'application/json';
  if (verzoek.versie !== undefined) headers['If-Match'] = `"${verzoek.versie}"`;
  let antwoord: Response;
  for (let poging = 0; ; poging++) {
    try {
      antwoord = await fetch(`${API_BASIS}${pad}`, {
        method: verzoek.methode ?? 'GET',
        headers,
        body: verzoek.body === undefined ? undefined : JSON.stringify(verzoek.body),
        cache: 'no-store',
        signal: verzoek.signaal,
      });
    } catch (fout) {
      if (fout instanceof DOMException && fout.name === 'AbortError') throw fout;
      throw geenVerbinding();
    }
    // a 503 of the load shedding (it always says when to come back) means nothing was read or written: trying again
    // is safe, also for a change; another 503 (maintenance) is shown as it is
    if (antwoord.status !== 503 || !antwoord.headers.has('Retry-After') || poging >= HERHALINGEN_BIJ_DRUKTE) break;
    await wacht(wachttijd(antwoord.headers.get('Retry-After')), verzoek.signaal);
  }
  if (!antwoord.ok) {
    throw await foutUitAntwoord(antwoord);
  }
  // 204 No Content (e.g. "nothing new to propose"): no body to read
  if (antwoord.status === 204) return undefined as T;
  try {
    return (await antwoord.json()) as T;
  } catch {
    throw new ApiFout('Onverwacht antwoord van Schakel', 'Het antwoord van de server is onleesbaar.', antwoord.status);
  }
}

/** Retry-After in seconds as milliseconds, between 0.5 and 5 s (a screen waits no longer than that on its own). */
export function wachttijd(retryAfter: string | null): number {
  const seconden = Number(retryAfter);
  return Number.isFinite(seconden) && seconden > 0 ? Math.min(5, Math.max(0.5, seconden)) * 1000 : 1000;
}

function wacht(ms: number, signaal?: AbortSignal): Promise<void> {
  return new Promise((klaar, mislukt) => {
    if (signaal?.aborted) {
      mislukt(new DOMException('Afgebroken', 'AbortError'));
      return;
    }
    const timer = setTimeout(klaar, ms);
    signaal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        mislukt(new DOMException('Afgebroken', 'AbortError'));
      },
      { once: true },
    );
  });
}

async function haalJson<T>(pad: string, tokenBron: TokenBron, signaal?: AbortSignal): Promise<T> {
  return roep<T>(pad, tokenBron, { signaal });
}

/** Reads every page of a list (following the `pagina` cursor of `_links.next`). */
async function haalAlles<T>(pad: string, collectie: string, tokenBron: TokenBron, signaal?: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  let volgende: string | null = pad;
  for (let i = 0; i < MAXIMAAL_PAGINAS && volgende; i++) {
    const lijst: Lijst<T> = await haalJson<Lijst<T>>(volgende, tokenBron, signaal);
    items.push(...(lijst._embedded?.[collectie] ?? []));
    const cursor: string | null = lijst._links?.next?.href
      ? new URL(lijst._links.next.href, window.location.origin).searchParams.get('pagina')
      : null;
    volgende = cursor ? `${pad}${pad.includes('?') ? '&' : '?'}pagina=${encodeURIComponent(cursor)}` : null;
  }
  return items;
}

function metParameters(pad: string, parameters: Record<string, string | null | undefined>): string {
  const zoek = new URLSearchParams();
  for (const [sleutel, waarde] of Object.entries(parameters)) {
    if (waarde !== null && waarde !== undefined && waarde !== '') zoek.set(sleutel, waarde);
  }
  const tekst = zoek.toString();
  return tekst ? `${pad}?${tekst}` : pad;
}

export function maakSchakelApi(tokenBron: TokenBron): SchakelApi {
  const overdrachtPad = (id: string) => `/overdrachten/${encodeURIComponent(id)}`;
  return {
    ...maakMonitoringApi((pad, verzoek) => roep(pad, tokenBron, verzoek)),
    ...maakNoodtoegangApi((pad, verzoek) => roep(pad, tokenBron, verzoek)),
    ...maakCasusoverlegApi((pad, verzoek) => roep(pad, tokenBron, verzoek)),
    ...maakWerkApi((pad, verzoek) => roep(pad, tokenBron, verzoek)),
    ...maakCrisisdossierApi((pad, verzoek) => roep(pad, tokenBron, verzoek), tokenBron, API_BASIS),
    ...maakVerwerkingsregisterApi((pad, verzoek) => roep(pad, tokenBron, verzoek), tokenBron, API_BASIS),
    ...maakVernietigingApi((pad, verzoek) => roep(pad, tokenBron, verzoek), tokenBron, API_BASIS),
    ...maakBekendheidApi((pad, verzoek) => roep(pad, tokenBron, verzoek)),
    ...maakVerzoekApi((pad, verzoek) => roep(pad, tokenBron, verzoek), tokenBron, API_BASIS),
    mij: (signaal) => haalJson<Mij>('/mij', tokenBron, signaal),
    stelOverdrachtOp: (inhoud) => roep<Overdracht>('/overdrachten', tokenBron, { methode: 'POST', body: inhoud }),
    wijzigOverdracht: (id, versie, inhoud) =>
      roep<Overdracht>(overdrachtPad(id), tokenBron, { methode: 'PUT', versie, body: inhoud }),
    overdrachten: (statussen, signaal, naam) =>
      haalAlles<OverdrachtSamenvatting>(
        metParameters('/overdrachten', { status: statussen?.join(','), naam: naam?.trim(), paginaGrootte: '100' }),
        'overdrachten',
        tokenBron,
        signaal,
      ),
    overdracht: (id, signaal) => haalJson<Overdracht>(overdrachtPad(id), tokenBron, signaal),
    toegang: async (id, signaal) => {
      const lijst = await haalJson<Lijst<Toegang>>(`${overdrachtPad(id)}/toegang`, tokenBron, signaal);
      return lijst._embedded?.toegangen ?? [];
    },
    voorbeeld: (id, voor, categorieen, signaal) =>
      haalJson<Voorbeeld>(
        metParameters(`${overdrachtPad(id)}/voorbeeld`, { voor, categorieen: categorieen?.join(',') }),
        tokenBron,
        signaal,
      ),
    verzend: (id, versie, ontvangendeOrganisatie, categorieen, contactpersoonVeiligThuis, redenAfgeschermdAdres) =>
      roep<Overdracht>(`${overdrachtPad(id)}/verzending`, tokenBron, {
        methode: 'POST',
        versie,
        body: redenAfgeschermdAdres
          ? { ontvangendeOrganisatie, categorieen, redenAfgeschermdAdres, contactpersoonVeiligThuis }
          : { ontvangendeOrganisatie, categorieen, contactpersoonVeiligThuis },
      }),
    terugleggingen: (signaal) =>
      haalAlles<Teruglegging>('/terugleggingen?paginaGrootte=100', 'terugleggingen', tokenBron, signaal),
    stap: (id, stap, versie, reden) =>
      roep<Overdracht>(`${overdrachtPad(id)}/${stap}`, tokenBron, {
        methode: 'POST',
        versie,
        body: reden === undefined ? undefined : { reden },
      }),
    planWarmeOverdracht: (id, versie, planning) =>
      roep<Overdracht>(`${overdrachtPad(id)}/warme-overdracht`, tokenBron, { methode: 'PUT', versie, body: planning }),
    organisaties: (type, signaal) =>
      haalAlles<Organisatie>(metParameters('/organisaties', { type, paginaGrootte: '100' }), 'organisaties', tokenBron, signaal),
    gemeenten: (signaal) => haalAlles<{ code: string; naam: string }>('/gemeenten', 'gemeenten', tokenBron, signaal),
    agendabestand: async (overlegId, soort) =>
      haalBestand(
        `${API_BASIS}/casusoverleggen/${encodeURIComponent(overlegId)}/agenda.${soort}`,
        await tokenBron(),
        soort === 'pdf' ? 'application/pdf' : 'text/calendar',
        `casusoverleg-${overlegId}.${soort}`,
      ),
    verslagPdf: async (agendapuntId) =>
      haalBestand(
        `${API_BASIS}/agendapunten/${encodeURIComponent(agendapuntId)}/verslag.pdf`,
        await tokenBron(),
        'application/pdf',
        `verslag-${agendapuntId}.pdf`,
      ),
    pdf: async (id, soort) =>
      haalPdf(`${API_BASIS}${overdrachtPad(id)}/${soort}`, await tokenBron(), `${soort === 'export' ? 'overdracht' : soort}-${id}.pdf`),
  };
}
