import { vandaagInNederland } from '../vandaag';
import { ALLE_CATEGORIEEN } from '../api/overdracht';
import type { Betrokkene, Gegevenscategorie, Meldersoort, OverdrachtInhoud } from '../api/overdracht';
import type { OngeldigeParameter } from '../api/types';

/**
 * The "Nieuwe overdracht" form as plain strings (what the inputs hold), its conversion to the API's
 * content, the checks the browser can do itself, and the mapping of the API's `invalidParams` (JSON paths
 * such as `betrokkenen[0].bsn`) onto the fields. Field keys are the JSON paths of the content, so a server
 * error lands next to the field it is about.
 */

export interface BetrokkeneInvoer {
  /** Stable React key: betrokkenen can be removed in the middle. */
  sleutel: string;
  /** The API's id of a betrokkene already saved (kept when a concept is edited). */
  id?: string;
  rol: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  geslacht: string;
  gemeente: string;
  bsn: string;
  adres: string;
  telefoon: string;
  afgeschermdAdres: string;
}

export interface OverdrachtFormulier {
  meldingSamenvatting: string;
  meldingDatum: string;
  uitkomst: string;
  beoordelingDatum: string;
  geweldsvormen: string[];
  betrokkenen: BetrokkeneInvoer[];
  /** One per line. */
  veiligheidsvoorwaarden: string;
  risicofactoren: string;
  beschermendeFactoren: string;
  hulpvraag: string;
  geadviseerdeHulp: string;
  huidigeHulpverlening: string;
  /** '' when not chosen; decides the feedback letter's address and that an anonymous melder gets none. */
  melderSoort: Meldersoort | '';
  melderNaam: string;
  melderRelatie: string;
  melderTelefoon: string;
  justitieleInformatie: string;
  gezondheid: string;
}

/** Field key (JSON path) → Dutch message. */
export type Veldfouten = Record<string, string>;

let volgnummer = 0;

export function nieuweBetrokkene(): BetrokkeneInvoer {
  volgnummer += 1;
  return {
    sleutel: `b${Date.now().toString(36)}-${volgnummer}`,
    rol: '',
    voornaam: '',
    achternaam: '',
    geboortedatum: '',
    geslacht: '',
    gemeente: '',
    bsn: '',
    adres: '',
    telefoon: '',
    afgeschermdAdres: '',
  };
}

export function leegFormulier(): OverdrachtFormulier {
  return {
    meldingSamenvatting: '',
    meldingDatum: '',
    uitkomst: '',
    beoordelingDatum: '',
    geweldsvormen: [],
    betrokkenen: [nieuweBetrokkene()],
    veiligheidsvoorwaarden: '',
    risicofactoren: '',
    beschermendeFactoren: '',
    hulpvraag: '',
    geadviseerdeHulp: '',
    huidigeHulpverlening: '',
    melderSoort: '',
    melderNaam: '',
    melderRelatie: '',
    melderTelefoon: '',
    justitieleInformatie: '',
    gezondheid: '',
  };
}

/** The id of the input for a field key (`betrokkenen[0].bsn` → `veld-betrokkenen-0--bsn`). */
export function veldId(sleutel: string): string {
  return `veld-${sleutel.replace(/[^A-Za-z0-9]/g, '-')}`;
}

function tekst(waarde: string): string | null {
  const schoon = waarde.trim();
  return schoon === '' ? null : schoon;
}

/** The non-empty lines of a textarea, trimmed. */
export function regels(waarde: string): string[] {
  return waarde
    .split(/\r?\n/)
    .map((regel) => regel.trim())
    .filter((regel) => regel !== '');
}

function groep<T extends Record<string, unknown>>(waarden: T): T | null {
  return Object.values(waarden).some((w) => w !== null && w !== undefined) ? waarden : null;
}

function lijst(waarde: string): string[] | null {
  const r = regels(waarde);
  return r.length === 0 ? null : r;
}

/**
 * The content the API expects; empty fields are left out (null), betrokkenen keep their order so that the
 * API's `betrokkenen[i]` points at the i-th betrokkene on screen.
 */
