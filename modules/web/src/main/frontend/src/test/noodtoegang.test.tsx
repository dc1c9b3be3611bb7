import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigatieVoor } from '../App';
import { maakSchakelApi } from '../api/client';
import type { Noodtoegang as NoodtoegangItem } from '../api/noodtoegang';
import { bewaarVoorHerlogin } from '../auth/herlogin';
import { bronLink, controleerOordeel } from '../noodtoegang/labels';
import { Noodtoegang } from '../pages/Noodtoegang';
import { leesRoute } from '../router';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStorage.clear();
  window.location.hash = '';
});

const OVERDRACHT = '11111111-2222-3333-4444-555555555555';

function item(id: string, delen: Partial<NoodtoegangItem> = {}): NoodtoegangItem {
  return {
    id,
    bronType: 'OVERDRACHT',
    bronId: OVERDRACHT,
    bronPad: `/overdrachten/${OVERDRACHT}`,
    organisatie: 'CIT-JBRR',
    organisatieNaam: 'Crisis Interventie Team JBRR',
    medewerker: 'Ruben Jansen',
    reden: 'Acute onveiligheid: kind alleen thuis aangetroffen.\nMoeder niet bereikbaar.',
    geopendOp: '2026-12-02T10:00:00Z',
    vervaltOp: '2026-12-02T14:00:00Z',
    oordeel: 'OPEN',
    beoordelingen: [
      { beoordelaar: 'FG', beoordelaarNaam: 'Functionaris gegevensbescherming', status: 'OPEN' },
      { beoordelaar: 'VTRR', beoordelaarNaam: 'Veilig Thuis Rotterdam Rijnmond', status: 'OPEN' },
    ],
    mijnBeoordeling: 'VTRR',
    ...delen,
  };
}

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

function lijst(items: NoodtoegangItem[]) {
  return { _embedded: { noodtoegangen: items }, _links: {} };
}

/**
 * A fake API server behind `fetch`: the two queues, and what a POST answers (a function of the body, so a test can
 * answer 200 with the judged item or a problem). Returns the mock, to look at what was sent.
 */
