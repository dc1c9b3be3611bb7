import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Mij } from '../api/types';
import { App } from '../App';
import { Foutpagina } from '../components/Foutpagina';
import { MijnWerk } from '../pages/MijnWerk';

afterEach(cleanup);

const procesregisseur: Mij = {
  id: 'c0a8-0001',
  naam: 'Fatima el Amrani',
  gebruikersnaam: 'vt.procesregisseur',
  organisatie: { code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', type: 'VEILIG_THUIS' },
  team: null,
  rollen: [{ code: 'procesregisseur', omschrijving: 'Procesregisseur Veilig Thuis' }],
};

function apiDie(antwoord: Promise<Mij>): SchakelApi {
  return { mij: vi.fn().mockReturnValue(antwoord) } as unknown as SchakelApi;
}

describe('MijnWerk', () => {
  it('toont wie er is ingelogd: naam, organisatie met code en rol met code', async () => {
    render(<MijnWerk api={apiDie(Promise.resolve(procesregisseur))} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeTruthy();
    const naam = await screen.findByTestId('naam');
    expect(naam.textContent).toBe('Fatima el Amrani');
    const organisatie = screen.getByTestId('organisatie');
    expect(organisatie.textContent).toContain('Veilig Thuis Rotterdam Rijnmond');
    expect(organisatie.textContent).toContain('VTRR');
    const rollen = screen.getByTestId('rollen');
    expect(within(rollen).getByText('Procesregisseur Veilig Thuis')).toBeTruthy();
    expect(rollen.textContent).toContain('procesregisseur');
    expect(document.title).toBe('Mijn werk – Schakel');
  });

  it('noemt de komende werklijsten zonder knoppen die niets doen', async () => {
    render(<MijnWerk api={apiDie(Promise.resolve(procesregisseur))} />);
    await screen.findByTestId('naam');
    const werk = screen.getByRole('region', { name: 'Werkvoorraad' });
    expect(werk.textContent).toMatch(/overdrachten, casusoverleggen en crisisdossiers/);
    expect(within(werk).queryAllByRole('button')).toHaveLength(0);
    expect(within(werk).queryAllByRole('link')).toHaveLength(0);
  });

  it('toont title en detail van de problem+json als de API faalt', async () => {
    const fout = new ApiFout('Geen toegang', 'Uw account is niet aan een organisatie gekoppeld.', 403, 'urn:uuid:1234');
    render(<MijnWerk api={apiDie(Promise.reject(fout))} />);
    const melding = await screen.findByRole('alert');
    expect(melding.textContent).toContain('Geen toegang');
    expect(melding.textContent).toContain('Uw account is niet aan een organisatie gekoppeld.');
    expect(melding.textContent).toContain('urn:uuid:1234');
  });
});

describe('App (paginaschil)', () => {
  it('heeft een skiplink, landmarks, één h1 en een werkende uitlogknop', async () => {
    const uitloggen = vi.fn();
    const fetchMock = vi.fn().mockImplementation(async () =>
      new Response(JSON.stringify(procesregisseur), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(<App sessie={{ naam: 'Fatima el Amrani', tokenBron: async () => 'token', uitloggen }} />);
    await screen.findByTestId('naam');
    const links = screen.getAllByRole('link');
    expect(links[0].textContent).toBe('Direct naar de inhoud');
    expect(links[0].getAttribute('href')).toBe('#inhoud');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main').id).toBe('inhoud');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toBeTruthy();
    expect(screen.getByRole('contentinfo')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    screen.getByRole('button', { name: 'Uitloggen' }).click();
    expect(uitloggen).toHaveBeenCalledOnce();
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBe('Bearer token');
    vi.unstubAllGlobals();
  });
});

describe('Foutpagina', () => {
  it('legt in het Nederlands uit wat er mis is, zonder uitlogknop', () => {
    render(
      <Foutpagina
        kop="Inloggen is nu niet mogelijk"
        fout={{ titel: 'De inlogdienst is niet bereikbaar', detail: 'Probeer het later opnieuw.', kenmerk: null }}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Inloggen is nu niet mogelijk');
    expect(screen.getByRole('alert').textContent).toContain('De inlogdienst is niet bereikbaar');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).toBeNull();
    expect(document.title).toBe('Inloggen is nu niet mogelijk – Schakel');
  });
});
