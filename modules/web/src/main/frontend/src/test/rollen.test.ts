import { describe, expect, it } from 'vitest';
import { leesbareRollen, rolLabel } from '../rollen';
import { organisatietypeLabel } from '../organisatietypen';

describe('rolLabel', () => {
  it('geeft de Nederlandse omschrijving van bekende rollen', () => {
    expect(rolLabel('procesregisseur')).toBe('Procesregisseur Veilig Thuis');
    expect(rolLabel('wijkteammedewerker')).toBe('Medewerker wijkteam');
    expect(rolLabel('politiemedewerker')).toBe('Medewerker politie');
    expect(rolLabel('officier-van-justitie')).toBe('Officier van justitie');
  });

  it('toont een onbekende code zoals hij is', () => {
    expect(rolLabel('nieuwe-rol')).toBe('nieuwe-rol');
  });
});

describe('leesbareRollen', () => {
  it('leest rollen als tekst en laat de technische Keycloak-rollen weg', () => {
    expect(
      leesbareRollen(['wijkteammedewerker', 'offline_access', 'uma_authorization', 'default-roles-schakel']),
    ).toEqual([{ code: 'wijkteammedewerker', label: 'Medewerker wijkteam' }]);
  });

  it('gebruikt de omschrijving van de API als die er is', () => {
    expect(leesbareRollen([{ code: 'procesregisseur', omschrijving: 'Procesregisseur (VT)' }])).toEqual([
      { code: 'procesregisseur', label: 'Procesregisseur (VT)' },
    ]);
    expect(leesbareRollen([{ code: 'procesregisseur', omschrijving: null }])).toEqual([
      { code: 'procesregisseur', label: 'Procesregisseur Veilig Thuis' },
    ]);
  });

  it('sorteert op omschrijving en ontdubbelt', () => {
    const rollen = leesbareRollen(['procesregisseur', 'functionaris-gegevensbescherming', 'procesregisseur']);
    expect(rollen.map((r) => r.code)).toEqual(['functionaris-gegevensbescherming', 'procesregisseur']);
  });

  it('kan met ontbrekende rollen omgaan', () => {
    expect(leesbareRollen(undefined)).toEqual([]);
    expect(leesbareRollen(null)).toEqual([]);
  });
});

describe('organisatietypeLabel', () => {
  it('vertaalt de typen uit het contract', () => {
    expect(organisatietypeLabel('VEILIG_THUIS')).toBe('Veilig Thuis');
    expect(organisatietypeLabel('CENTRUM_HGKM')).toBe('Centrum huiselijk geweld en kindermishandeling');
    expect(organisatietypeLabel(null)).toBeNull();
  });
});
