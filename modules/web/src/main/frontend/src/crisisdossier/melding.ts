import type { Crisismelding } from '../api/crisisdossier';
import type { OngeldigeParameter } from '../api/types';
import { isGeldigBsn } from '../overdracht/formulier';

/** The crisis intake form as typed (strings only), the contract's rules (so errors show before sending) and mapping. */

export interface CrisisBetrokkeneInvoer {
  rol: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  bsn: string;
}

export interface MeldingFormulier {
  watIsErGebeurd: string;
  directeVeiligheid: string;
  betrokkenen: CrisisBetrokkeneInvoer[];
  partners: string[];
  sof7: boolean;
}

export type Veldfouten = Record<string, string>;

export const MAXIMUM_BETROKKENEN = 20;
export const MAXIMUM_PARTNERS = 10;

export function nieuweBetrokkene(): CrisisBetrokkeneInvoer {
  return { rol: '', voornaam: '', achternaam: '', geboortedatum: '', bsn: '' };
}

export function leegMeldingFormulier(): MeldingFormulier {
  return { watIsErGebeurd: '', directeVeiligheid: '', betrokkenen: [nieuweBetrokkene()], partners: [], sof7: false };
}

function lengte(fouten: Veldfouten, sleutel: string, waarde: string, maximum: number, leeg: string | null) {
  const tekst = waarde.trim();
  if (!tekst) {
    if (leeg) fouten[sleutel] = leeg;
  } else if (tekst.length > maximum) {
    fouten[sleutel] = `Ten hoogste ${maximum} tekens; het zijn er nu ${tekst.length}.`;
  }
}

/** Every broken rule at once, keyed by the JSON path the API uses (`betrokkenen[0].voornaam`). */
export function valideerMelding(formulier: MeldingFormulier, vandaag: string): Veldfouten {
  const fouten: Veldfouten = {};
  lengte(fouten, 'watIsErGebeurd', formulier.watIsErGebeurd, 4000, 'Beschrijf wat er is gebeurd.');
  lengte(fouten, 'directeVeiligheid', formulier.directeVeiligheid, 2000, 'Beschrijf of iedereen nu veilig is en wat er is gedaan.');
  if (formulier.betrokkenen.length === 0) fouten.betrokkenen = 'Noem ten minste één betrokkene.';
  if (formulier.betrokkenen.length > MAXIMUM_BETROKKENEN) fouten.betrokkenen = `Ten hoogste ${MAXIMUM_BETROKKENEN} betrokkenen.`;
  const bsns = new Set<string>();
  formulier.betrokkenen.forEach((b, i) => {
    const pad = `betrokkenen[${i}]`;
    if (!b.rol) fouten[`${pad}.rol`] = 'Kies de rol van deze betrokkene.';
    lengte(fouten, `${pad}.voornaam`, b.voornaam, 100, 'Vul de voornaam in.');
    lengte(fouten, `${pad}.achternaam`, b.achternaam, 100, 'Vul de achternaam in.');
    if (b.geboortedatum && b.geboortedatum > vandaag) fouten[`${pad}.geboortedatum`] = 'De geboortedatum ligt in de toekomst.';
    const bsn = b.bsn.trim();
    if (bsn) {
      if (!isGeldigBsn(bsn)) fouten[`${pad}.bsn`] = 'Dit is geen geldig burgerservicenummer (9 cijfers, elfproef).';
      else if (bsns.has(bsn)) fouten[`${pad}.bsn`] = 'Dit burgerservicenummer staat al bij een andere betrokkene.';
      bsns.add(bsn);
    }
  });
  if (formulier.partners.length > MAXIMUM_PARTNERS) fouten.partners = `Kies ten hoogste ${MAXIMUM_PARTNERS} partners.`;
  return fouten;
}

export function naarMelding(formulier: MeldingFormulier): Crisismelding {
  return {
    watIsErGebeurd: formulier.watIsErGebeurd.trim(),
    directeVeiligheid: formulier.directeVeiligheid.trim(),
    betrokkenen: formulier.betrokkenen.map((b) => ({
      rol: b.rol,
      voornaam: b.voornaam.trim(),
      achternaam: b.achternaam.trim(),
      geboortedatum: b.geboortedatum || null,
      bsn: b.bsn.trim() || null,
    })),
    partners: [...formulier.partners],
    sof7: formulier.sof7,
  };
}

const NAMEN: Readonly<Record<string, string>> = {
  watIsErGebeurd: 'Wat is er gebeurd',
  directeVeiligheid: 'Directe veiligheid',
  betrokkenen: 'Betrokkenen',
  partners: 'Partners',
  sof7: 'SOF7-onderzoek',
  rol: 'Rol',
  voornaam: 'Voornaam',
  achternaam: 'Achternaam',
  geboortedatum: 'Geboortedatum',
  bsn: 'BSN',
};

/** The field label of a key, for the error summary. */
export function meldingVeldNaam(sleutel: string): string {
  const betrokkene = /^betrokkenen\[(\d+)\]\.(.+)$/.exec(sleutel);
  if (betrokkene) return `Betrokkene ${Number(betrokkene[1]) + 1}: ${NAMEN[betrokkene[2]] ?? betrokkene[2]}`;
  if (/^partners\[\d+\]$/.test(sleutel)) return NAMEN.partners;
  return NAMEN[sleutel] ?? sleutel;
}

/** Every field key in screen order. */
export function meldingVeldSleutels(formulier: MeldingFormulier): string[] {
  return [
    'watIsErGebeurd',
    'directeVeiligheid',
    'betrokkenen',
    ...formulier.betrokkenen.flatMap((_, i) => ['rol', 'voornaam', 'achternaam', 'geboortedatum', 'bsn'].map((v) => `betrokkenen[${i}].${v}`)),
    'partners',
    'sof7',
  ];
}

/**
 * The API's invalid fields (CRS-001/CRS-002) on the form's keys: `partners[1]` goes to the partner choice; what has no
 * field of its own stays general (in the summary only).
 */
export function koppelMeldingFouten(ongeldig: readonly OngeldigeParameter[], formulier: MeldingFormulier): { velden: Veldfouten; algemeen: string[] } {
  const sleutels = new Set(meldingVeldSleutels(formulier));
  const velden: Veldfouten = {};
  const algemeen: string[] = [];
  for (const p of ongeldig) {
    const sleutel = /^partners\[\d+\]$/.test(p.name) ? 'partners' : p.name;
    if (sleutels.has(sleutel) && !velden[sleutel]) velden[sleutel] = p.reason;
    else algemeen.push(`${meldingVeldNaam(p.name)}: ${p.reason}`);
  }
  return { velden, algemeen };
}
