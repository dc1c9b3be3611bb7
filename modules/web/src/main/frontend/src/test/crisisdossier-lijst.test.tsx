import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchakelApi } from '../api/client';
import type { Werktegel } from '../api/werk';
import { navigatieVoor } from '../App';
import { duurTekst, sof7Tekst } from '../crisisdossier/labels';
import { MijnCrises } from '../crisisdossier/pages/MijnCrises';
import { MijnWerk } from '../pages/MijnWerk';
import { leesRoute } from '../router';
import { api, json, nepServer } from './casusoverlegNep';
import { NU, mij, organisatiesAntwoord, samenvatting } from './crisisdossierNep';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('crisisdossier: routes, menu en Mijn werk', () => {
  it('kent de routes, ook de tegel "SOF7 verlopen"', () => {
    expect(leesRoute('#/crisisdossiers')).toEqual({ naam: 'crisisdossiers', status: 'OPEN', verlopen: null });
    expect(leesRoute('#/crisisdossiers?sof7=verlopen')).toEqual({ naam: 'crisisdossiers', status: 'OPEN', verlopen: 'sof7' });
    expect(leesRoute('#/crisisdossiers?evaluatie=verlopen')).toEqual({ naam: 'crisisdossiers', status: 'OPEN', verlopen: 'evaluatie' });
    expect(leesRoute('#/crisisdossiers?status=GESLOTEN')).toEqual({ naam: 'crisisdossiers', status: 'GESLOTEN', verlopen: null });
    expect(leesRoute('#/crisisdossiers/nieuw')).toEqual({ naam: 'crisis-nieuw' });
    expect(leesRoute('#/crisisdossiers/abc')).toEqual({ naam: 'crisisdossier', id: 'abc' });
  });

  it('toont "Mijn crises" in het menu voor de vier crisisrollen, niet voor anderen', () => {
    const route = { naam: 'crisisdossiers' as const, status: 'OPEN' as const, verlopen: null };
    for (const rol of ['crisismedewerker', 'cit-medewerker', 'raadsonderzoeker', 'filomena-medewerker']) {
      const item = navigatieVoor([rol], route).find((i) => i.label === 'Mijn crises');
      expect(item, rol).toMatchObject({ href: '#/crisisdossiers', actief: true });
    }
    for (const rol of ['procesregisseur', 'wijkteammedewerker', 'politiemedewerker', 'functionaris-gegevensbescherming']) {
      expect(navigatieVoor([rol], route).some((i) => i.label === 'Mijn crises'), rol).toBe(false);
    }
  });

  it('Mijn werk linkt de crisistegels naar hun scherm, verlopen in woorden', async () => {
    const tegels: Werktegel[] = [
      { stroom: 'crisisdossier', code: 'crises-open', titel: 'Mijn crises', aantal: 2, vraagtAandacht: false, scherm: '#/crisisdossiers' },
      { stroom: 'crisisdossier', code: 'sof7-verlopen', titel: 'SOF7 verlopen', aantal: 1, vraagtAandacht: true, scherm: '#/crisisdossiers?sof7=verlopen' },
    ];
    const nep = { mijnWerk: vi.fn().mockResolvedValue({ tegels }) } as unknown as SchakelApi;
    render(<MijnWerk api={nep} mij={mij('crisismedewerker')} mijFout={null} onOpnieuw={vi.fn()} />);
    const groep = await screen.findByRole('region', { name: 'Crisisdossier' });
    expect(within(groep).getByRole('link', { name: /Mijn crises/ }).getAttribute('href')).toBe('#/crisisdossiers');
    const verlopen = within(groep).getByRole('link', { name: /SOF7 verlopen/ });
    expect(verlopen.getAttribute('href')).toBe('#/crisisdossiers?sof7=verlopen');
    expect(verlopen.textContent).toContain('Let op');
    expect(leesRoute(verlopen.getAttribute('href')!)).toMatchObject({ naam: 'crisisdossiers', verlopen: 'sof7' });
  });
});

