import type { AlleenVoor, Uitnodiging } from './api';

/**
 * The "alleen voor" choice of an invitation: the whole organisation, one team of it (as the partner's accounts name the
 * team) or one person (by username). The server checks the same rules (TGN-008); this names a missing or malformed
 * name next to the field before anything is sent.
 */
export type Afbakeningssoort = '' | 'TEAM' | 'PERSOON';

export const AFBAKENINGSSOORTEN: [Afbakeningssoort, string][] = [
  ['TEAM', 'Eén team van de organisatie'],
  ['PERSOON', 'Eén persoon (gebruikersnaam)'],
];

const TEAM = /^[\p{L}\p{N}][\p{L}\p{N} .'()&/-]{0,63}$/u;
const GEBRUIKERSNAAM = /^[a-z0-9][a-z0-9._@-]{0,99}$/;

/** The body's {@code alleenVoor}, or an error for the name field; undefined for the whole organisation. */
export function naarAlleenVoor(soort: Afbakeningssoort, naam: string): { alleenVoor?: AlleenVoor; fout?: string } {
  const n = naam.trim();
  if (soort === 'TEAM') {
    if (!n) return { fout: 'Vul de naam van het team in.' };
    if (!TEAM.test(n)) return { fout: 'Een teamnaam van ten hoogste 64 tekens, zoals het team in het account staat.' };
    return { alleenVoor: { team: n } };
  }
  if (soort === 'PERSOON') {
    const g = n.toLowerCase();
    if (!g) return { fout: 'Vul de gebruikersnaam in.' };
    if (!GEBRUIKERSNAAM.test(g)) return { fout: 'Een gebruikersnaam van ten hoogste 100 tekens: letters, cijfers, . _ - @.' };
    return { alleenVoor: { gebruikersnaam: g } };
  }
  return {};
}

/** ", alleen team Tarwewijk" / ", alleen wt.feijenoord" / "" — for the list of who sits at an item. */
export function alleenVoorTekst(u: Pick<Uitnodiging, 'alleenVoor'>): string {
  if (u.alleenVoor?.team) return `, alleen team ${u.alleenVoor.team}`;
  if (u.alleenVoor?.gebruikersnaam) return `, alleen ${u.alleenVoor.gebruikersnaam}`;
  return '';
}
