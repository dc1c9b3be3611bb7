import type { Verzoekregistratie, Verzoeksoort } from './api';

/** The kinds of request, as the contact point reads them. */
export const SOORTEN: [Verzoeksoort, string][] = [
  ['INZAGE', 'Inzage'],
  ['CORRECTIE', 'Correctie'],
  ['VERNIETIGING', 'Vernietiging'],
  ['BEPERKING', 'Beperking van de verwerking'],
  ['BEZWAAR', 'Bezwaar'],
];

export function soortTekst(soort: string): string {
  return SOORTEN.find(([s]) => s === soort)?.[1] ?? soort;
}

/** The clock in words: "nog 12 dagen", "vandaag uiterlijk", "3 dagen te laat"; "afgerond" when the requester was told. */
export function klokTekst(v: { dagenOver: number; teLaat: boolean; status?: string }): string {
  if (v.status === 'AFGEROND') return 'afgerond';
  if (v.teLaat || v.dagenOver < 0) {
    const dagen = Math.abs(v.dagenOver);
    return `${dagen} ${dagen === 1 ? 'dag' : 'dagen'} te laat`;
  }
  if (v.dagenOver === 0) return 'vandaag uiterlijk';
  return `nog ${v.dagenOver} ${v.dagenOver === 1 ? 'dag' : 'dagen'}`;
}

/** "20 december 2026" from "2026-12-20". */
export function datumTekst(iso: string | null): string {
  if (!iso) return '';
  const [jaar, maand, dag] = iso.slice(0, 10).split('-').map(Number);
  const maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  return `${dag} ${maanden[maand - 1]} ${jaar}`;
}

export interface Registratieformulier {
  soort: string;
  bsn: string;
  achternaam: string;
  voornaam: string;
  geboortedatum: string;
  weergave: string;
  ontvangenOp: string;
}

/** The registration from the form, or what is missing per field (the server checks again, AVG-050). */
export function maakRegistratie(f: Registratieformulier): { registratie: Verzoekregistratie } | { fouten: Record<string, string> } {
  const fouten: Record<string, string> = {};
  if (!SOORTEN.some(([s]) => s === f.soort)) fouten.soort = 'Kies wat de verzoeker vraagt.';
  const bsn = f.bsn.replace(/[\s.-]/g, '');
  const opNaam = f.achternaam.trim() !== '' || f.geboortedatum !== '';
  if (bsn === '' && !opNaam) fouten.bsn = 'Vul een BSN in, of een achternaam en geboortedatum (of beide).';
  if (bsn !== '' && !/^\d{9}$/.test(bsn)) fouten.bsn = 'Vul een BSN van negen cijfers in.';
  if (opNaam && f.achternaam.trim() === '') fouten.achternaam = 'Vul de achternaam in.';
  if (opNaam && f.geboortedatum === '') fouten.geboortedatum = 'Vul de geboortedatum in.';
  const weergave = f.weergave.trim();
  if (weergave === '' || weergave.length > 40) fouten.weergave = 'Vul een korte verwijzing in (initialen en uw kenmerk), hoogstens 40 tekens.';
  if (f.ontvangenOp === '') fouten.ontvangenOp = 'Vul de datum van ontvangst in.';
  if (Object.keys(fouten).length > 0) return { fouten };
  const registratie: Verzoekregistratie = { soort: f.soort as Verzoeksoort, weergave, ontvangenOp: f.ontvangenOp };
  if (bsn !== '') registratie.bsn = bsn;
  if (opNaam) {
    registratie.achternaam = f.achternaam.trim();
    registratie.geboortedatum = f.geboortedatum;
    if (f.voornaam.trim() !== '') registratie.voornaam = f.voornaam.trim();
  }
  return { registratie };
}