describe('crisisdossier: de SOF7-klok in woorden', () => {
  it('telt af in dagen, uren en minuten en zegt wanneer hij verliep', () => {
    expect(duurTekst((5 * 24 + 3) * 3600_000 + 59_000)).toBe('5 dagen en 3 uur');
    expect(duurTekst(24 * 3600_000)).toBe('1 dag');
    expect(duurTekst(3 * 3600_000 + 20 * 60_000)).toBe('3 uur en 20 minuten');
    expect(duurTekst(60_000)).toBe('1 minuut');
    expect(duurTekst(30_000)).toBe('minder dan een minuut');
    const sof7 = { gestartOp: '2026-12-02T06:00:00Z', uiterlijk: '2026-12-07T12:00:00Z', verlopen: false, afgerondOp: null };
    expect(sof7Tekst(sof7, NU.getTime())).toBe('nog 5 dagen en 3 uur');
    expect(sof7Tekst(sof7, new Date('2026-12-07T13:00:00Z').getTime())).toMatch(/^verlopen sinds 7 december 2026/);
    expect(sof7Tekst({ ...sof7, verlopen: true }, NU.getTime())).toMatch(/^verlopen sinds/);
    expect(sof7Tekst({ ...sof7, afgerondOp: '2026-12-03T10:00:00Z' }, NU.getTime())).toMatch(/^afgerond op 3 december 2026/);
    expect(sof7Tekst(null, NU.getTime())).toBe('niet gestart');
  });
});

describe('crisisdossier: Mijn crises', () => {
  it('toont de crises met partners, SOF7-klok en wie erheen gaat; de klok loopt elke minuut', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(NU);
    const fetchMock = nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (v.pad === '/crisisdossiers') return json({ _embedded: { crisisdossiers: [samenvatting('c1'), samenvatting('c2', { herkenning: 'Familie Jansen — Sem (2017)', sof7: null, gaatErheen: null })] }, _links: {} });
      return undefined;
    });
    render(<MijnCrises api={api()} status="OPEN" mij={mij('cit-medewerker', 'CIT-JBRR')} />);
    const tabel = await screen.findByTestId('crises');
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen).toHaveLength(2);
    expect(within(rijen[0]).getByRole('link', { name: 'Familie De Vries — Noor (2019)' }).getAttribute('href')).toBe('#/crisisdossiers/c1');
    await within(rijen[0]).findByText('Veilig Thuis Rotterdam Rijnmond en Crisis Interventie Team JBRR');
    expect(within(rijen[0]).getByTestId('sof7').textContent).toBe('nog 5 dagen en 3 uur');
    expect(within(rijen[1]).getByTestId('sof7').textContent).toBe('niet gestart');
    expect(rijen[1].textContent).toContain('Nog niemand');
    expect(screen.getByRole('link', { name: 'Nieuwe crisismelding' }).getAttribute('href')).toBe('#/crisisdossiers/nieuw');
    expect(new URL(String(fetchMock.mock.calls.find(([a]) => String(a).includes('/crisisdossiers'))![0]), 'http://x').searchParams.get('status')).toBe('OPEN');

    await act(async () => {
      vi.advanceTimersByTime(60 * 60_000);
    });
    expect(within(rijen[0]).getByTestId('sof7').textContent).toBe('nog 5 dagen en 2 uur');
  });

  it('de tegel "SOF7 verlopen" toont alleen de open crises met een verlopen klok, met "Let op" in tekst', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    vi.setSystemTime(NU);
    nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (v.pad === '/crisisdossiers') {
        // the tile's list asks the server for the overdue files only
        expect(v.zoek.get('sof7')).toBe('verlopen');
        return json({
          _embedded: {
            crisisdossiers: [
              samenvatting('c1'),
              samenvatting('c2', { herkenning: 'Familie Jansen', sof7: { gestartOp: '2026-11-20T06:00:00Z', uiterlijk: '2026-11-27T06:00:00Z', verlopen: true, afgerondOp: null } }),
            ],
          },
        });
      }
      return undefined;
    });
    render(<MijnCrises api={api()} status="OPEN" verlopen="sof7" mij={mij('raadsonderzoeker', 'RVDK-RR')} />);
    const tabel = await screen.findByTestId('crises');
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen).toHaveLength(1);
    expect(rijen[0].textContent).toContain('Familie Jansen');
    expect(within(rijen[0]).getByTestId('sof7').textContent).toMatch(/^Let op: verlopen sinds 27 november 2026/);
  });

  it('zegt het als er geen crises zijn', async () => {
    nepServer((v) => (v.pad === '/crisisdossiers' ? json({ _embedded: { crisisdossiers: [] } }) : v.pad === '/organisaties' ? organisatiesAntwoord() : undefined));
    render(<MijnCrises api={api()} status="GESLOTEN" mij={mij('crisismedewerker')} />);
    expect((await screen.findByTestId('geen-crises')).textContent).toMatch(/geen gesloten crises/);
  });
});
