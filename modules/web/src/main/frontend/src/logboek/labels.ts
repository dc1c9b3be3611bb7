import { rolLabel } from '../rollen';

/**
 * The logboek in words for people: what was done, on what, why it was allowed. The API's action names
 * (`overdracht.lezen`) are the policy's rule names: the privacy officer reads a sentence, not a rule.
 */

const WERKWOORDEN: Readonly<Record<string, string>> = {
  opstellen: 'opgesteld',
  zoeken: 'in een lijst getoond',
  lezen: 'ingezien',
  'toegang-bekijken': 'bekeken wie toegang heeft',
  exporteren: 'als PDF gedownload',
  terugkoppelen: 'terugkoppelingsbrief gemaakt',
  wijzigen: 'gewijzigd',
  'versies-lezen': 'eerdere versies ingezien',
  voorbeeld: 'voorbeeld voor de ontvanger bekeken',
  verzenden: 'verstuurd',
  intrekken: 'ingetrokken',
  'ontvangst-bevestigen': 'ontvangst bevestigd',
  accepteren: 'geaccepteerd',
  terugleggen: 'teruggelegd',
  'warme-overdracht-plannen': 'warme overdracht gepland',
  noodtoegang: 'geopend met noodtoegang',
  vastleggen: 'vastgelegd',
  kengetallen: 'kengetallen bekeken',
  uitvoeren: 'uitgevoerd',
  beoordelen: 'beoordeeld',
  aanmelden: 'aangemeld',
  'aanmeldingen-zoeken': 'aanmeldingen in een lijst getoond',
  'aanmelding-lezen': 'aanmelding ingezien',
  'aanmelding-toegang-bekijken': 'bekeken wie toegang heeft tot een aanmelding',
  'aanmelding-wijzigen': 'aanmelding gewijzigd',
  'aanmelding-beoordelen': 'aanmelding beoordeeld (triage)',
  'aanmelding-inplannen': 'aanmelding ingepland',
  afschalen: 'afgeschaald',
  'overleg-plannen': 'overleg gepland',
  'overleggen-zoeken': 'overleggen in een lijst getoond',
  'overleg-lezen': 'overleg ingezien',
  'overleg-toegang-bekijken': 'bekeken wie toegang heeft tot een overleg',
  'agenda-wijzigen': 'agenda gewijzigd',
  'agendapunten-zoeken': 'agendapunten in een lijst getoond',
  'agendapunt-lezen': 'agendapunt ingezien',
  'agendapunt-toegang-bekijken': 'bekeken wie toegang heeft tot een agendapunt',
  uitnodigen: 'partner uitgenodigd',
  'inbreng-leveren': 'inbreng geleverd',
  'inbreng-lezen': 'inbreng ingezien',
  'inbreng-toegang-bekijken': 'bekeken wie toegang heeft tot inbreng',
  'inbreng-wijzigen': 'inbreng gewijzigd',
  'inbreng-delen': 'inbreng gedeeld',
  'inbreng-intrekken': 'inbreng ingetrokken',
  'inbreng-versies-lezen': 'eerdere versies van inbreng ingezien',
  vragen: 'gevraagd',
};

const ONDERWERPEN: Readonly<Record<string, string>> = {
  overdracht: 'Overdracht',
  monitoring: 'Monitoring',
  casusoverleg: 'Casusoverleg',
  logboek: 'Logboek',
  noodtoegang: 'Noodtoegang',
  termijnbewaking: 'Termijnbewaking',
  bekendheidscheck: 'Bekendheidscheck',
};

/** "Overdracht: ingezien" for `overdracht.lezen`; an action this screen does not know yet reads as its words. */
export function handelingTekst(handeling: string): string {
  const [onderwerp, ...rest] = handeling.split('.');
  const werkwoord = rest.join('.');
  const kop = ONDERWERPEN[onderwerp] ?? hoofdletter(onderwerp.replace(/-/g, ' '));
  if (!werkwoord) return kop;
  return `${kop}: ${WERKWOORDEN[werkwoord] ?? werkwoord.replace(/-/g, ' ')}`;
}

export const BRONTYPEN: Readonly<Record<string, string>> = {
  OVERDRACHT: 'Overdracht',
  AANMELDING: 'Aanmelding casusoverleg',
  OVERLEG: 'Casusoverleg',
  AGENDAPUNT: 'Agendapunt',
  // the row of a bekendheidscheck for an organisation that knows the person: the check named this organisation
  ORGANISATIE: 'Organisatie (bekendheidscheck)',
};

export function bronTekst(bronType: string | null | undefined): string {
  if (!bronType) return 'Geen zaak (lijst of beheer)';
  return BRONTYPEN[bronType] ?? hoofdletter(bronType.toLowerCase().replace(/_/g, ' '));
}

const REDENEN: Readonly<Record<string, string>> = {
  EIGENAAR: 'als eigenaar',
  ONTVANGER: 'als ontvanger',
  NOODTOEGANG: 'met noodtoegang',
  UITGENODIGD: 'als uitgenodigde partner',
  CRISISPARTNER: 'als crisispartner',
  FUNCTIONARIS_GEGEVENSBESCHERMING: 'als functionaris gegevensbescherming',
};

const DOELEN: Readonly<Record<string, string>> = {
  OVERDRACHT: 'overdracht',
  CASUSOVERLEG: 'casusoverleg',
  CRISIS: 'crisis',
  MONITORING: 'monitoring',
  PRIVACYBEHEER: 'privacybeheer',
  AUDIT: 'verantwoording',
  BEKENDHEIDSCHECK: 'bekendheidscheck',
};

/** Why it was allowed or refused, in a phrase: "Toegestaan, als ontvanger (doel: overdracht)". */
export function uitkomstTekst(regel: { uitkomst: string; toegangReden?: string | null; doel?: string | null; noodtoegang: boolean }): string {
  if (regel.uitkomst === 'GEWEIGERD') return 'Geweigerd';
  const delen = ['Toegestaan'];
  const reden = regel.toegangReden ? REDENEN[regel.toegangReden] ?? regel.toegangReden.toLowerCase() : null;
  if (reden) delen.push(reden);
  else if (regel.noodtoegang) delen.push('met noodtoegang');
  const doel = regel.doel ? DOELEN[regel.doel] ?? regel.doel.toLowerCase() : null;
  return `${delen.join(', ')}${doel ? ` (doel: ${doel})` : ''}`;
}

/** The role in words; a row without a role (a system account) says so. */
export function rolTekst(rol: string | null | undefined): string {
  return rol ? rolLabel(rol) : 'Geen rol (systeem)';
}

function hoofdletter(tekst: string): string {
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}
