import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigatieVoor } from '../App';
import { ApiFout } from '../api/fouten';
import { VERWERKINGSREGISTER_LEZERS } from '../rollen';
import { leesRoute, paden } from '../router';
import type { Verwerkingsregister as Register, VerwerkingsregisterApi } from '../verwerkingsregister/api';
import { Verwerkingsregister } from '../verwerkingsregister/Verwerkingsregister';

afterEach(cleanup);

const register: Register = {
  beleidsversie: '2026-12-02',
  bewaartermijnenversie: '2026-12-10',
  verwerkingen: [
    {
      doel: 'OVERDRACHT',
      omschrijving: 'Overdracht van het zicht op veiligheid.',
      grondslag: 'Wmo 2015, hoofdstuk 4 (taken Veilig Thuis) en Jeugdwet',
      verwerkingsverantwoordelijken: [{ organisatietype: 'VEILIG_THUIS', organisaties: [{ code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond' }] }],
      gegevenscategorieen: ['IDENTITEIT', 'JUSTITIEEL'],
      betrokkenen: ['SLACHTOFFER', 'VERMOEDELIJKE_PLEGER', 'MELDER'],
      ontvangers: [{ organisatietype: 'WIJKTEAM', gegevenscategorieen: ['IDENTITEIT', 'VEILIGHEID'] }],
      rollen: [{ code: 'procesregisseur', omschrijving: 'Procesregisseur bij Veilig Thuis' }],
      bewaartermijnen: [
        {
          brontype: 'OVERDRACHT',
          eigenaar: 'VEILIG_THUIS',
          jaren: 20,
          maanden: 0,
          start: 'AFSLUITING',
          omschrijving: '20 jaar na afsluiting',
          toelichting: 'Veilig Thuis bewaart zijn dossier twintig jaar.',
        },
      ],
      bewaardMet: null,
    },
    {
      doel: 'MONITORING',
      omschrijving: 'Monitoring na de overdracht.',
      grondslag: 'Wmo 2015, hoofdstuk 4 (monitoring door Veilig Thuis)',
      verwerkingsverantwoordelijken: [{ organisatietype: 'VEILIG_THUIS', organisaties: [] }],
      gegevenscategorieen: ['VEILIGHEID'],
      betrokkenen: ['KIND'],
      ontvangers: [],
      rollen: [{ code: 'procesregisseur', omschrijving: 'Procesregisseur bij Veilig Thuis' }],
      bewaartermijnen: [],
      bewaardMet: 'OVERDRACHT',
    },
  ],
};

function apiMet(antwoord: Promise<Register>, pdf = vi.fn()) {
  return { verwerkingsregister: vi.fn(() => antwoord), verwerkingsregisterPdf: pdf } as unknown as VerwerkingsregisterApi;
}

describe('Verwerkingsregister', () => {
  it('toont per doel grondslag, verantwoordelijken, categorieën, betrokkenen, ontvangers en termijnen in woorden', async () => {
    render(<Verwerkingsregister api={apiMet(Promise.resolve(register))} />);
    const overdracht = await screen.findByTestId('verwerking-OVERDRACHT');

    expect(within(overdracht).getByRole('heading', { level: 2 }).textContent).toBe('Overdracht');
    const tekst = overdracht.textContent ?? '';
    expect(tekst).toContain('Wmo 2015, hoofdstuk 4 (taken Veilig Thuis) en Jeugdwet');
    expect(tekst).toContain('Veilig Thuis: Veilig Thuis Rotterdam Rijnmond');
    expect(tekst).toContain('Justitiële informatie');
    expect(tekst).toContain('Vermoedelijke pleger');
    expect(tekst).toContain('Wijkteam: Identiteit, Veiligheid');
    expect(tekst).toContain('Procesregisseur Veilig Thuis');
    expect(tekst).toContain('20 jaar na afsluiting');
    expect(tekst).not.toContain('VERMOEDELIJKE_PLEGER');
    expect(tekst).not.toContain('JUSTITIEEL');
    const monitoring = screen.getByTestId('verwerking-MONITORING');
    expect(monitoring.textContent).toContain('Geen: de gegevens blijven bij de verwerkingsverantwoordelijke.');
    expect(monitoring.textContent).toContain('bewaard als overdracht');
    expect(screen.getByTestId('register-versies').textContent).toContain('2026-12-10');
    expect(document.title).toBe('Verwerkingsregister – Schakel');
  });

  it('springt met het toetsenbord van de inhoudsopgave naar een doel', async () => {
    render(<Verwerkingsregister api={apiMet(Promise.resolve(register))} />);
    await screen.findByTestId('verwerking-MONITORING');
    const inhoud = screen.getByRole('navigation', { name: 'Doelen' });
    const link = within(inhoud).getByRole('link', { name: 'Monitoring na de overdracht' });
    link.focus();
    fireEvent.click(link);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Monitoring na de overdracht', level: 2 }));
    expect(window.location.hash).not.toBe('#doel-MONITORING');
  });

  it('downloadt de PDF en zegt dat', async () => {
    const pdf = vi.fn().mockResolvedValue({ inhoud: new Blob(['%PDF-']), bestandsnaam: 'verwerkingsregister.pdf' });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    render(<Verwerkingsregister api={apiMet(Promise.resolve(register), pdf)} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Download als PDF' }));
    await waitFor(() => expect(screen.getByText('Het verwerkingsregister is gedownload.')).toBeTruthy());
    expect(pdf).toHaveBeenCalledTimes(1);
  });

  it('zegt in woorden wie het register mag zien bij een weigering', async () => {
    const geweigerd = Promise.reject(new ApiFout('Geen toegang', "Regel 'verwerkingsregister.lezen' vraagt …", 403, null, 'TGN-002'));
    render(<Verwerkingsregister api={apiMet(geweigerd)} />);
    expect(await screen.findByText('U kunt het verwerkingsregister niet inzien')).toBeTruthy();
    expect(screen.queryByTestId('verwerking-OVERDRACHT')).toBeNull();
  });

  it('staat in het menu voor precies de rollen van het beleid, met een eigen route', () => {
    const beleid = JSON.parse(readFileSync('../../../../toegang/src/main/resources/toegangsbeleid.json', 'utf8'));
    expect([...VERWERKINGSREGISTER_LEZERS].sort()).toEqual([...beleid.handelingen['verwerkingsregister.lezen'].rollen].sort());
    const heeftMenu = (rol: string) => navigatieVoor([rol], { naam: 'mijn-werk' }).some((i) => i.label === 'Verwerkingsregister');
    for (const rol of VERWERKINGSREGISTER_LEZERS) expect(heeftMenu(rol), rol).toBe(true);
    for (const rol of ['wijkteammedewerker', 'politiemedewerker', 'functioneel-beheerder']) expect(heeftMenu(rol), rol).toBe(false);
    expect(leesRoute(paden.verwerkingsregister)).toEqual({ naam: 'verwerkingsregister' });
    expect(navigatieVoor(['functionaris-gegevensbescherming'], { naam: 'verwerkingsregister' }).find((i) => i.actief)?.label).toBe(
      'Verwerkingsregister',
    );
  });
});
