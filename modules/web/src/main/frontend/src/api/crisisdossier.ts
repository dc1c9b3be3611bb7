/**
 * The crisisdossier API (flow 3, /work/notes/crisisdossier-contract.md): the shared intake form (crisismelding), the
 * file with its entries (never overwritten: corrections are versions), tasks ("wie gaat erheen"), closure, break-glass
 * and the live stream of ids and kinds. All enum values as the API writes them.
 */

import { fetchEventSource } from '@microsoft/fetch-event-source';
import { ApiFout } from './fouten';
import type { Roeper } from './monitoring';

export type CrisisStatus = 'OPEN' | 'GESLOTEN';
export type CrisisBetrokkenenrol = 'KIND' | 'OUDER' | 'VERZORGER' | 'SLACHTOFFER' | 'PLEGER' | 'ANDER';
export type Aantekeningsoort = 'NOTITIE' | 'OBSERVATIE' | 'BEOORDELING' | 'BESLUIT';
export type Crisiscategorie = 'VEILIGHEID' | 'HULPVERLENING' | 'GEZONDHEID' | 'JUSTITIEEL' | 'IDENTITEIT' | 'CONTACT';
export type Taakstatus = 'OPEN' | 'ONDERWEG' | 'GEDAAN' | 'VERVALLEN';
export type Afschalingsuitkomst = 'REGULIER' | 'OVERDRACHT';
/** The overdue filters of "Mijn crises" (the tiles of Mijn werk). */
export type Verlopenfilter = 'sof7' | 'evaluatie';

/** The organisation types that can be partner in a crisis (the contract's list). */
export const CRISISPARTNERTYPEN: readonly string[] = ['VEILIG_THUIS', 'CRISISINTERVENTIETEAM', 'RAAD_VOOR_DE_KINDERBESCHERMING', 'CENTRUM_HGKM'];

/** The body of `POST /crisismeldingen`. */
export interface Crisismelding {
  watIsErGebeurd: string;
  directeVeiligheid: string;
  betrokkenen: {
    rol: CrisisBetrokkenenrol | string;
    voornaam: string;
    achternaam: string;
    geboortedatum: string | null;
    bsn: string | null;
  }[];
  partners: string[];
  sof7: boolean;
}

export interface Sof7 {
  gestartOp: string;
  uiterlijk: string;
  verlopen: boolean;
  afgerondOp: string | null;
  /** When done: the short conclusion and the organisation that recorded it. */
  conclusie?: string | null;
  afgerondDoor?: string | null;
}

export type Screeningsoort = 'FORENSISCH_MEDISCH' | 'MEDISCH' | 'FORENSISCH';
export type Screeningsstatus = 'AANGEVRAAGD' | 'INGEPLAND' | 'UITGEVOERD' | 'AFGEWEZEN';

/**
 * A screening request to Filomena. Every co-owner sees that it exists and its status; `vraag` (health data) is null when
 * the caller's access does not show GEZONDHEID (`vraagAchtergehouden`), unless its organisation asked it.
 */
export interface Screeningsverzoek {
  id: string;
  crisisdossierId: string;
  versie: number;
  laatstGewijzigd: string;
  soort: Screeningsoort;
  spoed: boolean;
  vraag: string | null;
  vraagAchtergehouden: boolean;
  aangevraagdDoor: string;
  aangevraagdOp: string;
  uitvoerder: string;
  status: Screeningsstatus;
  gepland: string | null;
  afwijzingsreden: string | null;
  gewijzigdDoor: string;
}

export interface Screeningsaanvraag {
  soort: Screeningsoort;
  vraag: string;
  spoed: boolean;
}

export interface Screeningsstatuswijziging {
  status: Exclude<Screeningsstatus, 'AANGEVRAAGD'>;
  gepland?: string | null;
  reden?: string | null;
}

/** One row of `GET /crisisdossiers`. */
export interface CrisisdossierSamenvatting {
  id: string;
  status: CrisisStatus;
  gestartOp: string;
  initiatiefnemer: string;
  partners: string[];
  herkenning: string | null;
  sof7: Sof7 | null;
  openTaken: number;
  gaatErheen: string | null;
  /** The DMFI track at a glance; absent or null when DMFI does not run. */
  dmfi?: DmfiSamenvatting | null;
}

