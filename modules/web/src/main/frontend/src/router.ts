import { useEffect, useState } from 'react';
import type { Verlopenfilter } from './api/crisisdossier';

/**
 * Hash routing (`#/inbox`): the server serves index.html only at `/`, so every screen lives behind `/#/…`.
 * A hash that does not start with `#/` (the skip link's `#inhoud`) is no route and leaves the screen as it is.
 */

/** The two tabs of "Noodtoegang beoordelen": waiting for my judgement, and judged by me. */
export type NoodtoegangTab = 'te-beoordelen' | 'beoordeeld';

export type Route =
  | { naam: 'mijn-werk' }
  | { naam: 'nieuw' }
  | { naam: 'verstuurd'; groep?: string | null }
  | { naam: 'inbox'; bak?: string | null }
  | { naam: 'teruggelegd' }
  | { naam: 'logboek' }
  | { naam: 'verwerkingsregister' }
  | { naam: 'vernietiging' }
  | { naam: 'bekendheidscheck' }
  | { naam: 'partnerregister' }
  | { naam: 'opgeschaald' }
  | { naam: 'monitoring' }
  | { naam: 'noodtoegang'; tab: NoodtoegangTab }
  | { naam: 'overdracht'; id: string }
  | { naam: 'versturen'; id: string }
  | { naam: 'bewerken'; id: string }
  | { naam: 'co-aanmeldingen' }
  | { naam: 'co-aanmelden' }
  | { naam: 'co-aanmelding'; id: string }
  | { naam: 'co-triage' }
  | { naam: 'co-overleggen' }
  | { naam: 'co-overleg'; id: string }
  | { naam: 'co-agendapunten' }
  | { naam: 'co-agendapunt'; id: string }
  | { naam: 'co-acties' }
  | { naam: 'co-actie'; id: string }
  | { naam: 'crisisdossiers'; status: 'OPEN' | 'GESLOTEN'; verlopen: Verlopenfilter | null }
  | { naam: 'crisis-nieuw' }
  | { naam: 'crisisdossier'; id: string }
  | { naam: 'verzoeken'; teLaat: boolean }
  | { naam: 'verzoek'; id: string }
  | { naam: 'te-beantwoorden-verzoeken' }
  | { naam: 'verzoektermijnen' }
  | { naam: 'onbekend'; pad: string };

/** Flow 2 (casusoverleg): the lists, and the pages of one thing by id. */
const CASUSOVERLEG_LIJSTEN: Record<string, Route> = {
  '/casusoverleg/aanmeldingen': { naam: 'co-aanmeldingen' },
  '/casusoverleg/aanmeldingen/nieuw': { naam: 'co-aanmelden' },
  '/casusoverleg/triage': { naam: 'co-triage' },
  '/casusoverleg/overleggen': { naam: 'co-overleggen' },
  '/casusoverleg/agendapunten': { naam: 'co-agendapunten' },
  '/casusoverleg/acties': { naam: 'co-acties' },
};
const CASUSOVERLEG_DETAILS: Record<string, 'co-aanmelding' | 'co-overleg' | 'co-agendapunt' | 'co-actie'> = {
  aanmeldingen: 'co-aanmelding',
  overleggen: 'co-overleg',
  agendapunten: 'co-agendapunt',
  acties: 'co-actie',
};

export function leesRoute(hash: string): Route | null {
  if (hash === '' || hash === '#') return { naam: 'mijn-werk' };
  if (!hash.startsWith('#/')) return null;
  const [padDeel, zoekDeel = ''] = hash.slice(1).split('?', 2);
  const pad = padDeel.replace(/\/+$/, '') || '/';
  const zoek = new URLSearchParams(zoekDeel);
  if (pad === '/') return { naam: 'mijn-werk' };
  if (pad === '/overdrachten/nieuw') return { naam: 'nieuw' };
  if (pad === '/verstuurd') return { naam: 'verstuurd', groep: zoek.get('groep') };
  if (pad === '/inbox') return { naam: 'inbox', bak: zoek.get('bak') };
  if (pad === '/teruggelegd') return { naam: 'teruggelegd' };
  if (pad === '/logboek') return { naam: 'logboek' };
  if (pad === '/verwerkingsregister') return { naam: 'verwerkingsregister' };
  if (pad === '/vernietiging') return { naam: 'vernietiging' };
  if (pad === '/bekendheidscheck') return { naam: 'bekendheidscheck' };
  if (pad === '/beheer/partners') return { naam: 'partnerregister' };
  if (pad === '/opgeschaald') return { naam: 'opgeschaald' };
  if (pad === '/monitoring') return { naam: 'monitoring' };
  if (pad === '/noodtoegang') return { naam: 'noodtoegang', tab: 'te-beoordelen' };
  if (pad === '/noodtoegang/beoordeeld') return { naam: 'noodtoegang', tab: 'beoordeeld' };
  if (pad === '/verzoeken') return { naam: 'verzoeken', teLaat: zoek.get('teLaat') === 'ja' };
  if (pad === '/te-beantwoorden-verzoeken') return { naam: 'te-beantwoorden-verzoeken' };
  if (pad === '/verzoektermijnen') return { naam: 'verzoektermijnen' };
  const verzoek = /^\/verzoeken\/([^/]+)$/.exec(pad);
  if (verzoek) return { naam: 'verzoek', id: decodeURIComponent(verzoek[1]) };
  if (CASUSOVERLEG_LIJSTEN[pad]) return CASUSOVERLEG_LIJSTEN[pad];
  if (pad === '/crisisdossiers') {
    // the Mijn werk tiles "SOF7 verlopen" and "DMFI-evaluatie verlopen" link to ?sof7=verlopen and ?evaluatie=verlopen
    const verlopen = zoek.get('sof7') === 'verlopen' ? 'sof7' : zoek.get('evaluatie') === 'verlopen' ? 'evaluatie' : null;
    return { naam: 'crisisdossiers', status: zoek.get('status') === 'GESLOTEN' ? 'GESLOTEN' : 'OPEN', verlopen };
  }
  if (pad === '/crisisdossiers/nieuw') return { naam: 'crisis-nieuw' };
  const crisisdossier = /^\/crisisdossiers\/([^/]+)$/.exec(pad);
  if (crisisdossier) return { naam: 'crisisdossier', id: decodeURIComponent(crisisdossier[1]) };
  const casusoverleg = /^\/casusoverleg\/([a-z]+)\/([^/]+)$/.exec(pad);
  if (casusoverleg && CASUSOVERLEG_DETAILS[casusoverleg[1]]) {
    return { naam: CASUSOVERLEG_DETAILS[casusoverleg[1]], id: decodeURIComponent(casusoverleg[2]) };
  }
  const versturen = /^\/overdrachten\/([^/]+)\/versturen$/.exec(pad);
  if (versturen) return { naam: 'versturen', id: decodeURIComponent(versturen[1]) };
  const bewerken = /^\/overdrachten\/([^/]+)\/bewerken$/.exec(pad);
  if (bewerken) return { naam: 'bewerken', id: decodeURIComponent(bewerken[1]) };
  const overdracht = /^\/overdrachten\/([^/]+)$/.exec(pad);
  if (overdracht) return { naam: 'overdracht', id: decodeURIComponent(overdracht[1]) };
  return { naam: 'onbekend', pad };
}

