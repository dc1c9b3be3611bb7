/**
 * The casusoverleg API (flow 2: modules/web …/casusoverleg and docs/vergadermodus-contract): aanmeldingen and triage,
 * meetings with their agenda, items with invitations and inbreng, and (from the meeting-mode contract) the
 * confidentiality statement, attendance, verslag and actions. All enum values as the API writes them.
 */

import type { Roeper } from '../api/monitoring';
import type { Lijst } from '../api/overdracht';

export type AanmeldingStatus = 'INGEDIEND' | 'AANVULLING_GEVRAAGD' | 'GEACCEPTEERD' | 'AFGEWEZEN' | 'AFGESCHAALD';
export type Betrokkenenrol = 'SLACHTOFFER' | 'VERMOEDELIJKE_PLEGER' | 'KIND' | 'OUDER' | 'OVERIG';
export type InbrengStatus = 'CONCEPT' | 'GEDEELD' | 'INGETROKKEN';
export type ActieStatus = 'OPEN' | 'GEDAAN' | 'NIET_GEDAAN';

export interface Criterium {
  code: string;
  omschrijving: string;
}

/** `GET /overlegtafels`. */
export interface Overlegtafel {
  id: string;
  versie: number;
  naam: string;
  voorzitter: string;
  organisator: string;
  leden: string[];
  doel: string;
  grondslag: string;
  criteria: Criterium[];
  toegangsvensterDagen: number;
  triagetermijnWerkdagen: number;
  bewaartermijnMaanden: number;
  bewaarregel: string;
}

export interface Criteriumantwoord {
  criterium: string;
  voldaan: boolean;
  toelichting: string;
}

export interface AangemeldeBetrokkene {
  id?: string | null;
  rol: Betrokkenenrol | string;
  voornaam: string | null;
  achternaam: string | null;
  geboortedatum?: string | null;
}

export interface Aanmeldingsovergang {
  van: string | null;
  naar: string;
  door: string | null;
  organisatie: string | null;
  op: string;
  reden: string | null;
}

/** The body of `POST /aanmeldingen` and `PUT /aanmeldingen/{id}`. */
export interface Aanmeldingsgegevens {
  overlegtafel: string;
  vraag: string;
  criteria: Criteriumantwoord[];
  betrokkenen: AangemeldeBetrokkene[];
  voorgesteldePartners: string[];
}

export interface AanmeldingSamenvatting {
  id: string;
  versie: number;
  laatstGewijzigd: string;
  overlegtafel: string;
  status: AanmeldingStatus;
  aanmeldendeOrganisatie: string;
  ingediendOp: string | null;
  triageUiterlijk: string | null;
  triageVerlopen: boolean;
}

export interface Aanmelding extends AanmeldingSamenvatting {
  vraag: string | null;
  criteria: Criteriumantwoord[] | null;
  betrokkenen: AangemeldeBetrokkene[] | null;
  voorgesteldePartners: string[];
  afgeschaaldOp: string | null;
  bewarenTot: string | null;
  /** Issue 15: when the ZVH's shared copy is due for destruction (retention rules); null before afschaling. */
  vernietigingsdatum?: string | null;
  achtergehouden: string[];
  overgangen: Aanmeldingsovergang[];
}

/** The body of `POST /casusoverleggen`. */
export interface Overlegplanning {
  overlegtafel: string;
  datum: string;
  aanvang: string;
  einde: string | null;
  plaats: string | null;
  onlineLink: string | null;
  voorzitter: string;
  notulist: string;
}

/** A meeting's new date (and, when given, new times): `PUT /casusoverleggen/{id}/datum`. */
export interface Verplaatsing {
  datum: string;
  aanvang: string | null;
  einde: string | null;
}

export interface OverlegSamenvatting {
  id: string;
  versie: number;
  laatstGewijzigd: string;
  overlegtafel: string;
  datum: string;
  aanvang: string;
  einde: string | null;
  plaats: string | null;
  onlineLink: string | null;
  voorzitter: string;
  notulist: string;
  geheimhoudingBevestigd?: boolean;
}

/** One team or one person (by username) of the invited organisation; absent when the whole organisation is invited. */
export interface AlleenVoor {
  team?: string;
  gebruikersnaam?: string;
}

