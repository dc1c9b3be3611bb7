import type { Aantekening, Crisisdossier, CrisisdossierSamenvatting, Dmfi, Screeningsverzoek, Taak } from '../api/crisisdossier';
import type { Mij } from '../api/types';
import { json, nepServer } from './casusoverlegNep';

/** Fixtures for the crisisdossier screens (the contract's shapes), fictitious people only. */

export const DOSSIER = 'd3000000-0000-4000-8000-000000000001';

/** The moment the tests' clock stands at; the SOF7 deadline is 5 days and 3 hours later. */
export const NU = new Date('2026-12-02T09:00:00Z');

export const CRISISORGANISATIES = [
  { id: '1', code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', type: 'VEILIG_THUIS' },
  { id: '2', code: 'CIT-JBRR', naam: 'Crisis Interventie Team JBRR', type: 'CRISISINTERVENTIETEAM' },
  { id: '3', code: 'RVDK-RR', naam: 'Raad voor de Kinderbescherming Rotterdam-Rijnmond', type: 'RAAD_VOOR_DE_KINDERBESCHERMING' },
  { id: '4', code: 'FIL', naam: 'Filomena', type: 'CENTRUM_HGKM' },
  { id: '5', code: 'WT-RDAM-FEIJ', naam: 'Wijkteam Feijenoord', type: 'WIJKTEAM' },
];

export function organisatiesAntwoord(): Response {
  return json({ _embedded: { organisaties: CRISISORGANISATIES }, _links: {} });
}

export function mij(rol: string, organisatie = 'VTRR'): Mij {
  const o = CRISISORGANISATIES.find((x) => x.code === organisatie)!;
  return { id: 'm1', naam: 'Fictieve Medewerker', gebruikersnaam: 'test', organisatie: { code: o.code, naam: o.naam, type: o.type }, team: null, rollen: [rol] };
}

export function dossier(delen: Partial<Crisisdossier> = {}): Crisisdossier {
  return {
    id: DOSSIER,
    versie: 3,
    laatstGewijzigd: '2026-12-02T08:00:00Z',
    status: 'OPEN',
    gestartOp: '2026-12-02T06:00:00Z',
    initiatiefnemer: 'VTRR',
    watIsErGebeurd: 'Fictief: melding van de politie na een ruzie.',
    directeVeiligheid: 'Moeder en kind zijn bij de oma.',
    betrokkenen: [{ id: 'b1', rol: 'KIND', voornaam: 'Noor', achternaam: 'de Vries', geboortedatum: '2019-04-01' }],
    partners: [
      { organisatieCode: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', type: 'VEILIG_THUIS', initiatiefnemer: true },
      { organisatieCode: 'CIT-JBRR', naam: 'Crisis Interventie Team JBRR', type: 'CRISISINTERVENTIETEAM', initiatiefnemer: false },
    ],
    sof7: { gestartOp: '2026-12-02T06:00:00Z', uiterlijk: '2026-12-07T12:00:00Z', verlopen: false, afgerondOp: null },
    gesloten: null,
    toegang: { reden: 'CRISISPARTNER', categorieen: ['IDENTITEIT', 'VEILIGHEID'], tot: null },
    ...delen,
  };
}

export function aantekening(id: string, delen: Partial<Aantekening> = {}): Aantekening {
  return {
    id,
    crisisdossierId: DOSSIER,
    versie: 1,
    organisatieCode: 'VTRR',
    organisatieNaam: 'Veilig Thuis Rotterdam Rijnmond',
    auteur: 'Fictieve Medewerker',
    soort: 'OBSERVATIE',
    categorie: 'VEILIGHEID',
    tekst: `Tekst van ${id}`,
    status: 'GELDIG',
    intrekkingsreden: null,
    geschrevenOp: '2026-12-02T07:00:00Z',
    laatstGewijzigd: '2026-12-02T07:00:00Z',
    ...delen,
  };
}

export function taak(id: string, delen: Partial<Taak> = {}): Taak {
  return {
    id,
    crisisdossierId: DOSSIER,
    versie: 1,
    laatstGewijzigd: '2026-12-02T07:30:00Z',
    omschrijving: `Taak ${id}`,
    expertise: null,
    organisatieCode: 'CIT-JBRR',
    medewerker: null,
    gaatErheen: false,
    gepland: null,
    status: 'OPEN',
    gewijzigdDoor: 'VTRR',
    ...delen,
  };
}

export function samenvatting(id: string, delen: Partial<CrisisdossierSamenvatting> = {}): CrisisdossierSamenvatting {
  return {
    id,
    status: 'OPEN',
    gestartOp: '2026-12-02T06:00:00Z',
    initiatiefnemer: 'VTRR',
    partners: ['VTRR', 'CIT-JBRR'],
    herkenning: 'Familie De Vries — Noor (2019)',
    sof7: { gestartOp: '2026-12-02T06:00:00Z', uiterlijk: '2026-12-07T12:00:00Z', verlopen: false, afgerondOp: null },
    openTaken: 2,
    gaatErheen: 'CIT-JBRR',
    ...delen,
  };
}

type Nepverzoek = { pad: string; methode: string; body?: unknown; ifMatch: string | null };

/**
 * A nep server for one file's page: `extra` answers first; then the file, its timeline and tasks (empty), and what
 * `bronnen` gives — read at every request, so a test changes what the next read sees; an address it does not know is 404.
 */
export function dossierServer(
  bronnen: { dossier?: () => Crisisdossier; screeningen?: () => Screeningsverzoek[]; dmfi?: () => Dmfi },
  extra: (v: Nepverzoek) => Response | undefined = () => undefined,
) {
  const pad = `/crisisdossiers/${DOSSIER}`;
  return nepServer((v) => {
    const antwoord = extra(v);
    if (antwoord) return antwoord;
    if (v.pad === '/organisaties') return organisatiesAntwoord();
    if (v.pad === pad) return json((bronnen.dossier ?? dossier)());
    if (v.pad === `${pad}/aantekeningen`) return json({ aantekeningen: [], achtergehouden: [] });
    if (v.pad === `${pad}/taken`) return json({ taken: [] });
    if (v.pad === `${pad}/screeningsverzoeken` && v.methode === 'GET') return json({ screeningsverzoeken: bronnen.screeningen?.() ?? [] });
    if (v.pad === `${pad}/dmfi` && v.methode === 'GET' && bronnen.dmfi) return json(bronnen.dmfi());
    return undefined;
  });
}
