import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Mij } from '../api/types';
import { App } from '../App';
import { Foutpagina } from '../components/Foutpagina';
import { MijnWerk, groepeer } from '../pages/MijnWerk';
import type { Werktegel } from '../api/werk';

afterEach(cleanup);

const procesregisseur: Mij = {
  id: 'c0a8-0001',
  naam: 'Fatima el Amrani',
  gebruikersnaam: 'vt.procesregisseur',
  organisatie: { code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', type: 'VEILIG_THUIS' },
  team: null,
  rollen: [{ code: 'procesregisseur', omschrijving: 'Procesregisseur Veilig Thuis' }],
};

const tegels: Werktegel[] = [
  { stroom: 'toegang', code: 'noodtoegang-te-beoordelen', titel: 'Noodtoegang te beoordelen', aantal: 1, vraagtAandacht: false, scherm: '#/noodtoegang' },
  { stroom: 'overdracht', code: 'verstuurd-concept', titel: 'Concepten, nog niet verstuurd', aantal: 2, vraagtAandacht: false, scherm: '#/verstuurd?groep=concept' },
  { stroom: 'overdracht', code: 'verstuurd-open', titel: 'Verstuurd, wacht op acceptatie', aantal: 3, vraagtAandacht: true, scherm: '#/verstuurd?groep=open' },
  { stroom: 'casusoverleg', code: 'acties-open', titel: 'Open acties', aantal: 0, vraagtAandacht: false, scherm: '#/casusoverleg/acties' },
];

/** The page's own API: only the work list (the shell fetches `/mij`; a page that fetched it again would fail here). */
function apiDie(werk: Promise<{ tegels: Werktegel[] }> = Promise.resolve({ tegels })): SchakelApi {
  return { mij: vi.fn().mockRejectedValue(new Error('de pagina haalt /mij niet zelf op')), mijnWerk: vi.fn().mockReturnValue(werk) } as unknown as SchakelApi;
}


/** A fetch stub for the shell: `/mij` answers with the given status (and counts), the work list with the tiles. */
function fetchDie(mijAntwoorden: (() => Response)[]) {
  let n = 0;
  return vi.fn().mockImplementation(async (url: string) => {
    if (url.endsWith('/mijn-werk')) return new Response(JSON.stringify({ tegels }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    return mijAntwoorden[Math.min(n++, mijAntwoorden.length - 1)]();
  });
}

const mijOk = () => new Response(JSON.stringify(procesregisseur), { status: 200, headers: { 'Content-Type': 'application/json' } });
const mijStoring = () =>
  new Response(JSON.stringify({ title: 'Storing', detail: 'Probeer het later.', status: 503 }), {
    status: 503,
    headers: { 'Content-Type': 'application/problem+json' },
  });

describe('MijnWerk', () => {
  it('toont wie er is ingelogd: naam, organisatie en rol in woorden, zonder codes of gebruikersnaam', async () => {
    render(<MijnWerk api={apiDie()} mij={procesregisseur} mijFout={null} onOpnieuw={vi.fn()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeTruthy();
    const naam = await screen.findByTestId('naam');
    expect(naam.textContent).toBe('Fatima el Amrani');
    const organisatie = screen.getByTestId('organisatie');
    expect(organisatie.textContent).toContain('Veilig Thuis Rotterdam Rijnmond');
    expect(organisatie.textContent).not.toContain('VTRR');
    const rollen = screen.getByTestId('rollen');
    expect(within(rollen).getByText('Procesregisseur Veilig Thuis')).toBeTruthy();
    expect(rollen.textContent).not.toContain('procesregisseur');
    expect(document.body.textContent).not.toContain('vt.procesregisseur');
    expect(document.querySelectorAll('code')).toHaveLength(0);
    expect(document.title).toBe('Mijn werk – Schakel');
  });

  it('toont de tegels per stroom als links met hun aantal, te laat in woorden', async () => {
    render(<MijnWerk api={apiDie()} mij={procesregisseur} mijFout={null} onOpnieuw={vi.fn()} />);
    const werk = screen.getByRole('region', { name: 'Werkvoorraad' });
    const overdracht = await within(werk).findByRole('region', { name: 'Overdracht' });
    const koppen = within(werk).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(koppen).toEqual(['Overdracht', 'Casusoverleg', 'Noodtoegang']);
    const open = within(overdracht).getByRole('link', { name: /Verstuurd, wacht op acceptatie/ });
    expect(open.getAttribute('href')).toBe('#/verstuurd?groep=open');
    expect(open.textContent).toContain('3');
    expect(open.textContent).toContain('Let op: termijn verstreken');
    const concept = within(overdracht).getByRole('link', { name: /Concepten/ });
    expect(concept.textContent).not.toContain('Let op');
  });

  it('zegt het als er voor de rol geen werk is, en meldt een fout van de werkvoorraad apart', async () => {
    const { unmount } = render(<MijnWerk api={apiDie(Promise.resolve({ tegels: [] }))} mij={procesregisseur} mijFout={null} onOpnieuw={vi.fn()} />);
    expect(await screen.findByText('Er staat voor uw rol geen werk in Schakel klaar.')).toBeTruthy();
    unmount();
    render(<MijnWerk api={apiDie(Promise.reject(new ApiFout('Storing', 'Probeer het later.', 503)))} mij={procesregisseur} mijFout={null} onOpnieuw={vi.fn()} />);
    const werk = screen.getByRole('region', { name: 'Werkvoorraad' });
    expect((await within(werk).findByRole('alert')).textContent).toContain('Storing');
    expect(await screen.findByTestId('naam')).toBeTruthy();
  });

  it('groepeert bekende stromen in vaste volgorde, onbekende erachter', () => {
    const vreemd = { ...tegels[0], stroom: 'nieuwe-stroom', code: 'x' };
    expect(groepeer([vreemd, ...tegels]).map((g) => g.kop)).toEqual(['Overdracht', 'Casusoverleg', 'Noodtoegang', 'Nieuwe-stroom']);
  });

  it('zet de vernietigingslijsten van de fg in een eigen groep na noodtoegang', () => {
    const vernietiging = { ...tegels[0], stroom: 'vernietiging', code: 'vernietiging-te-behandelen', scherm: '#/vernietiging' };
    const vreemd = { ...tegels[0], stroom: 'nieuwe-stroom', code: 'x' };
    expect(groepeer([vernietiging, vreemd, ...tegels]).map((g) => g.kop)).toEqual([
      'Overdracht',
      'Casusoverleg',
      'Noodtoegang',
      'Vernietiging',
      'Nieuwe-stroom',
    ]);
  });

  it('toont title en detail van de problem+json als /mij faalt, met een knop om het opnieuw te proberen', async () => {
    const fout = new ApiFout('Geen toegang', 'Uw account is niet aan een organisatie gekoppeld.', 403, 'urn:uuid:1234');
    const opnieuw = vi.fn();
    render(<MijnWerk api={apiDie()} mij={null} mijFout={fout} onOpnieuw={opnieuw} />);
    const melding = screen.getByRole('alert');
    expect(melding.textContent).toContain('Geen toegang');
    expect(melding.textContent).toContain('Uw account is niet aan een organisatie gekoppeld.');
    expect(melding.textContent).toContain('urn:uuid:1234');
    fireEvent.click(within(melding).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(opnieuw).toHaveBeenCalledOnce();
  });

  it('zegt dat de gegevens laden zolang /mij onderweg is', () => {
    render(<MijnWerk api={apiDie()} mij={null} mijFout={null} onOpnieuw={vi.fn()} />);
    expect(screen.getByText('Uw gegevens worden geladen…')).toBeTruthy();
    expect(screen.queryByTestId('naam')).toBeNull();
  });
});

describe('App (paginaschil)', () => {
  it('haalt /mij één keer op voor menu en Mijn werk samen', async () => {
    const fetchMock = fetchDie([mijOk]);
    vi.stubGlobal('fetch', fetchMock);
    render(<App sessie={{ naam: 'Fatima el Amrani', tokenBron: async () => 'token', uitloggen: vi.fn() }} />);
    expect((await screen.findByTestId('naam')).textContent).toBe('Fatima el Amrani');
    expect(await screen.findByRole('link', { name: 'Nieuwe overdracht' })).toBeTruthy();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/mij'))).toHaveLength(1);
    vi.unstubAllGlobals();
  });

  it('toont de fout van /mij op Mijn werk en haalt het na "Opnieuw proberen" nog eens op: dan volgen naam en menu', async () => {
    const fetchMock = fetchDie([mijStoring, mijOk]);
    vi.stubGlobal('fetch', fetchMock);
    render(<App sessie={{ naam: 'Fatima el Amrani', tokenBron: async () => 'token', uitloggen: vi.fn() }} />);
    const melding = await screen.findByRole('alert');
    expect(melding.textContent).toContain('Storing');
    expect(screen.queryByRole('link', { name: 'Nieuwe overdracht' })).toBeNull();
    fireEvent.click(within(melding).getByRole('button', { name: 'Opnieuw proberen' }));
    expect((await screen.findByTestId('naam')).textContent).toBe('Fatima el Amrani');
    expect(await screen.findByRole('link', { name: 'Nieuwe overdracht' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fetchMock.mock.calls.filter(([url]) => String(url).endsWith('/mij'))).toHaveLength(2);
    vi.unstubAllGlobals();
  });

  it('heeft een skiplink, landmarks, één h1 en een werkende uitlogknop', async () => {
    const uitloggen = vi.fn();
    const fetchMock = vi.fn().mockImplementation(async (url: string) =>
      new Response(JSON.stringify(url.endsWith('/mijn-werk') ? { tegels } : procesregisseur), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
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
