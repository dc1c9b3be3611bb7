import { useEffect, useMemo, useRef } from 'react';
import { maakSchakelApi } from './api/client';
import type { Mij } from './api/types';
import type { Fout } from './components/ApiFoutMelding';
import { useGeladen } from './components/useGeladen';
import type { Sessie } from './auth/aanmelding';
import { neemHerloginRoute } from './auth/herlogin';
import { Pagina } from './components/Pagina';
import type { NavigatieItem } from './components/Pagina';
import { AanmeldingDetail } from './casusoverleg/pages/AanmeldingDetail';
import { Aanmelden } from './casusoverleg/pages/Aanmelden';
import { Vergadermodus } from './casusoverleg/Vergadermodus';
import { ActieDetail } from './casusoverleg/pages/ActieDetail';
import { AgendapuntDetail } from './casusoverleg/pages/AgendapuntDetail';
import { MijnActies } from './casusoverleg/pages/MijnActies';
import { MijnAanmeldingen } from './casusoverleg/pages/MijnAanmeldingen';
import { MijnAgendapunten } from './casusoverleg/pages/MijnAgendapunten';
import { OverlegDetail } from './casusoverleg/pages/OverlegDetail';
import { Overleggen } from './casusoverleg/pages/Overleggen';
import { Triage } from './casusoverleg/pages/Triage';
import { CrisisdossierDetail } from './crisisdossier/pages/CrisisdossierDetail';
import { MijnCrises } from './crisisdossier/pages/MijnCrises';
import { NieuweCrisismelding } from './crisisdossier/pages/NieuweCrisismelding';
import { DoorOnsTeruggelegd } from './pages/DoorOnsTeruggelegd';
import { Inbox } from './pages/Inbox';
import { Logboek } from './pages/Logboek';
import { MijnWerk } from './pages/MijnWerk';
import { Monitoring } from './pages/Monitoring';
import { Noodtoegang } from './pages/Noodtoegang';
import { NieuweOverdracht } from './pages/NieuweOverdracht';
import { NietGevonden } from './pages/NietGevonden';
import { OverdrachtDetail } from './pages/OverdrachtDetail';
import { Verstuurd } from './pages/Verstuurd';
import { Versturen } from './pages/Versturen';
import { Verwerkingsregister } from './verwerkingsregister/Verwerkingsregister';
import { Vernietiging } from './vernietiging/Vernietiging';
import { Bekendheidscheck } from './bekendheid/Bekendheidscheck';
import { Partnerregister } from './beheer/Partnerregister';
import { TeBeantwoorden } from './verzoek/TeBeantwoorden';
import { VerzoekDetail } from './verzoek/VerzoekDetail';
import { Verzoeken } from './verzoek/Verzoeken';
import { Verzoektermijnen } from './verzoek/Verzoektermijnen';
import {
  BEKENDHEIDSCHECK_VRAGERS,
  CASUSOVERLEG_ORGANISATOR,
  CASUSOVERLEG_PARTNERS,
  CASUSOVERLEG_VOORZITTER,
  CRISISROLLEN,
  INBOXROLLEN,
  NOODTOEGANG_BEOORDELAARS,
  TERUGLEGGERS,
  VERWERKINGSREGISTER_LEZERS,
  VERZOEK_CONTACTPUNTROLLEN,
  DEELVERZOEK_ROLLEN,
  VERNIETIGERS,
  VERZOEKTERMIJN_ROLLEN,
  leesbareRollen,
} from './rollen';
import { paden, useRoute } from './router';
import type { Route } from './router';

