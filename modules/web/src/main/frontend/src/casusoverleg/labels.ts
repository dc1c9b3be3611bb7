import { label } from '../overdracht/labels';

/** Dutch texts for the values of the casusoverleg API; unknown values are shown as they are. */

/** The demo table (V2__overlegtafel_huiselijk_geweld.sql); the screens read the table from the API anyway. */
export const ZVH = 'ZVHRR';
export const VOORZITTER = 'VTRR';

export const AANMELDING_STATUS_LABELS: Readonly<Record<string, string>> = {
  INGEDIEND: 'Ingediend, wacht op triage',
  AANVULLING_GEVRAAGD: 'Aanvulling gevraagd',
  GEACCEPTEERD: 'Geaccepteerd',
  AFGEWEZEN: 'Afgewezen',
  AFGESCHAALD: 'Afgeschaald',
};

export const BETROKKENENROL_LABELS: Readonly<Record<string, string>> = {
  SLACHTOFFER: 'Slachtoffer',
  VERMOEDELIJKE_PLEGER: 'Vermoedelijke pleger',
  KIND: 'Kind',
  OUDER: 'Ouder',
  OVERIG: 'Overig',
};

export const INBRENG_STATUS_LABELS: Readonly<Record<string, string>> = {
  CONCEPT: 'Concept (alleen uw organisatie ziet dit)',
  GEDEELD: 'Gedeeld met de genodigden',
  INGETROKKEN: 'Ingetrokken (alleen uw organisatie ziet dit)',
};

export const ACTIE_STATUS_LABELS: Readonly<Record<string, string>> = {
  OPEN: 'Open',
  GEDAAN: 'Gedaan',
  NIET_GEDAAN: 'Niet gedaan',
};

export const AGENDAPUNT_STATUS_LABELS: Readonly<Record<string, string>> = {
  OPEN: 'Open',
  AFGESCHAALD: 'Afgeschaald',
};

/** Why the caller sees an item of flow 2 ("Waarom zie ik dit?"). */
export const CASUS_REDEN_LABELS: Readonly<Record<string, string>> = {
  EIGENAAR: 'Uw organisatie organiseert of zit dit casusoverleg voor, of leverde deze inbreng.',
  ONTVANGER: 'Uw organisatie organiseert de overlegtafel en ontving deze aanmelding.',
  UITGENODIGD: 'Uw organisatie is voor dit agendapunt uitgenodigd, en alleen voor dit agendapunt.',
  ACTIEHOUDER: 'Uw organisatie heeft een actie uit dit casusoverleg; u ziet de actie en de afspraken tot zij is afgerond.',
};

/** The partner organisations one can invite or propose (the table's members; names come from the register). */
export const PARTNERS: readonly string[] = ['POL-RR', 'OM-RDAM', 'RN-RDAM', 'RVDK-RR', 'JBRR', 'VTRR', 'WT-RDAM-FEIJ'];

export function aanmeldingStatusLabel(status: string): string {
  return label(AANMELDING_STATUS_LABELS, status);
}

/** "Gewijzigd door iemand anders" is the one conflict text of the whole flow. */
export const CONFLICT_TITEL = 'Iemand anders heeft dit intussen gewijzigd';

/** The error codes the screens react to. */
export const GEHEIMHOUDING_NIET_BEVESTIGD = 'CSO-020';

/** The triage term in words, with "verlopen" in text (not only in colour). */
export function triageTekst(a: { status: string; triageUiterlijk: string | null; triageVerlopen: boolean }, datum: (d: string) => string): string {
  if (!a.triageUiterlijk || a.status !== 'INGEDIEND') return '';
  return a.triageVerlopen ? `Verlopen: uiterlijk ${datum(a.triageUiterlijk)}` : `Uiterlijk ${datum(a.triageUiterlijk)}`;
}

/** The last triage step (the outcome the aanmelder reads), or null while nobody judged it. */
export function triageUitkomst(overgangen: readonly { naar: string; reden: string | null; op: string }[]) {
  const uitkomsten = overgangen.filter((o) => ['GEACCEPTEERD', 'AFGEWEZEN', 'AANVULLING_GEVRAAGD', 'AFGESCHAALD'].includes(o.naar));
  return uitkomsten.length ? uitkomsten[uitkomsten.length - 1] : null;
}

/** Moves an item one place up or down; the same array when it cannot move. */
export function verplaats<T>(lijst: readonly T[], index: number, richting: -1 | 1): T[] {
  const doel = index + richting;
  if (index < 0 || index >= lijst.length || doel < 0 || doel >= lijst.length) return [...lijst];
  const nieuw = [...lijst];
  [nieuw[index], nieuw[doel]] = [nieuw[doel], nieuw[index]];
  return nieuw;
}
