import type { OngeldigeParameter } from '../api/types';
import type { Aanmelding, Aanmeldingsgegevens, Overlegtafel } from './api';

/** The registration form as typed (strings only), its rules (the API's, so errors show before sending) and mapping. */

export interface CriteriumInvoer {
  code: string;
  omschrijving: string;
  voldaan: '' | 'ja' | 'nee';
  toelichting: string;
}

export interface BetrokkeneInvoer {
  id?: string | null;
  rol: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
}

export interface AanmeldingFormulier {
  vraag: string;
  criteria: CriteriumInvoer[];
  betrokkenen: BetrokkeneInvoer[];
  voorgesteldePartners: string[];
}

export type Veldfouten = Record<string, string>;

export const MAXIMUM_BETROKKENEN = 20;

export function nieuweBetrokkene(): BetrokkeneInvoer {
  return { rol: '', voornaam: '', achternaam: '', geboortedatum: '' };
}

/** An empty form for a table: every criterion still to answer, one betrokkene. */
export function leegFormulier(tafel: Overlegtafel): AanmeldingFormulier {
  return {
    vraag: '',
    criteria: tafel.criteria.map((c) => ({ code: c.code, omschrijving: c.omschrijving, voldaan: '', toelichting: '' })),
    betrokkenen: [nieuweBetrokkene()],
    voorgesteldePartners: [],
  };
}

/** The form filled with an existing registration (to complete it after a question). */
export function vanAanmelding(tafel: Overlegtafel, a: Aanmelding): AanmeldingFormulier {
  const leeg = leegFormulier(tafel);
  return {
    vraag: a.vraag ?? '',
    criteria: leeg.criteria.map((c) => {
      const antwoord = a.criteria?.find((x) => x.criterium === c.code);
      return antwoord ? { ...c, voldaan: antwoord.voldaan ? 'ja' : 'nee', toelichting: antwoord.toelichting } : c;
    }),
    betrokkenen: (a.betrokkenen ?? []).map((b) => ({
      id: b.id ?? null,
      rol: b.rol ?? '',
      voornaam: b.voornaam ?? '',
      achternaam: b.achternaam ?? '',
      geboortedatum: b.geboortedatum ?? '',
    })),
    voorgesteldePartners: [...a.voorgesteldePartners],
  };
}

/** Every broken rule at once, keyed by the JSON path the API uses (`criteria[0].toelichting`). */
export function valideer(formulier: AanmeldingFormulier, vandaag: string): Veldfouten {
  const fouten: Veldfouten = {};
  const vraag = formulier.vraag.trim();
  if (!vraag) fouten.vraag = 'Vul in wat u aan het casusoverleg vraagt.';
  else if (vraag.length > 1000) fouten.vraag = `Ten hoogste 1000 tekens; het zijn er nu ${vraag.length}.`;
  formulier.criteria.forEach((c, i) => {
    if (!c.voldaan) fouten[`criteria[${i}].voldaan`] = 'Kies of de casus aan dit criterium voldoet.';
    const toelichting = c.toelichting.trim();
    if (!toelichting) fouten[`criteria[${i}].toelichting`] = 'Geef een korte reden.';
    else if (toelichting.length > 500) fouten[`criteria[${i}].toelichting`] = `Ten hoogste 500 tekens; het zijn er nu ${toelichting.length}.`;
  });
  if (formulier.betrokkenen.length === 0) fouten.betrokkenen = 'Noem ten minste één betrokkene.';
  if (formulier.betrokkenen.length > MAXIMUM_BETROKKENEN) fouten.betrokkenen = `Ten hoogste ${MAXIMUM_BETROKKENEN} betrokkenen.`;
  formulier.betrokkenen.forEach((b, i) => {
    if (!b.rol) fouten[`betrokkenen[${i}].rol`] = 'Kies de rol van deze betrokkene.';
    if (!b.voornaam.trim()) fouten[`betrokkenen[${i}].voornaam`] = 'Vul de voornaam in.';
    else if (b.voornaam.trim().length > 100) fouten[`betrokkenen[${i}].voornaam`] = 'Ten hoogste 100 tekens.';
    if (!b.achternaam.trim()) fouten[`betrokkenen[${i}].achternaam`] = 'Vul de achternaam in.';
    else if (b.achternaam.trim().length > 100) fouten[`betrokkenen[${i}].achternaam`] = 'Ten hoogste 100 tekens.';
    if (b.geboortedatum && b.geboortedatum > vandaag) fouten[`betrokkenen[${i}].geboortedatum`] = 'De geboortedatum ligt in de toekomst.';
  });
  return fouten;
}