export interface DmfiSamenvatting {
  casusregisseurOrganisatie: string;
  volgendeEvaluatie: string | null;
  evaluatieVerlopen: boolean;
}

export interface Casusregisseur {
  /** A co-owner organisation's code. */
  organisatie: string;
  naam: string;
  telefoon?: string | null;
}

export type Evaluatiemomentstatus = 'GEPLAND' | 'GEHOUDEN' | 'VERVALLEN';

/** A DMFI review moment: overdue (`verlopen`) when planned, its time passed, and nobody recorded it. */
export interface Evaluatiemoment {
  id: string;
  geplandOp: string;
  onderwerp: string;
  geplandDoor: string;
  status: Evaluatiemomentstatus;
  verlopen: boolean;
  vastgelegdOp?: string | null;
  vastgelegdDoor?: string | null;
  toelichting?: string | null;
}

/** DMFI in a file: the casusregisseur (version = If-Match of a change) and the review moments, earliest first. */
export interface Dmfi {
  gestart: boolean;
  versie: number | null;
  gestartOp: string | null;
  gestartDoor: string | null;
  casusregisseur: Casusregisseur | null;
  volgendeEvaluatie: string | null;
  evaluatieVerlopen: boolean;
  evaluatiemomenten: Evaluatiemoment[];
}

export interface CrisisBetrokkene {
  id: string;
  rol: string;
  voornaam: string | null;
  achternaam: string | null;
  geboortedatum: string | null;
}

export interface Crisispartner {
  organisatieCode: string;
  naam: string;
  type: string;
  initiatiefnemer: boolean;
}

export interface Sluiting {
  op: string;
  uitkomst: Afschalingsuitkomst | string;
  reden: string;
  overdrachtId: string | null;
}

export interface CrisisToegang {
  reden: 'CRISISPARTNER' | 'NOODTOEGANG' | string;
  categorieen: string[];
  tot: string | null;
}

/** `GET /crisisdossiers/{id}`. */
export interface Crisisdossier {
  id: string;
  versie: number;
  laatstGewijzigd: string;
  status: CrisisStatus;
  gestartOp: string;
  initiatiefnemer: string;
  watIsErGebeurd: string | null;
  directeVeiligheid: string | null;
  betrokkenen: CrisisBetrokkene[];
  partners: Crisispartner[];
  sof7: Sof7 | null;
  gesloten: Sluiting | null;
  /** The day the closed file is due for destruction (its initiator's rule, or a longer-running entry's); absent while open. */
  vernietigingsdatum?: string | null;
  toegang: CrisisToegang;
}

export interface Aantekening {
  id: string;
  crisisdossierId: string;
  versie: number;
  organisatieCode: string;
  organisatieNaam: string;
  auteur: string;
  soort: Aantekeningsoort | string;
  categorie: Crisiscategorie | string;
  tekst: string;
  status: 'GELDIG' | 'INGETROKKEN';
  intrekkingsreden: string | null;
  geschrevenOp: string;
  laatstGewijzigd: string;
}

export interface AantekeningInvoer {
  soort: string;
  categorie: string;
  tekst: string;
}

/** `GET …/aantekeningen`: newest first; `achtergehouden` names the categories withheld from the caller (never a count). */
export interface Aantekeningen {
  aantekeningen: Aantekening[];
  achtergehouden: string[];
}

export interface Aantekeningversie {
  versie: number;
  soort: string;
  categorie: string;
  tekst: string;
  op: string;
  door: { naam: string; organisatieCode: string };
}

/** The body of `POST …/taken` (and of `PUT …/taken/{tid}` with `status`). */
export interface Taakgegevens {
  omschrijving: string;
  expertise: string | null;
  organisatieCode: string;
  medewerker: string | null;
  gaatErheen: boolean;
  gepland: string | null;
  status?: Taakstatus | string;
}

export interface Taak {
  id: string;
  crisisdossierId: string;
  versie: number;
  laatstGewijzigd: string;
  omschrijving: string;
  expertise: string | null;
  organisatieCode: string;
  medewerker: string | null;
  gaatErheen: boolean;
  gepland: string | null;
  status: Taakstatus | string;
  gewijzigdDoor: string;
}