export function naarInhoud(formulier: OverdrachtFormulier): OverdrachtInhoud {
  const betrokkenen: Betrokkene[] = formulier.betrokkenen.map((b) => ({
    ...(b.id ? { id: b.id } : {}),
    rol: tekst(b.rol),
    identiteit: groep({
      voornaam: tekst(b.voornaam),
      achternaam: tekst(b.achternaam),
      geboortedatum: tekst(b.geboortedatum),
      geslacht: tekst(b.geslacht),
      gemeente: tekst(b.gemeente)?.toUpperCase() ?? null,
    }),
    bsn: tekst(b.bsn)?.replace(/[\s.]/g, '') ?? null,
    contact: groep({ adres: tekst(b.adres), telefoon: tekst(b.telefoon) }),
    afgeschermdAdres: tekst(b.afgeschermdAdres),
  }));
  return {
    aanleiding: groep({ meldingSamenvatting: tekst(formulier.meldingSamenvatting), meldingDatum: tekst(formulier.meldingDatum) }),
    veiligheidsbeoordeling: groep({ uitkomst: tekst(formulier.uitkomst), datum: tekst(formulier.beoordelingDatum) }),
    geweldsvormen: formulier.geweldsvormen.length === 0 ? null : [...formulier.geweldsvormen],
    betrokkenen: betrokkenen.length === 0 ? null : betrokkenen,
    veiligheidsvoorwaarden: lijst(formulier.veiligheidsvoorwaarden),
    risicofactoren: lijst(formulier.risicofactoren),
    beschermendeFactoren: lijst(formulier.beschermendeFactoren),
    hulpvraag: tekst(formulier.hulpvraag),
    geadviseerdeHulp: tekst(formulier.geadviseerdeHulp),
    huidigeHulpverlening: tekst(formulier.huidigeHulpverlening),
    melder: groep({
      soort: formulier.melderSoort || null,
      naam: tekst(formulier.melderNaam),
      relatie: tekst(formulier.melderRelatie),
      telefoon: tekst(formulier.melderTelefoon),
    }),
    justitieleInformatie: tekst(formulier.justitieleInformatie),
    gezondheid: tekst(formulier.gezondheid),
  };
}

/** A saved concept back into the form (to edit it). */
export function vanInhoud(inhoud: OverdrachtInhoud | null | undefined): OverdrachtFormulier {
  const leeg = leegFormulier();
  if (!inhoud) return leeg;
  const t = (w: string | null | undefined) => w ?? '';
  return {
    meldingSamenvatting: t(inhoud.aanleiding?.meldingSamenvatting),
    meldingDatum: t(inhoud.aanleiding?.meldingDatum),
    uitkomst: t(inhoud.veiligheidsbeoordeling?.uitkomst),
    beoordelingDatum: t(inhoud.veiligheidsbeoordeling?.datum),
    geweldsvormen: [...(inhoud.geweldsvormen ?? [])],
    betrokkenen: (inhoud.betrokkenen ?? []).map((b) => ({
      ...nieuweBetrokkene(),
      ...(b?.id ? { id: b.id } : {}),
      rol: t(b?.rol),
      voornaam: t(b?.identiteit?.voornaam),
      achternaam: t(b?.identiteit?.achternaam),
      geboortedatum: t(b?.identiteit?.geboortedatum),
      geslacht: t(b?.identiteit?.geslacht),
      gemeente: t(b?.identiteit?.gemeente),
      bsn: t(b?.bsn),
      adres: t(b?.contact?.adres),
      telefoon: t(b?.contact?.telefoon),
      afgeschermdAdres: t(b?.afgeschermdAdres),
    })),
    veiligheidsvoorwaarden: (inhoud.veiligheidsvoorwaarden ?? []).join('\n'),
    risicofactoren: (inhoud.risicofactoren ?? []).join('\n'),
    beschermendeFactoren: (inhoud.beschermendeFactoren ?? []).join('\n'),
    hulpvraag: t(inhoud.hulpvraag),
    geadviseerdeHulp: t(inhoud.geadviseerdeHulp),
    huidigeHulpverlening: t(inhoud.huidigeHulpverlening),
    melderSoort: inhoud.melder?.soort ?? '',
    melderNaam: t(inhoud.melder?.naam),
    melderRelatie: t(inhoud.melder?.relatie),
    melderTelefoon: t(inhoud.melder?.telefoon),
    justitieleInformatie: t(inhoud.justitieleInformatie),
    gezondheid: t(inhoud.gezondheid),
  };
}

