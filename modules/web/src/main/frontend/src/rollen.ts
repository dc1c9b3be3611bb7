import type { RolUitApi } from './api/types';

/** Readable Dutch labels for the realm roles (same texts as nl.schakel.toegang.Rol). */
export const ROL_LABELS: Readonly<Record<string, string>> = {
  procesregisseur: 'Procesregisseur Veilig Thuis',
  crisismedewerker: 'Crisismedewerker Veilig Thuis',
  teamleider: 'Teamleider',
  wijkteammedewerker: 'Medewerker wijkteam',
  politiemedewerker: 'Medewerker politie',
  'officier-van-justitie': 'Officier van justitie',
  reclasseringswerker: 'Reclasseringswerker',
  raadsonderzoeker: 'Raadsonderzoeker',
  'cit-medewerker': 'Medewerker Crisis Interventie Team',
  'filomena-medewerker': 'Medewerker Filomena',
  'zvh-procesregisseur': 'Procesregisseur Zorg- en Veiligheidshuis',
  'functionaris-gegevensbescherming': 'Functionaris gegevensbescherming',
  'functioneel-beheerder': 'Functioneel beheerder',
  integratie: 'Koppeling (systeemaccount)',
};

/**
 * Who reviews break-glass access ("Noodtoegang beoordelen" in the menu): the privacy officer, and the
 * procesregisseur of the organisation that owns the case (same roles as `noodtoegang.beoordelen` in the policy).
 */
export const NOODTOEGANG_BEOORDELAARS: readonly string[] = ['functionaris-gegevensbescherming', 'procesregisseur'];

/**
 * Who reads the register of processing ("Verwerkingsregister" in the menu): the privacy officer, and the procesregisseurs
 * of Veilig Thuis and the Zorg- en Veiligheidshuis, the contact points for data subjects (same roles as
 * `verwerkingsregister.lezen` in the policy).
 */
export const VERWERKINGSREGISTER_LEZERS: readonly string[] = ['functionaris-gegevensbescherming', 'procesregisseur', 'zvh-procesregisseur'];

/**
 * Who reviews and carries out destruction ("Vernietiging" in the menu): only the privacy officer (same role as
 * `vernietiging.beoordelen`, `vernietiging.bewaarplicht` and `vernietiging.uitvoeren` in the policy).
 */
export const VERNIETIGERS: readonly string[] = ['functionaris-gegevensbescherming'];

/**
 * Who may ask the bekendheidscheck ("Bekendheidscheck" in the menu): the case workers of Veilig Thuis, the wijkteams, the
 * Raad, the CIT, Filomena and the Zorg- en Veiligheidshuis (same roles as `bekendheidscheck.vragen` in the policy).
 */
export const BEKENDHEIDSCHECK_VRAGERS: readonly string[] = [
  'procesregisseur',
  'crisismedewerker',
  'wijkteammedewerker',
  'raadsonderzoeker',
  'cit-medewerker',
  'filomena-medewerker',
  'zvh-procesregisseur',
];

/**
 * Who sees "Door ons teruggelegd" in the menu: the receiving partners, who accept or return what Veilig Thuis sends
 * (the roles of the tile "Teruggelegd" in `OverdrachtWerkvoorraad`; the rule `overdracht.terugleggingen-zoeken` also lets
 * a procesregisseur ask it, whose own menu is about what Veilig Thuis sent).
 */
export const TERUGLEGGERS: readonly string[] = [
  'wijkteammedewerker',
  'raadsonderzoeker',
  'cit-medewerker',
  'filomena-medewerker',
  'reclasseringswerker',
];

/**
 * Who has an inbox of overdrachten ("Inbox" in the menu): the receiving partners, and Veilig Thuis's crisis desk, which
 * sees its organisation's overdrachten there (the roles of the inbox tiles in the overdracht's `OverdrachtWerkvoorraad`).
 */
export const INBOXROLLEN: readonly string[] = [
  'wijkteammedewerker',
  'raadsonderzoeker',
  'cit-medewerker',
  'filomena-medewerker',
  'reclasseringswerker',
  'crisismedewerker',
];

/** Keycloak's own technical roles: not something to show a professional. */
const TECHNISCHE_ROLLEN = new Set(['offline_access', 'uma_authorization']);

export interface Rol {
  code: string;
  label: string;
}

/** The Dutch label of a role code; an unknown code is shown as it is. */
export function rolLabel(code: string): string {
  return ROL_LABELS[code] ?? code;
}