/** The menu for the user's roles (roles from /mij; the API decides access anyway). */
export function navigatieVoor(rollen: readonly string[], route: Route): NavigatieItem[] {
  const items: NavigatieItem[] = [{ label: 'Mijn werk', href: paden.mijnWerk, actief: route.naam === 'mijn-werk' }];
  if (rollen.includes('procesregisseur')) {
    items.push({ label: 'Nieuwe overdracht', href: paden.nieuw, actief: route.naam === 'nieuw' });
    items.push({
      label: 'Verstuurd',
      href: paden.verstuurd,
      actief: route.naam === 'verstuurd' || route.naam === 'versturen' || route.naam === 'bewerken',
    });
    items.push({ label: 'Monitoring', href: paden.monitoring, actief: route.naam === 'monitoring' });
  }
  if (rollen.includes('teamleider')) {
    items.push({ label: 'Opgeschaald', href: paden.opgeschaald, actief: route.naam === 'opgeschaald' });
  }
  if (rollen.some((r) => INBOXROLLEN.includes(r))) {
    items.push({ label: 'Inbox', href: paden.inbox, actief: route.naam === 'inbox' });
  }
  if (rollen.some((r) => TERUGLEGGERS.includes(r))) {
    items.push({ label: 'Door ons teruggelegd', href: paden.teruggelegd, actief: route.naam === 'teruggelegd' });
  }
  items.push(...casusoverlegNavigatie(rollen, route));
  if (rollen.some((r) => CRISISROLLEN.includes(r))) {
    items.push({
      label: 'Mijn crises',
      href: paden.crisisdossiers,
      actief: route.naam === 'crisisdossiers' || route.naam === 'crisis-nieuw' || route.naam === 'crisisdossier',
    });
  }
  if (rollen.some((r) => BEKENDHEIDSCHECK_VRAGERS.includes(r))) {
    items.push({ label: 'Bekendheidscheck', href: paden.bekendheidscheck, actief: route.naam === 'bekendheidscheck' });
  }
  if (rollen.some((r) => VERZOEK_CONTACTPUNTROLLEN.includes(r))) {
    items.push({ label: 'Verzoeken van betrokkenen', href: paden.verzoeken, actief: route.naam === 'verzoeken' || route.naam === 'verzoek' });
  }
  if (rollen.some((r) => DEELVERZOEK_ROLLEN.includes(r))) {
    items.push({ label: 'Te beantwoorden verzoeken', href: paden.teBeantwoordenVerzoeken, actief: route.naam === 'te-beantwoorden-verzoeken' });
  }
  if (rollen.some((r) => NOODTOEGANG_BEOORDELAARS.includes(r))) {
    items.push({ label: 'Noodtoegang beoordelen', href: paden.noodtoegang, actief: route.naam === 'noodtoegang' });
  }
  if (rollen.includes('functionaris-gegevensbescherming')) {
    items.push({ label: 'Logboek', href: paden.logboek, actief: route.naam === 'logboek' });
  }
  if (rollen.some((r) => VERWERKINGSREGISTER_LEZERS.includes(r))) {
    items.push({ label: 'Verwerkingsregister', href: paden.verwerkingsregister, actief: route.naam === 'verwerkingsregister' });
  }
  if (rollen.some((r) => VERNIETIGERS.includes(r))) {
    items.push({ label: 'Vernietiging', href: paden.vernietiging, actief: route.naam === 'vernietiging' });
  }
  if (rollen.some((r) => VERZOEKTERMIJN_ROLLEN.includes(r))) {
    items.push({ label: 'Termijnen van verzoeken', href: paden.verzoektermijnen, actief: route.naam === 'verzoektermijnen' });
  }
  if (rollen.includes('functioneel-beheerder')) {
    items.push({ label: 'Partnerregister', href: paden.partnerregister, actief: route.naam === 'partnerregister' });
  }
  return items;
}

/** Flow 2's menu items: the organiser triages and plans, the chair runs meetings, partners register and contribute. */
function casusoverlegNavigatie(rollen: readonly string[], route: Route): NavigatieItem[] {
  const items: NavigatieItem[] = [];
  if (rollen.includes(CASUSOVERLEG_ORGANISATOR)) {
    items.push({ label: 'Triage', href: paden.coTriage, actief: route.naam === 'co-triage' });
  }
  if (rollen.includes(CASUSOVERLEG_ORGANISATOR) || rollen.includes(CASUSOVERLEG_VOORZITTER)) {
    items.push({ label: 'Overleggen', href: paden.coOverleggen, actief: route.naam === 'co-overleggen' || route.naam === 'co-overleg' });
  }
  if (rollen.some((r) => CASUSOVERLEG_PARTNERS.includes(r))) {
    items.push({ label: 'Aanmelden', href: paden.coAanmelden, actief: route.naam === 'co-aanmelden' });
    items.push({
      label: 'Mijn aanmeldingen',
      href: paden.coAanmeldingen,
      actief: route.naam === 'co-aanmeldingen' || route.naam === 'co-aanmelding',
    });
    items.push({
      label: 'Mijn agendapunten',
      href: paden.coAgendapunten,
      actief: route.naam === 'co-agendapunten' || route.naam === 'co-agendapunt',
    });
    items.push({ label: 'Mijn acties', href: paden.coActies, actief: route.naam === 'co-acties' || route.naam === 'co-actie' });
  }
  return items;
}

/** The application once the user is logged in. */
export function App({ sessie }: { sessie: Sessie }) {
  const api = useMemo(() => maakSchakelApi(sessie.tokenBron), [sessie]);
  const route = useRoute();
  // who is logged in, once per visit: the menu and Mijn werk both read it
  const { waarde: mij, fout: mijFout, herlaad: mijOpnieuw } = useGeladen((s) => api.mij(s), [api], 'Uw gegevens konden niet worden geladen.');
  const eersteRoute = useRef(true);

  useEffect(() => {
    const terug = neemHerloginRoute();
    if (terug && terug !== window.location.hash) window.location.hash = terug;
  }, []);

  // a new screen: move the focus to the main content, so keyboard and screen reader users start there
  useEffect(() => {
    if (eersteRoute.current) {
      eersteRoute.current = false;
      return;
    }
    document.getElementById('inhoud')?.focus();
    window.scrollTo?.(0, 0);
  }, [route]);

  const rollen = leesbareRollen(mij?.rollen).map((r) => r.code);
  return (
    <Pagina naam={sessie.naam} onUitloggen={sessie.uitloggen} metNavigatie navigatie={navigatieVoor(rollen, route)}>
      {scherm(route, api, mij, mijFout, () => void mijOpnieuw())}
    </Pagina>
  );
}