function nepServer(opties: {
  open?: NoodtoegangItem[];
  beoordeeld?: NoodtoegangItem[];
  post?: (id: string, body: { oordeel: string; opmerking?: string }) => Response;
  lijstAntwoord?: () => Response;
}) {
  const fetchMock = vi.fn().mockImplementation(async (adres: string, init: RequestInit) => {
    const url = new URL(adres, 'http://localhost');
    if (init.method === 'POST') {
      const id = /\/noodtoegangen\/([^/]+)\/beoordeling$/.exec(url.pathname)?.[1] ?? '';
      return opties.post?.(decodeURIComponent(id), JSON.parse(String(init.body))) ?? json({}, 500);
    }
    if (opties.lijstAntwoord) return opties.lijstAntwoord();
    return json(lijst(url.searchParams.get('status') === 'BEOORDEELD' ? (opties.beoordeeld ?? []) : (opties.open ?? [])));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const api = () => maakSchakelApi(async () => 'tok');

function posts(fetchMock: ReturnType<typeof vi.fn>) {
  return fetchMock.mock.calls.filter(([, init]) => (init as RequestInit).method === 'POST');
}

function probleem(status: number, code: string, extra: Record<string, unknown> = {}) {
  return json({ title: 'Probleem', status, code, instance: 'urn:uuid:abc', ...extra }, status, 'application/problem+json');
}

describe('Noodtoegang beoordelen: de lijst', () => {
  it('toont wie, wanneer, tot wanneer, de hele reden en wat het betreft, met een link voor de eigenaar', async () => {
    const fetchMock = nepServer({ open: [item('n1')], beoordeeld: [] });
    render(<Noodtoegang api={api()} tab="te-beoordelen" />);

    const kaart = await screen.findByTestId('noodtoegang');
    expect(screen.getByRole('heading', { level: 1, name: 'Noodtoegang beoordelen' })).toBeTruthy();
    expect(document.title).toBe('Noodtoegang beoordelen – Schakel');
    expect(within(kaart).getByRole('heading', { level: 3 }).textContent).toBe(
      'Noodtoegang door Ruben Jansen (Crisis Interventie Team JBRR)',
    );
    // Dutch time (Europe/Amsterdam): 10:00Z is 11:00 in winter
    expect(within(kaart).getByTestId('geopend-op').textContent).toBe('2 december 2026 om 11:00');
    expect(within(kaart).getByTestId('geldig-tot').textContent).toBe('2 december 2026 om 15:00');
    expect(within(kaart).getByTestId('reden').textContent).toBe(
      'Acute onveiligheid: kind alleen thuis aangetroffen.\nMoeder niet bereikbaar.',
    );
    const betreft = within(kaart).getByTestId('betreft');
    expect(betreft.textContent).toMatch(/^Overdracht Openen/);
    expect(within(betreft).getByRole('link', { name: /^Openen/ }).getAttribute('href')).toBe(`#/overdrachten/${OVERDRACHT}`);
    // plain words: no codes or ids on screen
    expect(kaart.textContent).not.toMatch(/CIT-JBRR|VTRR|OVERDRACHT|n1/);
    expect(screen.getByTestId('tab-te-beoordelen').textContent).toBe('Te beoordelen (1)');
    expect(screen.getByTestId('tab-te-beoordelen').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('tab-beoordeeld').textContent).toBe('Beoordeeld (0)');

    const adressen = fetchMock.mock.calls.map(([adres]) => String(adres));
    expect(adressen).toContain('/api/v1/noodtoegangen?status=OPEN&paginaGrootte=100');
    expect(adressen).toContain('/api/v1/noodtoegangen?status=BEOORDEELD&paginaGrootte=100');
    expect((fetchMock.mock.calls[0][1] as RequestInit).headers).toMatchObject({ Authorization: 'Bearer tok' });
  });

  it('markeert een opening buiten kantooruren, en alleen die', async () => {
    nepServer({
      open: [item('n1', { geopendOp: '2026-12-02T02:10:00Z', buitenKantooruren: true }), item('n2', { medewerker: 'Overdag' })],
      beoordeeld: [],
    });
    render(<Noodtoegang api={api()} tab="te-beoordelen" />);

    const kaarten = await screen.findAllByTestId('noodtoegang');
    const nacht = kaarten.find((k) => within(k).queryByTestId('buiten-kantooruren'));
    expect(within(nacht!).getByTestId('geopend-op').textContent).toBe('2 december 2026 om 03:10');
    expect(within(nacht!).getByTestId('buiten-kantooruren').textContent).toBe('buiten kantooruren');
    expect(kaarten.filter((k) => within(k).queryByTestId('buiten-kantooruren'))).toHaveLength(1);
  });

  it('geeft de functionaris gegevensbescherming geen link naar de zaak', async () => {
    nepServer({ open: [item('n1', { mijnBeoordeling: 'FG' })] });
    render(<Noodtoegang api={api()} tab="te-beoordelen" />);
    const kaart = await screen.findByTestId('noodtoegang');
    expect(within(kaart).getByTestId('betreft').textContent).toBe('Overdracht');
    expect(within(kaart).queryByRole('link')).toBeNull();
  });

  it('linkt alleen naar schermen die de app kent', () => {
    expect(bronLink({ bronPad: `/overdrachten/${OVERDRACHT}`, mijnBeoordeling: 'VTRR' })).toBe(`#/overdrachten/${OVERDRACHT}`);
    expect(bronLink({ bronPad: '/crisisdossiers/c1', mijnBeoordeling: 'CIT-JBRR' })).toBe('#/crisisdossiers/c1');
    expect(bronLink({ bronPad: '/iets/anders', mijnBeoordeling: 'VTRR' })).toBeNull();
    expect(bronLink({ bronPad: null, mijnBeoordeling: 'VTRR' })).toBeNull();
    expect(bronLink({ bronPad: `/overdrachten/${OVERDRACHT}`, mijnBeoordeling: 'FG' })).toBeNull();
  });

  it('zegt het als er niets te beoordelen is, en als er nog niets beoordeeld is', async () => {
    nepServer({ open: [], beoordeeld: [] });
    const { rerender } = render(<Noodtoegang api={api()} tab="te-beoordelen" />);
    expect((await screen.findByTestId('noodtoegang-leeg')).textContent).toBe('Er wacht geen noodtoegang op uw oordeel.');
    rerender(<Noodtoegang api={api()} tab="beoordeeld" />);
    await waitFor(() =>
      expect(screen.getByTestId('noodtoegang-leeg').textContent).toBe('U heeft nog geen noodtoegang beoordeeld.'),
    );
  });

  it('toont een fout van de API zoals elders, maar zonder rolnamen of regels bij 403', async () => {
    nepServer({
      lijstAntwoord: () =>
        probleem(403, 'TGN-001', { title: 'Geen toegang', detail: 'Vereist een van de rollen [functionaris-gegevensbescherming].' }),
    });
    render(<Noodtoegang api={api()} tab="te-beoordelen" />);
    const melding = await screen.findByRole('alert');
    expect(melding.textContent).toContain('U kunt geen noodtoegang beoordelen');
    expect(melding.textContent).toContain('Kenmerk voor de servicedesk: abc');
    expect(melding.textContent).not.toMatch(/functionaris-gegevensbescherming|TGN/);
  });

  it('toont title en detail van andere fouten', async () => {
    nepServer({ lijstAntwoord: () => probleem(503, 'API-503', { title: 'Storing', detail: 'Onderhoud tot 14:00.' }) });
    render(<Noodtoegang api={api()} tab="te-beoordelen" />);
    const melding = await screen.findByRole('alert');
    expect(melding.textContent).toContain('Storing');
    expect(melding.textContent).toContain('Onderhoud tot 14:00.');
    expect(melding.textContent).toContain('Kenmerk voor de servicedesk');
  });
});

describe('Noodtoegang beoordelen: het oordeel geven', () => {
  it('legt "gerechtvaardigd" vast zonder opmerking; de noodtoegang gaat naar Beoordeeld', async () => {
    const fetchMock = nepServer({
      open: [item('n1'), item('n2', { medewerker: 'Eva Smit', organisatieNaam: 'Filomena' })],
      post: (id, body) =>
        json(
          item(id, {
            beoordelingen: [
              { beoordelaar: 'FG', beoordelaarNaam: 'Functionaris gegevensbescherming', status: 'OPEN' },
              {
                beoordelaar: 'VTRR',
                beoordelaarNaam: 'Veilig Thuis Rotterdam Rijnmond',
                status: body.oordeel as 'GERECHTVAARDIGD',
                beoordeeldDoor: 'Sanne Verbeek',
                beoordeeldOp: '2026-12-03T08:30:00Z',
              },
            ],
          }),
        ),
    });
    const schakelApi = api();
    const { rerender } = render(<Noodtoegang api={schakelApi} tab="te-beoordelen" />);
    const kaart = (await screen.findAllByTestId('noodtoegang')).find((k) => k.dataset.id === 'n1')!;
    fireEvent.click(within(kaart).getByLabelText('Gerechtvaardigd'));
    fireEvent.click(within(kaart).getByRole('button', { name: 'Oordeel vastleggen' }));

    expect(
      (await screen.findByText('Uw oordeel is vastgelegd: gerechtvaardigd. U vindt de noodtoegang nu onder Beoordeeld.')).textContent,
    ).toBeTruthy();
    const [[adres, init]] = posts(fetchMock);
    expect(adres).toBe('/api/v1/noodtoegangen/n1/beoordeling');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ oordeel: 'GERECHTVAARDIGD' });
    expect((init as RequestInit).headers).toMatchObject({ Authorization: 'Bearer tok', 'Content-Type': 'application/json' });
    expect(screen.getAllByTestId('noodtoegang').map((k) => k.dataset.id)).toEqual(['n2']);
    expect(screen.getByTestId('tab-te-beoordelen').textContent).toBe('Te beoordelen (1)');
    expect(screen.getByTestId('tab-beoordeeld').textContent).toBe('Beoordeeld (1)');

    rerender(<Noodtoegang api={schakelApi} tab="beoordeeld" />);
    const beoordeeld = screen.getByTestId('noodtoegang');
    expect(beoordeeld.dataset.id).toBe('n1');
    const regels = within(beoordeeld).getAllByTestId('beoordeling');
    expect(regels[1].textContent).toContain('Veilig Thuis Rotterdam Rijnmond (uw beoordeling):');
    expect(regels[1].textContent).toContain('Gerechtvaardigd – Sanne Verbeek, 3 december 2026 om 09:30');
    expect(regels[0].textContent).toContain('Functionaris gegevensbescherming: … Nog niet beoordeeld');
    expect(beoordeeld.dataset.oordeel).toBe('OPEN');
    expect(within(beoordeeld).getByTestId('oordeel').textContent).toContain('Nog niet door iedereen beoordeeld');
  });

  it('vraagt een opmerking bij "niet gerechtvaardigd", naast het veld, zonder iets te sturen', async () => {
    const fetchMock = nepServer({
      open: [item('n1')],
      post: (id, body) => json(item(id, { oordeel: body.oordeel as 'NIET_GERECHTVAARDIGD' })),
    });
    render(<Noodtoegang api={api()} tab="te-beoordelen" />);
    const kaart = await screen.findByTestId('noodtoegang');
    const knop = within(kaart).getByRole('button', { name: 'Oordeel vastleggen' });

    // nothing chosen: the error is next to the choice
    fireEvent.click(knop);
    const keuze = within(kaart).getByRole('group', { name: /Was deze noodtoegang gerechtvaardigd\?/ });
    expect(document.getElementById(`${keuze.id}-fout`)?.textContent).toContain('Kies of de noodtoegang gerechtvaardigd was.');
    expect(document.activeElement).toBe(keuze);

    fireEvent.click(within(kaart).getByLabelText('Niet gerechtvaardigd'));
    fireEvent.change(within(kaart).getByLabelText(/^Opmerking/), { target: { value: '   ' } });
    fireEvent.click(knop);
    const opmerking = within(kaart).getByLabelText(/^Opmerking/) as HTMLTextAreaElement;
    expect(within(kaart).getByText('Opmerking').parentElement?.textContent).toBe('Opmerking (verplicht)');
    expect(opmerking.getAttribute('aria-invalid')).toBe('true');
    const foutId = opmerking.getAttribute('aria-describedby')!.split(' ').find((i) => i.endsWith('-fout'))!;
    expect(document.getElementById(foutId)?.textContent).toContain('Vul in waarom de noodtoegang niet gerechtvaardigd was.');
    expect(document.activeElement).toBe(opmerking);
    expect(posts(fetchMock)).toHaveLength(0);
    expect(document.getElementById(`${keuze.id}-fout`)).toBeNull();

    fireEvent.change(opmerking, { target: { value: 'Geen acute situatie; had via Veilig Thuis gekund.' } });
    fireEvent.click(knop);
    await screen.findByText(/Uw oordeel is vastgelegd: niet gerechtvaardigd\./);
    expect(JSON.parse(String((posts(fetchMock)[0][1] as RequestInit).body))).toEqual({
      oordeel: 'NIET_GERECHTVAARDIGD',
      opmerking: 'Geen acute situatie; had via Veilig Thuis gekund.',
    });
  });

  it('controleert de lengte van de opmerking', () => {
    expect(controleerOordeel({ oordeel: 'GERECHTVAARDIGD', opmerking: 'x'.repeat(1001) }).opmerking).toBe(
      'De opmerking is te lang: ten hoogste 1000 tekens (nu 1001).',
    );
    expect(controleerOordeel({ oordeel: 'GERECHTVAARDIGD', opmerking: '' })).toEqual({});
    expect(controleerOordeel({ oordeel: 'NIET_GERECHTVAARDIGD', opmerking: 'x'.repeat(1000) })).toEqual({});
  });

  it('zet de opmerking-fout van de API (TGN-005) naast het veld en houdt de invoer', async () => {
    nepServer({
      open: [item('n1')],
      post: () =>
        probleem(400, 'TGN-005', {
          title: 'De opmerking ontbreekt',
          detail: 'Bij niet gerechtvaardigd hoort een opmerking.',
          invalidParams: [{ name: 'opmerking', reason: 'Verplicht, ten hoogste 1000 tekens.' }],
        }),
    });
    render(<Noodtoegang api={api()} tab="te-beoordelen" />);
    const kaart = await screen.findByTestId('noodtoegang');
    fireEvent.click(within(kaart).getByLabelText('Niet gerechtvaardigd'));
    fireEvent.change(within(kaart).getByLabelText(/^Opmerking/), { target: { value: 'Te kort?' } });
    fireEvent.click(within(kaart).getByRole('button', { name: 'Oordeel vastleggen' }));

    const melding = await within(kaart).findByRole('alert');
    expect(melding.textContent).toContain('De opmerking ontbreekt');
    expect(melding.textContent).not.toContain('opmerking:');
    const opmerking = within(kaart).getByLabelText(/^Opmerking/) as HTMLTextAreaElement;
    expect(opmerking.getAttribute('aria-invalid')).toBe('true');
    expect(kaart.textContent).toContain('Verplicht, ten hoogste 1000 tekens.');
    expect(opmerking.value).toBe('Te kort?');
    expect((within(kaart).getByLabelText('Niet gerechtvaardigd') as HTMLInputElement).checked).toBe(true);
  });

  it('meldt bij 409 dat de noodtoegang al beoordeeld is en werkt de lijst bij', async () => {
    // a colleague of the same organisation judged it meanwhile: the server answers 409, the lists have moved on
    let beoordeeldDoorCollega = false;
    const doorCollega = item('n1', {
      beoordelingen: [
        { beoordelaar: 'FG', beoordelaarNaam: 'Functionaris gegevensbescherming', status: 'OPEN' },
        { beoordelaar: 'VTRR', beoordelaarNaam: 'Veilig Thuis Rotterdam Rijnmond', status: 'GERECHTVAARDIGD', beoordeeldDoor: 'Collega' },
      ],
    });
    const fetchMock = vi.fn().mockImplementation(async (adres: string, init: RequestInit) => {
      if (init.method === 'POST') {
        beoordeeldDoorCollega = true;
        return probleem(409, 'TGN-006', { title: 'Al beoordeeld', detail: 'TGN-006: beoordeling VTRR bestaat al.' });
      }
      const open = new URL(adres, 'http://localhost').searchParams.get('status') === 'OPEN';
      if (beoordeeldDoorCollega) return json(lijst(open ? [] : [doorCollega]));
      return json(lijst(open ? [item('n1')] : []));
    });
    vi.stubGlobal('fetch', fetchMock);

    render(<Noodtoegang api={api()} tab="te-beoordelen" />);
    const kaart = await screen.findByTestId('noodtoegang');
    fireEvent.click(within(kaart).getByLabelText('Gerechtvaardigd'));
    fireEvent.click(within(kaart).getByRole('button', { name: 'Oordeel vastleggen' }));

    const melding = await screen.findByRole('alert');
    expect(melding.textContent).toContain('Deze noodtoegang is al beoordeeld');
    expect(melding.textContent).toContain('U vindt het onder Beoordeeld.');
    expect(melding.textContent).toContain('Kenmerk voor de servicedesk: abc');
    expect(melding.textContent).not.toContain('TGN-006');
    await waitFor(() => expect(screen.getByTestId('tab-beoordeeld').textContent).toBe('Beoordeeld (1)'));
    expect(screen.queryByTestId('noodtoegang')).toBeNull();
    expect(screen.getByTestId('noodtoegang-leeg').textContent).toBe('Er wacht geen noodtoegang op uw oordeel.');
  });

  it('houdt het getypte oordeel vast bij een gedwongen herlogin', async () => {
    nepServer({ open: [item('n1'), item('n2')] });
    const eerste = render(<Noodtoegang api={api()} tab="te-beoordelen" />);
    const kaart = (await screen.findAllByTestId('noodtoegang')).find((k) => k.dataset.id === 'n2')!;
    fireEvent.click(within(kaart).getByLabelText('Niet gerechtvaardigd'));
    fireEvent.change(within(kaart).getByLabelText(/^Opmerking/), { target: { value: 'Half getypt' } });

    bewaarVoorHerlogin(); // what the token source does just before sending the user to the login page
    eerste.unmount();
    render(<Noodtoegang api={api()} tab="te-beoordelen" />);

    const terug = (await screen.findAllByTestId('noodtoegang')).find((k) => k.dataset.id === 'n2')!;
    expect((within(terug).getByLabelText(/^Opmerking/) as HTMLTextAreaElement).value).toBe('Half getypt');
    expect((within(terug).getByLabelText('Niet gerechtvaardigd') as HTMLInputElement).checked).toBe(true);
    const ander = (await screen.findAllByTestId('noodtoegang')).find((k) => k.dataset.id === 'n1')!;
    expect((within(ander).getByLabelText(/^Opmerking/) as HTMLTextAreaElement).value).toBe('');
    expect(sessionStorage.getItem('schakel.herlogin.noodtoegang')).toBeNull();
  });
});

describe('Noodtoegang beoordelen: Beoordeeld', () => {
  const afgekeurd = item('n9', {
    oordeel: 'NIET_GERECHTVAARDIGD',
    mijnBeoordeling: 'FG',
    beoordelingen: [
      {
        beoordelaar: 'FG',
        beoordelaarNaam: 'Functionaris gegevensbescherming',
        status: 'NIET_GERECHTVAARDIGD',
        beoordeeldDoor: 'Marieke de Wit',
        beoordeeldOp: '2026-12-02T11:15:00Z',
        opmerking: 'Geen acute situatie.',
      },
      {
        beoordelaar: 'VTRR',
        beoordelaarNaam: 'Veilig Thuis Rotterdam Rijnmond',
        status: 'GERECHTVAARDIGD',
        beoordeeldDoor: 'Sanne Verbeek',
        beoordeeldOp: '2026-12-02T12:00:00Z',
      },
    ],
  });
  const goedgekeurd = item('n8', {
    oordeel: 'GERECHTVAARDIGD',
    geopendOp: '2026-11-30T10:00:00Z',
    beoordelingen: [
      { beoordelaar: 'FG', beoordelaarNaam: 'Functionaris gegevensbescherming', status: 'GERECHTVAARDIGD' },
      { beoordelaar: 'VTRR', beoordelaarNaam: 'Veilig Thuis Rotterdam Rijnmond', status: 'GERECHTVAARDIGD' },
    ],
  });

  it('markeert een niet-gerechtvaardigde noodtoegang onmiskenbaar: tekst, symbool en kop, niet alleen kleur', async () => {
    nepServer({ open: [], beoordeeld: [goedgekeurd, afgekeurd] });
    render(<Noodtoegang api={api()} tab="beoordeeld" />);
    const kaarten = await screen.findAllByTestId('noodtoegang');
    // newest first
    expect(kaarten.map((k) => k.dataset.id)).toEqual(['n9', 'n8']);
    const [niet, wel] = kaarten;

    expect(niet.dataset.oordeel).toBe('NIET_GERECHTVAARDIGD');
    expect(niet.className).toContain('schakel-noodtoegang--niet-gerechtvaardigd');
    expect(within(niet).getByRole('heading', { level: 3 }).textContent).toContain('oordeel: Niet gerechtvaardigd');
    expect(within(niet).getByTestId('oordeel').textContent).toBe('✕ Niet gerechtvaardigd');
    expect(within(niet).getByTestId('niet-gerechtvaardigd-uitleg').textContent).toContain(
      'ten minste één beoordelaar vond deze noodtoegang niet gerechtvaardigd',
    );
    const regels = within(niet).getAllByTestId('beoordeling');
    expect(regels[0].textContent).toBe(
      'Functionaris gegevensbescherming (uw beoordeling): ✕ Niet gerechtvaardigd – Marieke de Wit, 2 december 2026 om 12:15Opmerking: Geen acute situatie.',
    );
    expect(regels[1].textContent).toContain('Veilig Thuis Rotterdam Rijnmond: ✓ Gerechtvaardigd – Sanne Verbeek');
    expect(within(niet).queryByRole('button')).toBeNull();
    expect(within(niet).queryByRole('link')).toBeNull();

    expect(wel.dataset.oordeel).toBe('GERECHTVAARDIGD');
    expect(within(wel).getByTestId('oordeel').textContent).toBe('✓ Gerechtvaardigd');
    expect(within(wel).queryByTestId('niet-gerechtvaardigd-uitleg')).toBeNull();
    expect(wel.className).not.toContain('niet-gerechtvaardigd');
    expect(within(wel).getByRole('link', { name: /^Openen/ })).toBeTruthy();
  });
});

describe('Noodtoegang beoordelen: menu en route', () => {
  it('staat in het menu van de functionaris gegevensbescherming en van de procesregisseur, niet bij anderen', () => {
    const fg = navigatieVoor(['functionaris-gegevensbescherming'], { naam: 'noodtoegang', tab: 'beoordeeld' });
    expect(fg.map((i) => i.label)).toEqual(['Mijn werk', 'Noodtoegang beoordelen', 'Logboek', 'Verwerkingsregister', 'Vernietiging', 'Termijnen van verzoeken']);
    expect(fg.find((i) => i.actief)?.href).toBe('#/noodtoegang');
    expect(navigatieVoor(['procesregisseur'], { naam: 'mijn-werk' }).map((i) => i.label)).toContain('Noodtoegang beoordelen');
    for (const rol of ['wijkteammedewerker', 'cit-medewerker', 'teamleider', 'crisismedewerker']) {
      expect(navigatieVoor([rol], { naam: 'mijn-werk' }).map((i) => i.label)).not.toContain('Noodtoegang beoordelen');
    }
  });

  it('heeft een route per tab', () => {
    expect(leesRoute('#/noodtoegang')).toEqual({ naam: 'noodtoegang', tab: 'te-beoordelen' });
    expect(leesRoute('#/noodtoegang/beoordeeld')).toEqual({ naam: 'noodtoegang', tab: 'beoordeeld' });
  });
});