/** A partner's judgement of the family's safety, most severe first (the joint one is the most severe given). */
export type Veiligheidsoordeel = 'ACUUT_ONVEILIG' | 'ONVEILIG' | 'VOORLOPIG_VEILIG';

/** What an organisation writes as its part of the joint veiligheidsbeoordeling and veiligheidsplan. */
export interface VeiligheidsbijdrageInvoer {
  oordeel: Veiligheidsoordeel;
  risicofactoren: string[];
  beschermendeFactoren: string[];
  afspraken: string[];
}

/** One partner's part, with its version (the If-Match of its next change). */
export interface Veiligheidsbijdrage extends VeiligheidsbijdrageInvoer {
  organisatieCode: string;
  versie: number;
  laatstGewijzigd: string;
  gewijzigdDoor: string;
}

/** The joint veiligheidsbeoordeling: the most severe judgement, and every part the caller may see. */
export interface Veiligheid {
  oordeel: Veiligheidsoordeel | null;
  achtergehouden: boolean;
  bijdragen: Veiligheidsbijdrage[];
}

export type LiveSoort =
  /** First on a connection without Last-Event-ID: where the stream stands; the screen reads what it may have missed. */
  | 'stand'
  | 'aantekening-toegevoegd'
  | 'aantekening-gecorrigeerd'
  | 'aantekening-ingetrokken'
  | 'taak-toegevoegd'
  | 'taak-gewijzigd'
  | 'veiligheid-gewijzigd'
  | 'dossier-gewijzigd'
  | 'sof7-afgerond'
  | 'screening-gevraagd'
  | 'screening-gewijzigd'
  | 'dmfi-gewijzigd'
  | 'dossier-gesloten';

const LIVE_SOORTEN: readonly string[] = [
  'stand',
  'aantekening-toegevoegd',
  'aantekening-gecorrigeerd',
  'aantekening-ingetrokken',
  'taak-toegevoegd',
  'taak-gewijzigd',
  'veiligheid-gewijzigd',
  'dossier-gewijzigd',
  'sof7-afgerond',
  'screening-gevraagd',
  'screening-gewijzigd',
  'dmfi-gewijzigd',
  'dossier-gesloten',
];

/** One pushed event: only ids and the kind; the content is read through the normal API (so every read is logged). */
export interface LiveGebeurtenis {
  volgnummer: number;
  soort: LiveSoort;
  aantekeningId?: string | null;
  taakId?: string | null;
  screeningsverzoekId?: string | null;
  /** Who acted (for the spoken announcement). */
  organisatieCode?: string | null;
}

/** How the live connection is doing (the screen says so in words). */
export type LiveToestand = 'verbinden' | 'verbonden' | 'onderbroken' | 'gestopt' | 'niet-beschikbaar';

export interface LiveOpties {
  signaal: AbortSignal;
  bijGebeurtenis: (g: LiveGebeurtenis) => void;
  bijToestand?: (t: LiveToestand) => void;
}