export interface Uitnodiging {
  organisatie: string;
  alleenVoor?: AlleenVoor | null;
  uitgenodigdOp: string;
  geldigTot: string;
  beeindigdOp: string | null;
  inbrengGedeeld: boolean;
}

export interface Agendaregel {
  id: string;
  versie: number;
  volgnummer: number;
  status: string;
  aanmelding: string;
  aanmeldendeOrganisatie: string;
  uitnodigingen: Uitnodiging[];
  inbrengGedeeldDoor: string[];
}

export interface Overleg extends OverlegSamenvatting {
  voorzitterOrganisatie: string;
  organisator: string;
  toegangTot: string | null;
  agenda: Agendaregel[];
}

export interface Inbrengdeel {
  categorie: string;
  grondslag: string;
  tekst: string;
}

export interface Inbreng {
  id: string;
  versie: number;
  laatstGewijzigd: string;
  agendapunt: string;
  organisatie: string;
  status: InbrengStatus;
  gedeeldOp: string | null;
  ingetrokkenOp: string | null;
  /** Issue 15: when it is destroyed by its owner's own retention rule; null before afschaling. */
  vernietigingsdatum?: string | null;
  delen: Inbrengdeel[];
  achtergehouden: string[];
}

export interface Aanwezige {
  organisatieCode: string;
  aanwezig: boolean;
}

export interface Casusregisseur {
  organisatieCode: string;
  naam: string;
}

export interface Verslag {
  analyse: string | null;
  besluiten: string | null;
  planVanAanpak: string | null;
  casusregisseur: Casusregisseur | null;
}

export interface ActieKort {
  id: string;
  eigenaarOrganisatieCode: string;
  omschrijving: string;
  uiterlijk: string;
  status: ActieStatus;
  verlopen?: boolean;
}

export interface Agendapunt {
  id: string;
  versie: number;
  laatstGewijzigd: string;
  volgnummer: number;
  status: string;
  overleg: OverlegSamenvatting;
  casus: {
    aanmelding: string;
    aanmeldendeOrganisatie: string;
    vraag: string | null;
    criteria: Criteriumantwoord[] | null;
    betrokkenen: AangemeldeBetrokkene[] | null;
    achtergehouden: string[];
  };
  uitnodigingen: Uitnodiging[];
  inbreng: Inbreng[];
  geheimhoudingBevestigd?: boolean;
  aanwezigheid?: Aanwezige[] | null;
  verslag?: Verslag | null;
  acties?: ActieKort[] | null;
  openActies?: ActieKort[] | null;
}

export interface AgendapuntSamenvatting {
  id: string;
  versie: number;
  laatstGewijzigd: string;
  volgnummer: number;
  status: string;
  overleg: OverlegSamenvatting;
  geheimhoudingBevestigd?: boolean;
}

export interface Actie {
  id: string;
  versie: number;
  agendapunt: {
    id: string;
    volgnummer: number;
    overlegDatum: string;
    besluiten: string | null;
    planVanAanpak: string | null;
    casusregisseur: Casusregisseur | null;
  };
  eigenaarOrganisatieCode: string;
  omschrijving: string;
  uiterlijk: string;
  status: ActieStatus;
  reden: string | null;
  verlopen: boolean;
}

export interface CasusoverlegToegang {
  reden: string;
  doel: string;
  categorieen: string[];
  organisatie: string | null;
  team: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  noodtoegang: boolean;
}