function scherm(route: Route, api: ReturnType<typeof maakSchakelApi>, mij: Mij | null, mijFout: Fout | null, mijOpnieuw: () => void) {
  switch (route.naam) {
    case 'mijn-werk':
      // while /mij fails, the menu shows only "Mijn werk" and this page says why, with a retry
      return <MijnWerk api={api} mij={mij} mijFout={mijFout} onOpnieuw={mijOpnieuw} />;
    case 'nieuw':
      return <NieuweOverdracht api={api} />;
    case 'verstuurd':
      return <Verstuurd key={`verstuurd-${route.groep ?? ''}`} api={api} groep={route.groep} />;
    case 'inbox':
      return <Inbox key={`inbox-${route.bak ?? ''}`} api={api} bak={route.bak} mij={mij} />;
    case 'teruggelegd':
      return <DoorOnsTeruggelegd api={api} />;
    case 'logboek':
      return <Logboek api={api} />;
    case 'verwerkingsregister':
      return <Verwerkingsregister api={api} />;
    case 'verzoeken':
      return <Verzoeken key={`verzoeken-${route.teLaat}`} api={api} alleenTeLaat={route.teLaat} />;
    case 'verzoek':
      return <VerzoekDetail key={route.id} api={api} id={route.id} />;
    case 'te-beantwoorden-verzoeken':
      return <TeBeantwoorden api={api} />;
    case 'vernietiging':
      return <Vernietiging api={api} />;
    case 'verzoektermijnen':
      return <Verzoektermijnen api={api} />;
    case 'bekendheidscheck':
      return <Bekendheidscheck api={api} eigenOrganisatie={mij?.organisatie?.code ?? null} />;
    case 'partnerregister':
      return <Partnerregister api={api} />;
    case 'opgeschaald':
      return <Verstuurd key="opgeschaald" api={api} alleenOpgeschaald />;
    case 'monitoring':
      return <Monitoring api={api} />;
    case 'noodtoegang':
      // no key: switching tabs keeps the lists and whatever was typed
      return <Noodtoegang api={api} tab={route.tab} />;
    case 'overdracht':
      return <OverdrachtDetail key={route.id} api={api} id={route.id} mij={mij} />;
    case 'bewerken':
      return <NieuweOverdracht key={route.id} api={api} id={route.id} />;
    case 'versturen':
      return <Versturen key={route.id} api={api} id={route.id} mij={mij} />;
    case 'crisisdossiers':
      return <MijnCrises key={`crises-${route.status}-${route.verlopen}`} api={api} status={route.status} verlopen={route.verlopen} mij={mij} />;
    case 'crisis-nieuw':
      return <NieuweCrisismelding api={api} mij={mij} />;
    case 'crisisdossier':
      return <CrisisdossierDetail key={route.id} api={api} id={route.id} mij={mij} />;
    default:
      return casusoverlegScherm(route, api, mij) ?? <NietGevonden />;
  }
}

/** Flow 2's screens (the API decides access; the roles only choose what the page offers). */
function casusoverlegScherm(route: Route, api: ReturnType<typeof maakSchakelApi>, mij: Mij | null) {
  const rollen = leesbareRollen(mij?.rollen).map((r) => r.code);
  const organisator = rollen.includes(CASUSOVERLEG_ORGANISATOR);
  switch (route.naam) {
    case 'co-aanmelden':
      return <Aanmelden api={api} />;
    case 'co-aanmeldingen':
      return <MijnAanmeldingen api={api} />;
    case 'co-aanmelding':
      return <AanmeldingDetail key={route.id} api={api} id={route.id} magTriageren={organisator} />;
    case 'co-triage':
      return <Triage api={api} />;
    case 'co-overleggen':
      return <Overleggen api={api} magPlannen={organisator} />;
    case 'co-overleg':
      return <OverlegDetail key={route.id} api={api} id={route.id} magWijzigen={organisator} />;
    case 'co-agendapunten':
      return <MijnAgendapunten api={api} />;
    case 'co-agendapunt':
      return (
        <AgendapuntDetail
          key={route.id}
          api={api}
          id={route.id}
          mij={mij}
          naarAanmelding={organisator}
          vergadermodus={
            organisator || rollen.includes(CASUSOVERLEG_VOORZITTER)
              ? (punt, bijgewerkt, herlaad, naam) => (
                  <Vergadermodus key={punt.id} api={api} punt={punt} naam={naam} onBijgewerkt={bijgewerkt} onHerlaad={herlaad} />
                )
              : undefined
          }
        />
      );
    case 'co-acties':
      return <MijnActies api={api} />;
    case 'co-actie':
      return <ActieDetail key={route.id} api={api} id={route.id} />;
    default:
      return null;
  }
}