/** The elfproef for a BSN (9 digits, 9·d1 + … + 2·d8 − d9 divisible by 11, not all zeros). */
export function isGeldigBsn(waarde: string): boolean {
  if (!/^\d{9}$/.test(waarde) || waarde === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(waarde[i]);
  som -= Number(waarde[8]);
  return som % 11 === 0;
}

const TELEFOON = /^\+?[0-9 ()-]{6,20}$/;
const GEMEENTECODE = /^GM\d{4}$/;


/**
 * What the browser can check before saving (the same rules as the API's InhoudRegels for a concept).
 * A concept may be incomplete; only what is filled in must be right, and every betrokkene needs a role.
 */
export function valideer(formulier: OverdrachtFormulier, vandaag: string = vandaagInNederland()): Veldfouten {
  const fouten: Veldfouten = {};
  const inDeToekomst = (sleutel: string, datum: string) => {
    if (datum && datum > vandaag) fouten[sleutel] = 'Deze datum ligt in de toekomst.';
  };
  inDeToekomst('aanleiding.meldingDatum', formulier.meldingDatum);
  inDeToekomst('veiligheidsbeoordeling.datum', formulier.beoordelingDatum);
  if (
    !fouten['veiligheidsbeoordeling.datum'] &&
    formulier.beoordelingDatum &&
    formulier.meldingDatum &&
    formulier.beoordelingDatum < formulier.meldingDatum
  ) {
    fouten['veiligheidsbeoordeling.datum'] = 'De beoordeling kan niet vóór de datum van de melding liggen.';
  }
  const bsns = new Set<string>();
  formulier.betrokkenen.forEach((b, i) => {
    const pad = `betrokkenen[${i}]`;
    if (!b.rol) fouten[`${pad}.rol`] = 'Kies de rol van deze betrokkene.';
    inDeToekomst(`${pad}.identiteit.geboortedatum`, b.geboortedatum);
    const gemeente = b.gemeente.trim().toUpperCase();
    if (gemeente && !GEMEENTECODE.test(gemeente)) {
      fouten[`${pad}.identiteit.gemeente`] = 'Vul een CBS-gemeentecode in, zoals GM0599 voor Rotterdam.';
    }
    const bsn = b.bsn.replace(/[\s.]/g, '');
    if (bsn) {
      if (!isGeldigBsn(bsn)) {
        fouten[`${pad}.bsn`] = 'Dit is geen geldig burgerservicenummer (9 cijfers, elfproef).';
      } else if (bsns.has(bsn)) {
        fouten[`${pad}.bsn`] = 'Twee betrokkenen hebben hetzelfde burgerservicenummer.';
      } else {
        bsns.add(bsn);
      }
    }
    if (b.telefoon.trim() && !TELEFOON.test(b.telefoon.trim())) {
      fouten[`${pad}.contact.telefoon`] = 'Vul een telefoonnummer in: cijfers, spaties, +, haakjes of streepjes.';
    }
  });
  if (formulier.melderTelefoon.trim() && !TELEFOON.test(formulier.melderTelefoon.trim())) {
    fouten['melder.telefoon'] = 'Vul een telefoonnummer in: cijfers, spaties, +, haakjes of streepjes.';
  }
  // anonymous means Veilig Thuis does not know who reported: no name, no number (the API checks it too, OVD-001)
  if (formulier.melderSoort === 'ANONIEM' && (formulier.melderNaam.trim() || formulier.melderTelefoon.trim())) {
    fouten['melder.soort'] = 'Een anonieme melder heeft geen naam of telefoonnummer. Kies een andere soort of maak die velden leeg.';
  }
  return fouten;
}

/** Every field key of this form (the betrokkenen's depend on how many there are). */
export function veldSleutels(formulier: OverdrachtFormulier): Set<string> {
  const sleutels = new Set<string>([
    'aanleiding.meldingSamenvatting',
    'aanleiding.meldingDatum',
    'veiligheidsbeoordeling.uitkomst',
    'veiligheidsbeoordeling.datum',
    'geweldsvormen',
    'betrokkenen',
    'veiligheidsvoorwaarden',
    'risicofactoren',
    'beschermendeFactoren',
    'hulpvraag',
    'geadviseerdeHulp',
    'huidigeHulpverlening',
    'melder.soort',
    'melder.naam',
    'melder.relatie',
    'melder.telefoon',
    'justitieleInformatie',
    'gezondheid',
  ]);
  formulier.betrokkenen.forEach((_, i) => {
    for (const veld of [
      'rol',
      'identiteit.voornaam',
      'identiteit.achternaam',
      'identiteit.geboortedatum',
      'identiteit.geslacht',
      'identiteit.gemeente',
      'bsn',
      'contact.adres',
      'contact.telefoon',
      'afgeschermdAdres',
    ]) {
      sleutels.add(`betrokkenen[${i}].${veld}`);
    }
  });
  return sleutels;
}

const LIJSTVELDEN = /^(veiligheidsvoorwaarden|risicofactoren|beschermendeFactoren|geweldsvormen)\[(\d+)\]$/;

export interface GekoppeldeFouten {
  /** Per field key, shown next to the field. */
  velden: Veldfouten;
  /** Errors that belong to no field on this form, shown in the summary only. */
  algemeen: string[];
}

/**
 * Maps the API's `invalidParams` onto the form's fields: a path the form has lands on that field; a line of
 * a one-per-line list (`risicofactoren[2]`) lands on the list, naming the line; a betrokkene as a whole
 * (`betrokkenen[1]`) lands on its role. Anything else becomes a general error, so no message is lost.
 */
export function koppelFouten(ongeldig: readonly OngeldigeParameter[], formulier: OverdrachtFormulier): GekoppeldeFouten {
  const sleutels = veldSleutels(formulier);
  const velden: Veldfouten = {};
  const algemeen: string[] = [];
  const voegToe = (sleutel: string, bericht: string) => {
    velden[sleutel] = velden[sleutel] ? `${velden[sleutel]} ${bericht}` : bericht;
  };
  for (const { name, reason } of ongeldig) {
    const pad = name.trim();
    const lijstVeld = LIJSTVELDEN.exec(pad);
    if (lijstVeld) {
      const [, veld, index] = lijstVeld;
      voegToe(veld, veld === 'geweldsvormen' ? reason : `Regel ${Number(index) + 1}: ${reason}`);
    } else if (/^betrokkenen\[\d+\]$/.test(pad) && sleutels.has(`${pad}.rol`)) {
      voegToe(`${pad}.rol`, reason);
    } else if (/^betrokkenen\[\d+\]\.identiteit$/.test(pad) && sleutels.has(`${pad}.voornaam`)) {
      voegToe(`${pad}.voornaam`, reason);
    } else if (/^betrokkenen\[\d+\]\.contact$/.test(pad) && sleutels.has(`${pad}.adres`)) {
      voegToe(`${pad}.adres`, reason);
    } else if (pad === 'aanleiding') {
      voegToe('aanleiding.meldingSamenvatting', reason);
    } else if (pad === 'veiligheidsbeoordeling') {
      voegToe('veiligheidsbeoordeling.uitkomst', reason);
    } else if (sleutels.has(pad)) {
      voegToe(pad, reason);
    } else {
      algemeen.push(pad ? `${pad}: ${reason}` : reason);
    }
  }
  return { velden, algemeen };
}

/** The label of a field key for the error summary (`betrokkenen[1].bsn` → `Betrokkene 2: BSN`). */
export function veldNaam(sleutel: string): string {
  const namen: Record<string, string> = {
    'aanleiding.meldingSamenvatting': 'Samenvatting van de melding',
    'aanleiding.meldingDatum': 'Datum van de melding',
    'veiligheidsbeoordeling.uitkomst': 'Uitkomst van de veiligheidsbeoordeling',
    'veiligheidsbeoordeling.datum': 'Datum van de veiligheidsbeoordeling',
    geweldsvormen: 'Geweldsvormen',
    betrokkenen: 'Betrokkenen',
    veiligheidsvoorwaarden: 'Veiligheidsvoorwaarden',
    risicofactoren: 'Risicofactoren',
    beschermendeFactoren: 'Beschermende factoren',
    hulpvraag: 'Hulpvraag',
    geadviseerdeHulp: 'Geadviseerde hulp',
    huidigeHulpverlening: 'Huidige hulpverlening',
    'melder.soort': 'Soort melder',
    'melder.naam': 'Naam van de melder',
    'melder.relatie': 'Relatie van de melder',
    'melder.telefoon': 'Telefoon van de melder',
    justitieleInformatie: 'Justitiële informatie',
    gezondheid: 'Gezondheid',
    rol: 'Rol',
    'identiteit.voornaam': 'Voornaam',
    'identiteit.achternaam': 'Achternaam',
    'identiteit.geboortedatum': 'Geboortedatum',
    'identiteit.geslacht': 'Geslacht',
    'identiteit.gemeente': 'Gemeente',
    bsn: 'BSN',
    'contact.adres': 'Adres',
    'contact.telefoon': 'Telefoon',
    afgeschermdAdres: 'Afgeschermd adres',
  };
  const betrokkene = /^betrokkenen\[(\d+)\]\.(.+)$/.exec(sleutel);
  if (betrokkene) return `Betrokkene ${Number(betrokkene[1]) + 1}: ${namen[betrokkene[2]] ?? betrokkene[2]}`;
  return namen[sleutel] ?? sleutel;
}

/** The order of the fields on screen, for the error summary. */
export function inSchermvolgorde(fouten: Veldfouten, formulier: OverdrachtFormulier): [string, string][] {
  const volgorde = [...veldSleutels(formulier)];
  const plaats = (sleutel: string) => {
    const i = volgorde.indexOf(sleutel);
    const betrokkene = /^betrokkenen\[(\d+)\]/.exec(sleutel);
    // betrokkenen come after geweldsvormen on screen
    if (betrokkene) return 4.5 + Number(betrokkene[1]) / 100 + i / 100000;
    return i < 0 ? 999 : i;
  };
  return Object.entries(fouten).sort(([a], [b]) => plaats(a) - plaats(b));
}

/* --- category choice when sending --- */

/**
 * Shared only when the sender chooses them (privacy by default): the BSN and the secret shelter address. The shelter
 * address also needs a reason, recorded with the sending.
 */
export const ALLEEN_BEWUST: readonly Gegevenscategorie[] = ['BSN', 'ADRES_AFGESCHERMD'];

/** The default choice: what the policy allows for the receiver's type, without the BSN and the shelter address. */
export function standaardKeuze(toegestaan: readonly Gegevenscategorie[]): Gegevenscategorie[] {
  return ALLE_CATEGORIEEN.filter((c) => toegestaan.includes(c) && !ALLEEN_BEWUST.includes(c));
}

/** The shelter address is shared: a short reason (at most 500 characters) is required. */
export function controleerRedenAdres(keuze: readonly Gegevenscategorie[], reden: string): string | null {
  if (!keuze.includes('ADRES_AFGESCHERMD')) return null;
  if (!reden.trim()) return 'Vul kort in waarom het wijkteam het afgeschermde adres nodig heeft.';
  return reden.trim().length > 500 ? 'De reden is te lang: ten hoogste 500 tekens.' : null;
}

/** Turns one category on or off; never outside what is allowed, always in the fixed order. */
export function wisselCategorie(
  keuze: readonly Gegevenscategorie[],
  categorie: Gegevenscategorie,
  aan: boolean,
  toegestaan: readonly Gegevenscategorie[],
): Gegevenscategorie[] {
  const nieuw = new Set(keuze.filter((c) => toegestaan.includes(c)));
  if (aan && toegestaan.includes(categorie)) nieuw.add(categorie);
  if (!aan) nieuw.delete(categorie);
  return ALLE_CATEGORIEEN.filter((c) => nieuw.has(c));
}

/** The categories the policy never allows for this receiver. */
export function nooitToegestaan(toegestaan: readonly Gegevenscategorie[]): Gegevenscategorie[] {
  return ALLE_CATEGORIEEN.filter((c) => !toegestaan.includes(c));
}

export function controleerKeuze(keuze: readonly Gegevenscategorie[]): string | null {
  return keuze.length === 0 ? 'Kies ten minste één gegevenscategorie die de ontvanger mag zien.' : null;
}

/**
 * A Dutch phone number as people write it (spaces, dashes, a bracketed area code): ten digits from 0, the same after
 * +31 or 0031 without the 0, or a 0800/090x service number. The same rule as the API's (`ContactpersoonVeiligThuis`,
 * OVD-022), so the sender hears it next to the field before sending.
 */
export function isNederlandsTelefoonnummer(waarde: string): boolean {
  const nummer = waarde.trim();
  if (!/^[+0-9(][0-9 ()-]{5,24}$/.test(nummer)) return false;
  return /^(0[1-9][0-9]{8}|(\+|00)31[1-9][0-9]{8}|0(800|90[069])[0-9]{4,7})$/.test(nummer.replace(/[ ()-]/g, ''));
}

/** The contact person at Veilig Thuis: a name (one line, at most 100) and a Dutch work number; errors per field. */
export function controleerContactpersoon(naam: string, telefoon: string): { naam?: string; telefoon?: string } {
  const fouten: { naam?: string; telefoon?: string } = {};
  if (!naam.trim()) fouten.naam = 'Vul de naam in van wie het wijkteam bij Veilig Thuis kan bellen.';
  else if (naam.trim().length > 100) fouten.naam = 'De naam is te lang: ten hoogste 100 tekens.';
  if (!telefoon.trim()) fouten.telefoon = 'Vul een telefoonnummer voor werk in.';
  else if (!isNederlandsTelefoonnummer(telefoon)) {
    fouten.telefoon = 'Vul een Nederlands telefoonnummer in, zoals 010-123 45 67 of 06-12345678.';
  }
  return fouten;
}