export interface CasusoverlegApi {
  overlegtafels(signaal?: AbortSignal): Promise<Overlegtafel[]>;
  aanmeldingen(statussen?: readonly AanmeldingStatus[], signaal?: AbortSignal): Promise<AanmeldingSamenvatting[]>;
  aanmelding(id: string, signaal?: AbortSignal): Promise<Aanmelding>;
  meldAan(gegevens: Aanmeldingsgegevens): Promise<Aanmelding>;
  wijzigAanmelding(id: string, versie: number, gegevens: Aanmeldingsgegevens): Promise<Aanmelding>;
  triage(id: string, versie: number, stap: Triagestap, reden?: string): Promise<Aanmelding>;
  overleggen(vanaf?: string, signaal?: AbortSignal): Promise<OverlegSamenvatting[]>;
  overleg(id: string, signaal?: AbortSignal): Promise<Overleg>;
  planOverleg(planning: Overlegplanning): Promise<Overleg>;
  zetOpAgenda(overlegId: string, versie: number, aanmelding: string): Promise<Overleg>;
  verplaatsOverleg(overlegId: string, versie: number, verplaatsing: Verplaatsing): Promise<Overleg>;
  ordenAgenda(overlegId: string, versie: number, agendapunten: string[]): Promise<Overleg>;
  nodigUit(agendapuntId: string, organisatie: string, alleenVoor?: AlleenVoor): Promise<Agendapunt>;
  agendapunten(vanaf?: string, signaal?: AbortSignal): Promise<AgendapuntSamenvatting[]>;
  agendapunt(id: string, signaal?: AbortSignal): Promise<Agendapunt>;
  agendapuntToegang(id: string, signaal?: AbortSignal): Promise<CasusoverlegToegang[]>;
  bevestigGeheimhouding(overlegId: string): Promise<{ overlegId: string; bevestigdOp: string }>;
  leverInbreng(agendapuntId: string, delen: Inbrengdeel[]): Promise<Inbreng>;
  wijzigInbreng(agendapuntId: string, id: string, versie: number, delen: Inbrengdeel[]): Promise<Inbreng>;
  inbrengStap(agendapuntId: string, id: string, versie: number, stap: 'deling' | 'intrekking'): Promise<Inbreng>;
  legAanwezigheidVast(agendapuntId: string, versie: number, aanwezigen: Aanwezige[]): Promise<Agendapunt>;
  legVerslagVast(agendapuntId: string, versie: number, verslag: Verslag): Promise<Agendapunt>;
  maakActie(agendapuntId: string, actie: { eigenaarOrganisatieCode: string; omschrijving: string; uiterlijk: string }): Promise<Actie>;
  acties(status?: ActieStatus, signaal?: AbortSignal): Promise<Actie[]>;
  actie(id: string, signaal?: AbortSignal): Promise<Actie>;
  rondActieAf(id: string, versie: number, status: 'GEDAAN' | 'NIET_GEDAAN', reden?: string): Promise<Actie>;
}

/** The organiser's steps on an aanmelding: the triage, and afschaling (closing the case) once it was accepted. */
export type Triagestap = 'acceptatie' | 'afwijzing' | 'aanvullingsverzoek' | 'afschaling';

/** At most this many pages (100 each) of a list. */
const MAXIMAAL_PAGINAS = 10;

function metParameters(pad: string, parameters: Record<string, string | null | undefined>): string {
  const zoek = new URLSearchParams();
  for (const [sleutel, waarde] of Object.entries(parameters)) {
    if (waarde) zoek.set(sleutel, waarde);
  }
  const tekst = zoek.toString();
  return tekst ? `${pad}?${tekst}` : pad;
}