/** Normalises the roles from /mij (strings or `{code, omschrijving}`), drops Keycloak's technical roles. */
export function leesbareRollen(rollen: readonly RolUitApi[] | null | undefined): Rol[] {
  const gezien = new Set<string>();
  const uitkomst: Rol[] = [];
  for (const rol of rollen ?? []) {
    const code = typeof rol === 'string' ? rol : rol?.code;
    if (!code || gezien.has(code) || TECHNISCHE_ROLLEN.has(code) || code.startsWith('default-roles-')) continue;
    gezien.add(code);
    const omschrijving = typeof rol === 'string' ? null : rol.omschrijving?.trim();
    uitkomst.push({ code, label: omschrijving || rolLabel(code) });
  }
  return uitkomst.sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}

/** Flow 2: the roles of the partners that sit at the casusoverleg table (members register cases; invited ones bring inbreng). */
export const CASUSOVERLEG_PARTNERS: readonly string[] = [
  'politiemedewerker',
  'officier-van-justitie',
  'reclasseringswerker',
  'raadsonderzoeker',
  'wijkteammedewerker',
];

/** Flow 2: who organises (triage, planning) and who chairs the table. */
export const CASUSOVERLEG_ORGANISATOR = 'zvh-procesregisseur';
export const CASUSOVERLEG_VOORZITTER = 'procesregisseur';

/** Flow 3: the four crisis roles; each reports a crisis and sees "Mijn crises" (`crisisdossier.melden` in the policy). */
export const CRISISROLLEN: readonly string[] = ['crisismedewerker', 'cit-medewerker', 'raadsonderzoeker', 'filomena-medewerker'];

/** Flow 3: who may close a crisis (afschaling; `crisisdossier.sluiten`). */
export const CRISIS_SLUITERS: readonly string[] = ['crisismedewerker', 'cit-medewerker'];

/** Flow 3: who may scale a crisis down to an overdracht of Veilig Thuis (`crisisdossier.afschalen`). */
export const CRISIS_AFSCHALERS: readonly string[] = ['crisismedewerker'];

/** Flow 3: who records the SOF7 investigation as done (`crisisdossier.sof7-afronden`): the two crisis teams. */
export const CRISIS_SOF7_AFRONDERS: readonly string[] = ['crisismedewerker', 'cit-medewerker'];

/** Flow 3: who names the DMFI casusregisseur and plans and records review moments (`crisisdossier.dmfi-regisseren`). */
export const CRISIS_DMFI_REGISSEURS: readonly string[] = ['crisismedewerker', 'cit-medewerker', 'filomena-medewerker'];

/** Flow 3: who asks Filomena for a screening (`crisisdossier.screening-aanvragen`): every co-owner but Filomena itself. */
export const CRISIS_SCREENING_AANVRAGERS: readonly string[] = ['crisismedewerker', 'cit-medewerker', 'raadsonderzoeker'];

/** Flow 3: who moves a screening request's status (`crisisdossier.screening-wijzigen`): Filomena. */
export const CRISIS_SCREENING_UITVOERDERS: readonly string[] = ['filomena-medewerker'];

/** Flow 3: the on-call roles that may open a crisis file they are not partner in (`crisisdossier.noodtoegang`). */
export const CRISIS_NOODTOEGANG: readonly string[] = ['crisismedewerker', 'cit-medewerker', 'filomena-medewerker'];

/**
 * The contact point for requests of data subjects ("Verzoeken van betrokkenen" in the menu): the procesregisseurs of
 * Veilig Thuis and the Zorg- en Veiligheidshuis (same roles as `verzoek.registreren` in the policy; the server also
 * checks that the organisation is a contact point).
 */
export const VERZOEK_CONTACTPUNTROLLEN: readonly string[] = ['procesregisseur', 'zvh-procesregisseur'];

/** Who answers its organisation's part of a request ("Te beantwoorden verzoeken"; same roles as `deelverzoek.beantwoorden`). */
export const DEELVERZOEK_ROLLEN: readonly string[] = [
  'procesregisseur',
  'teamleider',
  'wijkteammedewerker',
  'politiemedewerker',
  'officier-van-justitie',
  'reclasseringswerker',
  'raadsonderzoeker',
  'cit-medewerker',
  'filomena-medewerker',
  'zvh-procesregisseur',
];

/** Who oversees every contact point's requests and their clocks ("Termijnen van verzoeken"; same roles as `verzoek.overzien`). */
export const VERZOEKTERMIJN_ROLLEN: readonly string[] = ['functionaris-gegevensbescherming'];