export interface CrisisdossierApi {
  meldCrisis(melding: Crisismelding): Promise<Crisisdossier>;
  /**
   * With {@code verlopen} the server lists only the files whose SOF7 clock ran out (`sof7=verlopen`) or that have an
   * overdue DMFI review moment (`evaluatie=verlopen`).
   */
  crisisdossiers(status?: CrisisStatus, signaal?: AbortSignal, verlopen?: Verlopenfilter): Promise<CrisisdossierSamenvatting[]>;
  crisisdossier(id: string, signaal?: AbortSignal): Promise<Crisisdossier>;
  aantekeningen(dossierId: string, signaal?: AbortSignal): Promise<Aantekeningen>;
  aantekeningversies(dossierId: string, aantekeningId: string, signaal?: AbortSignal): Promise<Aantekeningversie[]>;
  schrijfAantekening(dossierId: string, invoer: AantekeningInvoer): Promise<Aantekening>;
  corrigeerAantekening(dossierId: string, aantekeningId: string, versie: number, invoer: AantekeningInvoer): Promise<Aantekening>;
  trekAantekeningIn(dossierId: string, aantekeningId: string, versie: number, reden: string): Promise<void>;
  taken(dossierId: string, signaal?: AbortSignal): Promise<Taak[]>;
  voegTaakToe(dossierId: string, taak: Taakgegevens): Promise<Taak>;
  wijzigTaak(dossierId: string, taakId: string, versie: number, taak: Taakgegevens): Promise<Taak>;
  sluitCrisisdossier(dossierId: string, versie: number, uitkomst: Afschalingsuitkomst, reden: string): Promise<Crisisdossier>;
  veiligheid(dossierId: string, signaal?: AbortSignal): Promise<Veiligheid>;
  /** The own organisation's part: the first without a version, a change with the part's version (If-Match). */
  draagVeiligheidBij(dossierId: string, organisatie: string, versie: number | null, bijdrage: VeiligheidsbijdrageInvoer): Promise<Veiligheid>;
  vraagCrisisNoodtoegang(dossierId: string, reden: string): Promise<{ tot: string; reden: string }>;
  rondSof7Af(dossierId: string, versie: number, conclusie: string): Promise<Crisisdossier>;
  screeningsverzoeken(dossierId: string, signaal?: AbortSignal): Promise<Screeningsverzoek[]>;
  vraagScreeningAan(dossierId: string, aanvraag: Screeningsaanvraag): Promise<Screeningsverzoek>;
  wijzigScreeningsstatus(dossierId: string, verzoekId: string, versie: number, wijziging: Screeningsstatuswijziging): Promise<Screeningsverzoek>;
  dmfi(dossierId: string, signaal?: AbortSignal): Promise<Dmfi>;
  /** The first time starts DMFI (no version); a change of casusregisseur sends the track's version (If-Match). */
  wijsCasusregisseurAan(dossierId: string, versie: number | null, casusregisseur: Casusregisseur): Promise<Dmfi>;
  planEvaluatie(dossierId: string, geplandOp: string, onderwerp: string): Promise<Evaluatiemoment>;
  legEvaluatieVast(dossierId: string, momentId: string, uitkomst: 'GEHOUDEN' | 'VERVALLEN', toelichting: string | null): Promise<Dmfi>;
  /** Follows `GET …/live` until the signal aborts or the file is closed; resolves then, rejects never. */
  volgCrisisdossier(dossierId: string, opties: LiveOpties): Promise<void>;
}

/** At most this many pages (100 each) of "Mijn crises". */
const MAXIMAAL_PAGINAS = 10;

/** The waits before each reconnect: quickly at first (live within a second), then calmer while the server is gone. */
const WACHTTIJDEN_MS = [1000, 2000, 5000, 10000, 30000];

/** Access ended or never existed (403/404/410): reconnecting cannot help. */
class LiveGeweigerd extends Error {}
/** The stream ended or failed without the file being closed: reconnect, resuming after the last event seen. */
class LiveOnderbroken extends Error {}

interface Crisislijst {
  _embedded?: { crisisdossiers?: CrisisdossierSamenvatting[] };
  _links?: { next?: { href: string } };
}