export function maakCasusoverlegApi(roep: Roeper): CasusoverlegApi {
  const alles = async <T>(pad: string, collectie: string, signaal?: AbortSignal): Promise<T[]> => {
    const items: T[] = [];
    let volgende: string | null = pad;
    for (let i = 0; i < MAXIMAAL_PAGINAS && volgende; i++) {
      const lijst: Lijst<T> = await roep<Lijst<T>>(volgende, { signaal });
      items.push(...(lijst._embedded?.[collectie] ?? []));
      const cursor: string | null = lijst._links?.next?.href
        ? new URL(lijst._links.next.href, window.location.origin).searchParams.get('pagina')
        : null;
      volgende = cursor ? `${pad}${pad.includes('?') ? '&' : '?'}pagina=${encodeURIComponent(cursor)}` : null;
    }
    return items;
  };
  const aanmeldingPad = (id: string) => `/aanmeldingen/${encodeURIComponent(id)}`;
  const overlegPad = (id: string) => `/casusoverleggen/${encodeURIComponent(id)}`;
  const puntPad = (id: string) => `/agendapunten/${encodeURIComponent(id)}`;
  const actiePad = (id: string) => `/acties/${encodeURIComponent(id)}`;
  return {
    overlegtafels: (signaal) => alles<Overlegtafel>('/overlegtafels', 'overlegtafels', signaal),
    aanmeldingen: (statussen, signaal) =>
      alles<AanmeldingSamenvatting>(
        metParameters('/aanmeldingen', { status: statussen?.join(','), paginaGrootte: '100' }),
        'aanmeldingen',
        signaal,
      ),
    aanmelding: (id, signaal) => roep<Aanmelding>(aanmeldingPad(id), { signaal }),
    meldAan: (gegevens) => roep<Aanmelding>('/aanmeldingen', { methode: 'POST', body: gegevens }),
    wijzigAanmelding: (id, versie, gegevens) => roep<Aanmelding>(aanmeldingPad(id), { methode: 'PUT', versie, body: gegevens }),
    triage: (id, versie, stap, reden) =>
      roep<Aanmelding>(`${aanmeldingPad(id)}/${stap}`, {
        methode: 'POST',
        versie,
        body: reden === undefined ? undefined : { reden },
      }),
    overleggen: (vanaf, signaal) =>
      alles<OverlegSamenvatting>(metParameters('/casusoverleggen', { vanaf, paginaGrootte: '100' }), 'casusoverleggen', signaal),
    overleg: (id, signaal) => roep<Overleg>(overlegPad(id), { signaal }),
    planOverleg: (planning) => roep<Overleg>('/casusoverleggen', { methode: 'POST', body: planning }),
    verplaatsOverleg: (overlegId, versie, verplaatsing) =>
      roep<Overleg>(`${overlegPad(overlegId)}/datum`, { methode: 'PUT', versie, body: verplaatsing }),
    zetOpAgenda: (overlegId, versie, aanmelding) =>
      roep<Overleg>(`${overlegPad(overlegId)}/agendapunten`, { methode: 'POST', versie, body: { aanmelding } }),
    ordenAgenda: (overlegId, versie, agendapunten) =>
      roep<Overleg>(`${overlegPad(overlegId)}/agenda`, { methode: 'PUT', versie, body: { agendapunten } }),
    nodigUit: (agendapuntId, organisatie, alleenVoor) =>
      roep<Agendapunt>(`${puntPad(agendapuntId)}/uitnodigingen`, {
        methode: 'POST',
        body: alleenVoor ? { organisatie, alleenVoor } : { organisatie },
      }),
    agendapunten: (vanaf, signaal) =>
      alles<AgendapuntSamenvatting>(metParameters('/agendapunten', { vanaf, paginaGrootte: '100' }), 'agendapunten', signaal),
    agendapunt: (id, signaal) => roep<Agendapunt>(puntPad(id), { signaal }),
    agendapuntToegang: async (id, signaal) => {
      const lijst = await roep<Lijst<CasusoverlegToegang>>(`${puntPad(id)}/toegang`, { signaal });
      return lijst._embedded?.toegangen ?? [];
    },
    bevestigGeheimhouding: (overlegId) =>
      roep<{ overlegId: string; bevestigdOp: string }>(`${overlegPad(overlegId)}/geheimhoudingsverklaring`, { methode: 'POST' }),
    leverInbreng: (agendapuntId, delen) => roep<Inbreng>(`${puntPad(agendapuntId)}/inbreng`, { methode: 'POST', body: { delen } }),
    wijzigInbreng: (agendapuntId, id, versie, delen) =>
      roep<Inbreng>(`${puntPad(agendapuntId)}/inbreng/${encodeURIComponent(id)}`, { methode: 'PUT', versie, body: { delen } }),
    inbrengStap: (agendapuntId, id, versie, stap) =>
      roep<Inbreng>(`${puntPad(agendapuntId)}/inbreng/${encodeURIComponent(id)}/${stap}`, { methode: 'POST', versie }),
    legAanwezigheidVast: (agendapuntId, versie, aanwezigen) =>
      roep<Agendapunt>(`${puntPad(agendapuntId)}/aanwezigheid`, { methode: 'PUT', versie, body: { aanwezigen } }),
    legVerslagVast: (agendapuntId, versie, verslag) =>
      roep<Agendapunt>(`${puntPad(agendapuntId)}/verslag`, { methode: 'PUT', versie, body: verslag }),
    maakActie: (agendapuntId, actie) => roep<Actie>(`${puntPad(agendapuntId)}/acties`, { methode: 'POST', body: actie }),
    acties: (status, signaal) => alles<Actie>(metParameters('/acties', { status, paginaGrootte: '100' }), 'acties', signaal),
    actie: (id, signaal) => roep<Actie>(actiePad(id), { signaal }),
    rondActieAf: (id, versie, status, reden) =>
      roep<Actie>(`${actiePad(id)}/afronding`, { methode: 'POST', versie, body: reden ? { status, reden } : { status } }),
  };
}