export function naarGegevens(tafelId: string, formulier: AanmeldingFormulier): Aanmeldingsgegevens {
  return {
    overlegtafel: tafelId,
    vraag: formulier.vraag.trim(),
    criteria: formulier.criteria.map((c) => ({ criterium: c.code, voldaan: c.voldaan === 'ja', toelichting: c.toelichting.trim() })),
    betrokkenen: formulier.betrokkenen.map((b) => ({
      id: b.id ?? null,
      rol: b.rol,
      voornaam: b.voornaam.trim(),
      achternaam: b.achternaam.trim(),
      geboortedatum: b.geboortedatum || null,
    })),
    voorgesteldePartners: formulier.voorgesteldePartners,
  };
}

/** The field label of a key, for the error summary. */
export function veldNaam(sleutel: string, formulier: AanmeldingFormulier): string {
  const namen: Record<string, string> = {
    vraag: 'Vraag aan het casusoverleg',
    betrokkenen: 'Betrokkenen',
    voorgesteldePartners: 'Voorgestelde partners',
    criteria: 'Criteria',
    voldaan: 'voldaan',
    toelichting: 'reden',
    rol: 'Rol',
    voornaam: 'Voornaam',
    achternaam: 'Achternaam',
    geboortedatum: 'Geboortedatum',
  };
  const criterium = /^criteria\[(\d+)\]\.(.+)$/.exec(sleutel);
  if (criterium) return `Criterium ${Number(criterium[1]) + 1} (${formulier.criteria[Number(criterium[1])]?.code ?? '?'}): ${namen[criterium[2]] ?? criterium[2]}`;
  const betrokkene = /^betrokkenen\[(\d+)\]\.(.+)$/.exec(sleutel);
  if (betrokkene) return `Betrokkene ${Number(betrokkene[1]) + 1}: ${namen[betrokkene[2]] ?? betrokkene[2]}`;
  return namen[sleutel] ?? sleutel;
}

/** The API's invalid fields on the form's keys; what has no field of its own (`criteria`) stays general. */
export function koppelFouten(ongeldig: readonly OngeldigeParameter[], formulier: AanmeldingFormulier): { velden: Veldfouten; algemeen: string[] } {
  const sleutels = new Set(veldSleutels(formulier));
  const velden: Veldfouten = {};
  const algemeen: string[] = [];
  for (const p of ongeldig) {
    if (sleutels.has(p.name) && !velden[p.name]) velden[p.name] = p.reason;
    else algemeen.push(`${veldNaam(p.name, formulier)}: ${p.reason}`);
  }
  return { velden, algemeen };
}

/** Every field key in screen order. */
export function veldSleutels(formulier: AanmeldingFormulier): string[] {
  return [
    'vraag',
    ...formulier.criteria.flatMap((_, i) => [`criteria[${i}].voldaan`, `criteria[${i}].toelichting`]),
    'betrokkenen',
    ...formulier.betrokkenen.flatMap((_, i) => ['rol', 'voornaam', 'achternaam', 'geboortedatum'].map((v) => `betrokkenen[${i}].${v}`)),
    'voorgesteldePartners',
  ];
}