export function maakCrisisdossierApi(roep: Roeper, tokenBron: () => Promise<string>, basis = '/api/v1'): CrisisdossierApi {
  const dossierPad = (id: string) => `/crisisdossiers/${encodeURIComponent(id)}`;
  const aantekeningPad = (id: string, aid: string) => `${dossierPad(id)}/aantekeningen/${encodeURIComponent(aid)}`;
  return {
    meldCrisis: (melding) => roep<Crisisdossier>('/crisismeldingen', { methode: 'POST', body: melding }),
    crisisdossiers: async (status, signaal, verlopen) => {
      const pad = `/crisisdossiers?${status ? `status=${status}&` : ''}${verlopen ? `${verlopen}=verlopen&` : ''}paginaGrootte=100`;
      const items: CrisisdossierSamenvatting[] = [];
      let volgende: string | null = pad;
      for (let i = 0; i < MAXIMAAL_PAGINAS && volgende; i++) {
        const lijst: Crisislijst = await roep<Crisislijst>(volgende, { signaal });
        items.push(...(lijst._embedded?.crisisdossiers ?? []));
        const cursor: string | null = lijst._links?.next?.href
          ? new URL(lijst._links.next.href, window.location.origin).searchParams.get('pagina')
          : null;
        volgende = cursor ? `${pad}&pagina=${encodeURIComponent(cursor)}` : null;
      }
      return items;
    },
    crisisdossier: (id, signaal) => roep<Crisisdossier>(dossierPad(id), { signaal }),
    aantekeningen: async (id, signaal) => {
      const antwoord = await roep<Partial<Aantekeningen>>(`${dossierPad(id)}/aantekeningen`, { signaal });
      return { aantekeningen: antwoord.aantekeningen ?? [], achtergehouden: antwoord.achtergehouden ?? [] };
    },
    aantekeningversies: async (id, aid, signaal) =>
      (await roep<{ versies?: Aantekeningversie[] }>(`${aantekeningPad(id, aid)}/versies`, { signaal })).versies ?? [],
    schrijfAantekening: (id, invoer) => roep<Aantekening>(`${dossierPad(id)}/aantekeningen`, { methode: 'POST', body: invoer }),
    corrigeerAantekening: (id, aid, versie, invoer) =>
      roep<Aantekening>(`${aantekeningPad(id, aid)}/correcties`, { methode: 'POST', versie, body: invoer }),
    trekAantekeningIn: async (id, aid, versie, reden) => {
      try {
        await roep<unknown>(`${aantekeningPad(id, aid)}/intrekking`, { methode: 'POST', versie, body: { reden } });
      } catch (fout) {
        // the contract names no body for this 200: an empty one is a success too (the timeline is read again anyway)
        if (fout instanceof ApiFout && fout.status !== null && fout.status >= 200 && fout.status < 300) return;
        throw fout;
      }
    },
    taken: async (id, signaal) => (await roep<{ taken?: Taak[] }>(`${dossierPad(id)}/taken`, { signaal })).taken ?? [],
    voegTaakToe: (id, taak) => roep<Taak>(`${dossierPad(id)}/taken`, { methode: 'POST', body: taak }),
    wijzigTaak: (id, tid, versie, taak) =>
      roep<Taak>(`${dossierPad(id)}/taken/${encodeURIComponent(tid)}`, { methode: 'PUT', versie, body: taak }),
    sluitCrisisdossier: (id, versie, uitkomst, reden) =>
      roep<Crisisdossier>(`${dossierPad(id)}/sluiting`, { methode: 'POST', versie, body: { uitkomst, reden } }),
    veiligheid: async (id, signaal) => {
      const antwoord = await roep<Partial<Veiligheid>>(`${dossierPad(id)}/veiligheid`, { signaal });
      return { oordeel: antwoord.oordeel ?? null, achtergehouden: antwoord.achtergehouden ?? false, bijdragen: antwoord.bijdragen ?? [] };
    },
    draagVeiligheidBij: (id, organisatie, versie, bijdrage) =>
      roep<Veiligheid>(`${dossierPad(id)}/veiligheid/${encodeURIComponent(organisatie)}`, {
        methode: 'PUT',
        ...(versie === null ? {} : { versie }),
        body: bijdrage,
      }),
    vraagCrisisNoodtoegang: (id, reden) =>
      roep<{ tot: string; reden: string }>(`${dossierPad(id)}/noodtoegang`, { methode: 'POST', body: { reden } }),
    rondSof7Af: (id, versie, conclusie) =>
      roep<Crisisdossier>(`${dossierPad(id)}/sof7/afronding`, { methode: 'POST', versie, body: { conclusie } }),
    screeningsverzoeken: async (id, signaal) =>
      (await roep<{ screeningsverzoeken?: Screeningsverzoek[] }>(`${dossierPad(id)}/screeningsverzoeken`, { signaal }))
        .screeningsverzoeken ?? [],
    vraagScreeningAan: (id, aanvraag) =>
      roep<Screeningsverzoek>(`${dossierPad(id)}/screeningsverzoeken`, { methode: 'POST', body: aanvraag }),
    wijzigScreeningsstatus: (id, sid, versie, wijziging) =>
      roep<Screeningsverzoek>(`${dossierPad(id)}/screeningsverzoeken/${encodeURIComponent(sid)}/status`, {
        methode: 'PUT',
        versie,
        body: wijziging,
      }),
    dmfi: async (id, signaal) => {
      const a = await roep<Partial<Dmfi>>(`${dossierPad(id)}/dmfi`, { signaal });
      return {
        gestart: a.gestart ?? false,
        versie: a.versie ?? null,
        gestartOp: a.gestartOp ?? null,
        gestartDoor: a.gestartDoor ?? null,
        casusregisseur: a.casusregisseur ?? null,
        volgendeEvaluatie: a.volgendeEvaluatie ?? null,
        evaluatieVerlopen: a.evaluatieVerlopen ?? false,
        evaluatiemomenten: a.evaluatiemomenten ?? [],
      };
    },
    wijsCasusregisseurAan: (id, versie, casusregisseur) =>
      roep<Dmfi>(`${dossierPad(id)}/dmfi`, { methode: 'PUT', ...(versie === null ? {} : { versie }), body: { casusregisseur } }),
    planEvaluatie: (id, geplandOp, onderwerp) =>
      roep<Evaluatiemoment>(`${dossierPad(id)}/dmfi/evaluatiemomenten`, { methode: 'POST', body: { geplandOp, onderwerp } }),
    legEvaluatieVast: (id, mid, uitkomst, toelichting) =>
      roep<Dmfi>(`${dossierPad(id)}/dmfi/evaluatiemomenten/${encodeURIComponent(mid)}/vastlegging`, {
        methode: 'POST',
        body: toelichting ? { uitkomst, toelichting } : { uitkomst },
      }),
    volgCrisisdossier: (id, { signaal, bijGebeurtenis, bijToestand }) => {
      let gesloten = false;
      let pogingen = 0;
      return fetchEventSource(`${basis}${dossierPad(id)}/live`, {
        signal: signaal,
        // a crisis screen left in a background tab stays current; the server's ping keeps the line open
        openWhenHidden: true,
        cache: 'no-store',
        // EventSource cannot send a bearer token; a fresh token for every (re)connect, the library keeps Last-Event-ID
        fetch: async (adres, init) => {
          const token = await tokenBron();
          return fetch(adres, { ...init, headers: { ...(init?.headers as Record<string, string>), Authorization: `Bearer ${token}` } });
        },
        onopen: async (antwoord) => {
          const soort = antwoord.headers.get('Content-Type') ?? '';
          if (antwoord.ok && soort.startsWith('text/event-stream')) {
            pogingen = 0;
            bijToestand?.('verbonden');
            return;
          }
          if ([403, 404, 410].includes(antwoord.status)) throw new LiveGeweigerd(String(antwoord.status));
          throw new LiveOnderbroken(String(antwoord.status));
        },
        onmessage: (bericht) => {
          const gebeurtenis = leesGebeurtenis(bericht.event, bericht.data, bericht.id);
          if (!gebeurtenis) return;
          if (gebeurtenis.soort === 'dossier-gesloten') gesloten = true;
          bijGebeurtenis(gebeurtenis);
        },
        onclose: () => {
          if (gesloten) {
            bijToestand?.('gestopt');
            return;
          }
          // a proxy or server restart ended the stream: go on after the last event seen (Last-Event-ID)
          throw new LiveOnderbroken('gesloten door de server');
        },
        onerror: (fout) => {
          if (fout instanceof LiveGeweigerd) {
            bijToestand?.('niet-beschikbaar');
            throw fout;
          }
          bijToestand?.('onderbroken');
          const wacht = WACHTTIJDEN_MS[Math.min(pogingen, WACHTTIJDEN_MS.length - 1)];
          pogingen += 1;
          return wacht;
        },
      }).catch(() => {
        // refused: the state says so; the screen still works by reading the API
      });
    },
  };
}

/** One SSE message as an event; null for anything that is not one of the contract's kinds. */
export function leesGebeurtenis(event: string | undefined, data: string | undefined, id?: string): LiveGebeurtenis | null {
  if (!data) return null;
  let inhoud: Partial<LiveGebeurtenis>;
  try {
    inhoud = JSON.parse(data) as Partial<LiveGebeurtenis>;
  } catch {
    return null;
  }
  const soort = inhoud.soort ?? event;
  if (!soort || !LIVE_SOORTEN.includes(soort)) return null;
  const volgnummer = typeof inhoud.volgnummer === 'number' ? inhoud.volgnummer : Number(id ?? 0);
  return { ...inhoud, soort: soort as LiveSoort, volgnummer };
}
