import type { Aanwezige, Agendapunt, Verslag } from './api';

/** Meeting mode's logic: who may be present, the minutes form and its rules, the action form and its rules. */

/** Invited organisations (not ended) plus organiser and chair, each with what was recorded (absent by default). */
export function aanwezigheidVoor(punt: Agendapunt, organisator: string, voorzitter: string): Aanwezige[] {
  const codes = [organisator, voorzitter, ...punt.uitnodigingen.filter((u) => !u.beeindigdOp).map((u) => u.organisatie)];
  const uniek = [...new Set(codes)];
  return uniek.map((code) => ({
    organisatieCode: code,
    aanwezig: punt.aanwezigheid?.find((a) => a.organisatieCode === code)?.aanwezig ?? false,
  }));
}

export interface VerslagFormulier {
  analyse: string;
  besluiten: string;
  planVanAanpak: string;
  regisseurOrganisatie: string;
  regisseurNaam: string;
}

export function vanVerslag(v: Verslag | null | undefined): VerslagFormulier {
  return {
    analyse: v?.analyse ?? '',
    besluiten: v?.besluiten ?? '',
    planVanAanpak: v?.planVanAanpak ?? '',
    regisseurOrganisatie: v?.casusregisseur?.organisatieCode ?? '',
    regisseurNaam: v?.casusregisseur?.naam ?? '',
  };
}

export function valideerVerslag(f: VerslagFormulier): Record<string, string> {
  const fouten: Record<string, string> = {};
  for (const [sleutel, naam] of [
    ['analyse', 'De analyse'],
    ['besluiten', 'De besluiten'],
    ['planVanAanpak', 'Het plan van aanpak'],
  ] as const) {
    if (f[sleutel].trim().length > 4000) fouten[sleutel] = `${naam} is te lang: ten hoogste 4000 tekens.`;
  }
  if (f.regisseurOrganisatie && !f.regisseurNaam.trim()) fouten.regisseurNaam = 'Vul de naam van de casusregisseur in.';
  if (!f.regisseurOrganisatie && f.regisseurNaam.trim()) fouten.regisseurOrganisatie = 'Kies de organisatie van de casusregisseur.';
  return fouten;
}

export function naarVerslag(f: VerslagFormulier): Verslag {
  const of = (w: string) => (w.trim() === '' ? null : w.trim());
  return {
    analyse: of(f.analyse),
    besluiten: of(f.besluiten),
    planVanAanpak: of(f.planVanAanpak),
    casusregisseur: f.regisseurOrganisatie ? { organisatieCode: f.regisseurOrganisatie, naam: f.regisseurNaam.trim() } : null,
  };
}

export interface ActieFormulier {
  eigenaar: string;
  omschrijving: string;
  uiterlijk: string;
}

export function valideerActie(f: ActieFormulier, vandaag: string): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (!f.eigenaar) fouten.eigenaar = 'Kies de organisatie die de actie uitvoert.';
  if (!f.omschrijving.trim()) fouten.omschrijving = 'Beschrijf de actie.';
  else if (f.omschrijving.trim().length > 1000) fouten.omschrijving = 'Ten hoogste 1000 tekens.';
  if (!f.uiterlijk) fouten.uiterlijk = 'Vul in wanneer de actie uiterlijk klaar is.';
  else if (f.uiterlijk < vandaag) fouten.uiterlijk = 'De datum ligt in het verleden.';
  return fouten;
}

/** Closing an action: "niet gedaan" needs a reason (the API answers 400 without one). */
export function valideerAfronding(status: '' | 'GEDAAN' | 'NIET_GEDAAN', reden: string): Record<string, string> {
  const fouten: Record<string, string> = {};
  if (!status) fouten.afronding = 'Kies of de actie is gedaan.';
  if (status === 'NIET_GEDAAN' && !reden.trim()) fouten.reden = 'Vul in waarom de actie niet is gedaan.';
  if (reden.trim().length > 2000) fouten.reden = 'Ten hoogste 2000 tekens.';
  return fouten;
}