export const paden = {
  mijnWerk: '#/',
  nieuw: '#/overdrachten/nieuw',
  verstuurd: '#/verstuurd',
  inbox: '#/inbox',
  teruggelegd: '#/teruggelegd',
  opgeschaald: '#/opgeschaald',
  monitoring: '#/monitoring',
  logboek: '#/logboek',
  verwerkingsregister: '#/verwerkingsregister',
  vernietiging: '#/vernietiging',
  bekendheidscheck: '#/bekendheidscheck',
  partnerregister: '#/beheer/partners',
  noodtoegang: '#/noodtoegang',
  noodtoegangBeoordeeld: '#/noodtoegang/beoordeeld',
  overdracht: (id: string) => `#/overdrachten/${encodeURIComponent(id)}`,
  versturen: (id: string) => `#/overdrachten/${encodeURIComponent(id)}/versturen`,
  bewerken: (id: string) => `#/overdrachten/${encodeURIComponent(id)}/bewerken`,
  coAanmeldingen: '#/casusoverleg/aanmeldingen',
  coAanmelden: '#/casusoverleg/aanmeldingen/nieuw',
  coAanmelding: (id: string) => `#/casusoverleg/aanmeldingen/${encodeURIComponent(id)}`,
  coTriage: '#/casusoverleg/triage',
  coOverleggen: '#/casusoverleg/overleggen',
  coOverleg: (id: string) => `#/casusoverleg/overleggen/${encodeURIComponent(id)}`,
  coAgendapunten: '#/casusoverleg/agendapunten',
  coAgendapunt: (id: string) => `#/casusoverleg/agendapunten/${encodeURIComponent(id)}`,
  coActies: '#/casusoverleg/acties',
  coActie: (id: string) => `#/casusoverleg/acties/${encodeURIComponent(id)}`,
  crisisdossiers: '#/crisisdossiers',
  crisisdossiersGesloten: '#/crisisdossiers?status=GESLOTEN',
  crisisdossiersSof7Verlopen: '#/crisisdossiers?sof7=verlopen',
  crisisdossiersEvaluatieVerlopen: '#/crisisdossiers?evaluatie=verlopen',
  crisisNieuw: '#/crisisdossiers/nieuw',
  crisisdossier: (id: string) => `#/crisisdossiers/${encodeURIComponent(id)}`,
  verzoeken: '#/verzoeken',
  verzoekenTeLaat: '#/verzoeken?teLaat=ja',
  verzoek: (id: string) => `#/verzoeken/${encodeURIComponent(id)}`,
  teBeantwoordenVerzoeken: '#/te-beantwoorden-verzoeken',
  verzoektermijnen: '#/verzoektermijnen',
};

/** A one-time message for the next screen ("Overdracht verstuurd"). */
let bericht: string | null = null;

export function navigeer(pad: string, melding?: string): void {
  bericht = melding ?? null;
  if (window.location.hash === pad) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = pad;
  }
}

/** Takes the message left by navigeer (once). */
export function neemBericht(): string | null {
  const b = bericht;
  bericht = null;
  return b;
}

/** The current route; follows hash changes, ignores in-page anchors. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => leesRoute(window.location.hash) ?? { naam: 'mijn-werk' });
  useEffect(() => {
    const bijWijziging = () => {
      const nieuw = leesRoute(window.location.hash);
      if (nieuw) setRoute(nieuw);
    };
    window.addEventListener('hashchange', bijWijziging);
    return () => window.removeEventListener('hashchange', bijWijziging);
  }, []);
  return route;
}
