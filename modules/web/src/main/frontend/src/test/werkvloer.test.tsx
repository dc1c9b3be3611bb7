import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchakelApi } from '../api/client';
import type { Overdracht, OverdrachtSamenvatting, Toegang } from '../api/overdracht';
import { Achtergehouden } from '../components/InhoudWeergave';
import { Pagina } from '../components/Pagina';
import { navigatieVoor } from '../App';
import { Partnerregister } from '../beheer/Partnerregister';
import { leesRoute } from '../router';
import { veiligheidsbeoordelingTermijn } from '../overdracht/termijn';
import { Inbox } from '../pages/Inbox';
import { OverdrachtDetail } from '../pages/OverdrachtDetail';
import { Versturen } from '../pages/Versturen';

/** Issue 11's rest: what the professionals' daily work stumbled over (focus, announcements, words, deadlines). */

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

const ID = '2e255cde-1111-4222-8333-444444444444';

function api(delen: Partial<SchakelApi>): SchakelApi {
  return {
    mij: vi.fn(),
    overdrachten: vi.fn().mockResolvedValue([]),
    overdracht: vi.fn(),
    toegang: vi.fn().mockResolvedValue([]),
    voorbeeld: vi.fn(),
    verzend: vi.fn(),
    stap: vi.fn(),
    planWarmeOverdracht: vi.fn(),
    organisaties: vi.fn().mockResolvedValue([]),
    monitoringmomenten: vi.fn().mockResolvedValue([]),
    ...delen,
  } as SchakelApi;
}

const overdracht = (status: Overdracht['status'], extra: Partial<Overdracht> = {}): Overdracht => ({
  id: ID,
  versie: 3,
  laatstGewijzigd: '2026-11-25T10:00:00Z',
  status,
  eigenaarOrganisatie: 'VTRR',
  ontvangendeOrganisatie: status === 'CONCEPT' ? null : 'WT-RDAM-FEIJ',
  gedeeldeCategorieen: ['IDENTITEIT', 'VEILIGHEID'],
  verzondenOp: status === 'CONCEPT' ? null : '2026-11-20T10:00:00Z',
  inhoud: { aanleiding: { meldingSamenvatting: 'Geschreeuw' } },
  achtergehouden: [],
  ...extra,
});

const toegang = (reden: 'EIGENAAR' | 'ONTVANGER'): Toegang => ({
  reden,
  doel: 'OVERDRACHT',
  categorieen: ['IDENTITEIT', 'VEILIGHEID'],
  organisatie: reden === 'EIGENAAR' ? 'VTRR' : 'WT-RDAM-FEIJ',
  team: null,
  medewerker: null,
  geldigVan: '2026-11-20T10:00:00Z',
  geldigTot: null,
  noodtoegang: false,
  toelichting: null,
});

describe('woorden voor mensen', () => {
  it('schuift wat de afzender achterhield niet op het toegangsbeleid', () => {
    render(<Achtergehouden categorieen={['BSN', 'MELDER']} />);
    const tekst = screen.getByTestId('achtergehouden').textContent ?? '';
    expect(tekst).not.toContain('volgens het toegangsbeleid');
    expect(tekst).toContain('niet met u zijn gedeeld');
    expect(tekst).toContain('vraag ze dan na bij Veilig Thuis');
  });
});

describe('het logo', () => {
  it('heeft een toegankelijke naam die met de zichtbare tekst begint (WCAG 2.5.3)', () => {
    render(<Pagina>inhoud</Pagina>);
    const logo = screen.getByRole('link', { name: /^Schakel Samen veilig · Rotterdam Rijnmond, naar Mijn werk$/ });
    expect(logo.getAttribute('aria-label')).toBeNull();
  });
});

describe('inbox: een filterkeuze wordt uitgesproken', () => {
  it('meldt de gekozen groep en het aantal in een statusregel, en weer alles na nog een keer kiezen', async () => {
    const samenvatting = (id: string, status: OverdrachtSamenvatting['status']): OverdrachtSamenvatting => ({
      id,
      versie: 2,
      laatstGewijzigd: '2026-11-25T10:00:00Z',
      status,
      eigenaarOrganisatie: 'VTRR',
      ontvangendeOrganisatie: 'WT-RDAM-FEIJ',
      acceptatieVerlopen: false,
    });
    render(<Inbox api={api({ overdrachten: vi.fn().mockResolvedValue([samenvatting('a', 'VERZONDEN'), samenvatting('b', 'ONTVANGEN'), samenvatting('c', 'VERZONDEN')]) })} />);
    const status = await screen.findByTestId('filtermelding');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('');
    fireEvent.click(screen.getByTestId('telling-nieuw'));
    expect(status.textContent).toBe('Gefilterd op nieuw: 2 overdrachten.');
    fireEvent.click(screen.getByTestId('telling-in-behandeling'));
    expect(status.textContent).toBe('Gefilterd op in behandeling: 1 overdracht.');
    fireEvent.click(screen.getByTestId('telling-in-behandeling'));
    expect(status.textContent).toBe('Alle overdrachten getoond: 3 overdrachten.');
  });
});

describe('versturen: "kies een wijkteam" wordt uitgesproken', () => {
  it('zet de fout in een waarschuwing (role=alert) en op het veld, en verstuurt niets', async () => {
    const verzend = vi.fn();
    render(
      <Versturen
        id={ID}
        api={api({
          overdracht: vi.fn().mockResolvedValue(overdracht('CONCEPT')),
          organisaties: vi.fn().mockResolvedValue([{ id: 'x', code: 'WT-RDAM-FEIJ', naam: 'Wijkteam Feijenoord', type: 'WIJKTEAM' }]),
          verzend,
        })}
      />,
    );
    const veld = await screen.findByLabelText('Wijkteam (verplicht)');
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(screen.getByRole('alert').textContent).toBe('Het versturen is niet gelukt: Kies het wijkteam dat de overdracht ontvangt.');
    await waitFor(() => expect(document.activeElement).toBe(veld));
    expect(veld.getAttribute('aria-invalid')).toBe('true');
    expect(verzend).not.toHaveBeenCalled();
  });
});

describe('warme overdracht: de focus na opslaan', () => {
  it('gaat naar de melding dat het gepland is, niet naar de bovenkant van de pagina', async () => {
    const ontvangen = overdracht('ONTVANGEN');
    const planWarmeOverdracht = vi.fn().mockResolvedValue({
      ...ontvangen,
      versie: 4,
      warmeOverdracht: { datum: '2099-01-15', tijd: '10:30:00', plaats: 'Wijkteamkantoor' },
    });
    render(
      <OverdrachtDetail
        id={ID}
        mij={null}
        api={api({ overdracht: vi.fn().mockResolvedValue(ontvangen), toegang: vi.fn().mockResolvedValue([toegang('ONTVANGER')]), planWarmeOverdracht })}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Warme overdracht plannen' }));
    fireEvent.change(screen.getByLabelText(/^Datum/), { target: { value: '2099-01-15' } });
    fireEvent.change(screen.getByLabelText(/^Tijd/), { target: { value: '10:30' } });
    fireEvent.change(screen.getByLabelText(/^Plaats/), { target: { value: 'Wijkteamkantoor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Planning opslaan' }));
    await waitFor(() => expect(document.activeElement?.textContent).toContain('De warme overdracht is gepland.'));
    expect(document.activeElement).not.toBe(document.body);
  });
});

describe('termijnen die niet misleiden', () => {
  it('markeert een verlopen veiligheidsbeoordeling van een concept, en zegt na verzending of de termijn gehaald is', () => {
    expect(veiligheidsbeoordelingTermijn('2026-11-17', 'CONCEPT', null, '2026-11-25')).toEqual({
      tekst: '17 november 2026 – verlopen, nog niet verstuurd',
      verlopen: true,
    });
    expect(veiligheidsbeoordelingTermijn('2026-11-30', 'CONCEPT', null, '2026-11-25')).toEqual({ tekst: '30 november 2026', verlopen: false });
    expect(veiligheidsbeoordelingTermijn('2026-11-17', 'VERZONDEN', '2026-11-20T10:00:00Z', '2026-11-25')).toEqual({
      tekst: '17 november 2026 – pas verstuurd op 20 november 2026, na de termijn',
      verlopen: true,
    });
    expect(veiligheidsbeoordelingTermijn('2026-11-17', 'GEACCEPTEERD', '2026-11-16T23:30:00Z', '2026-11-25')).toEqual({
      tekst: '17 november 2026 – op tijd',
      verlopen: false,
    });
  });

  it('toont een verlopen termijn op de pagina nadrukkelijk', async () => {
    render(
      <OverdrachtDetail
        id={ID}
        mij={null}
        api={api({
          overdracht: vi.fn().mockResolvedValue(overdracht('CONCEPT', { veiligheidsbeoordelingUiterlijk: '2020-01-10' })),
          toegang: vi.fn().mockResolvedValue([toegang('EIGENAAR')]),
        })}
      />,
    );
    const termijn = await screen.findByTestId('veiligheidsbeoordeling-termijn');
    expect(termijn.textContent).toBe('10 januari 2020 – verlopen, nog niet verstuurd');
    expect(termijn.querySelector('strong.schakel-verlopen')).not.toBeNull();
  });

  it('biedt bij een concept geen "Intrekken" maar "Niet versturen", met een eigen vraag en melding', async () => {
    const stap = vi.fn().mockResolvedValue(overdracht('INGETROKKEN', { versie: 4 }));
    render(
      <OverdrachtDetail
        id={ID}
        mij={null}
        api={api({ overdracht: vi.fn().mockResolvedValue(overdracht('CONCEPT')), toegang: vi.fn().mockResolvedValue([toegang('EIGENAAR')]), stap })}
      />,
    );
    await screen.findByRole('heading', { name: 'Wat wilt u doen?' });
    expect(screen.queryByRole('button', { name: 'Intrekken' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Niet versturen' }));
    fireEvent.change(screen.getByLabelText(/Waarom verstuurt u dit concept niet/), { target: { value: 'Dubbel aangemaakt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Concept afsluiten' }));
    await waitFor(() => expect(stap).toHaveBeenCalledWith(ID, 'intrekking', 3, 'Dubbel aangemaakt'));
    expect(await screen.findByText('Het concept is afgesloten; het wordt niet verstuurd.')).toBeTruthy();
  });

  it('zegt bij de ontvangstbevestiging dat die blijft, en na bevestigen hoe een vergissing wordt hersteld', async () => {
    const { unmount } = render(
      <OverdrachtDetail
        id={ID}
        mij={null}
        api={api({ overdracht: vi.fn().mockResolvedValue(overdracht('VERZONDEN')), toegang: vi.fn().mockResolvedValue([toegang('ONTVANGER')]) })}
      />,
    );
    const knop = await screen.findByRole('button', { name: 'Ontvangst bevestigen' });
    expect(document.getElementById(knop.getAttribute('aria-describedby') ?? '')?.textContent).toContain('kan niet ongedaan worden gemaakt');
    unmount();
    render(
      <OverdrachtDetail
        id={ID}
        mij={null}
        api={api({ overdracht: vi.fn().mockResolvedValue(overdracht('ONTVANGEN')), toegang: vi.fn().mockResolvedValue([toegang('ONTVANGER')]) })}
      />,
    );
    const uitleg = await screen.findByTestId('uitleg-vergissing');
    expect(uitleg.textContent).toContain('Leg hem terug');
    expect(within(uitleg.closest('section')!).getByRole('button', { name: 'Terugleggen' })).toBeTruthy();
  });
});

describe('telefoon en papier', () => {
  // read as text: vitest replaces imported CSS with an empty string, and jsdom applies no media queries
  const stijl = readFileSync('src/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const blok = (media: string) => {
    const begin = stijl.indexOf(`@media ${media}`);
    expect(begin, `@media ${media}`).toBeGreaterThan(-1);
    let diepte = 0;
    for (let i = stijl.indexOf('{', begin); i < stijl.length; i++) {
      if (stijl[i] === '{') diepte++;
      if (stijl[i] === '}' && --diepte === 0) return stijl.slice(begin, i);
    }
    throw new Error('blok niet gesloten');
  };

  it('drukt geen kop, menu, knoppen of formulieren af', () => {
    const print = blok('print');
    for (const deel of ['.schakel-kop', '.schakel-navigatie', '.schakel-acties', 'button', 'form']) expect(print).toContain(deel);
    expect(print).toMatch(/display:\s*none\s*!important/);
  });

  it('maakt van een lijst overdrachten op een telefoon kaarten zonder zijwaarts scrollen, elke regel met zijn kolom', async () => {
    const telefoon = blok('(max-width: 30rem)');
    expect(telefoon).toMatch(/\.schakel-tabel--kaarten td\s*\{[^}]*white-space:\s*normal/);
    expect(telefoon).toContain('content: attr(data-kolom)');
    const o: OverdrachtSamenvatting = {
      id: ID, versie: 2, laatstGewijzigd: '2026-11-25T10:00:00Z', status: 'VERZONDEN', eigenaarOrganisatie: 'VTRR',
      ontvangendeOrganisatie: 'WT-RDAM-FEIJ', acceptatieVerlopen: false,
    };
    render(<Inbox api={api({ overdrachten: vi.fn().mockResolvedValue([o]) })} />);
    const tabel = await screen.findByTestId('overdrachten');
    expect(tabel.classList.contains('schakel-tabel--kaarten')).toBe(true);
    const kolommen = [...tabel.querySelectorAll('tbody td')].map((td) => td.getAttribute('data-kolom'));
    expect(kolommen).toEqual([null, 'Status', 'Van', 'Termijn', 'Laatst gewijzigd']);
  });
});

describe('de tegel Teruggelegd telt iets of staat er niet', () => {
  it('geeft een ontvanger in de inbox geen tegel die altijd 0 is: zijn terugleggingen staan op een eigen scherm', async () => {
    const wijkteam = { id: 'x', naam: 'Mo', gebruikersnaam: 'wt.feijenoord', organisatie: null, team: null, rollen: ['wijkteammedewerker'] };
    render(<Inbox api={api({})} mij={wijkteam} />);
    await screen.findByTestId('tellingen');
    expect(screen.queryByTestId('telling-teruggelegd')).toBeNull();
    // the explanation is replaced by the screen it pointed away from: "Door ons teruggelegd" in the menu
    expect(screen.queryByTestId('uitleg-teruggelegd')).toBeNull();
    expect(navigatieVoor(['wijkteammedewerker'], { naam: 'inbox' }).map((i) => i.label)).toContain('Door ons teruggelegd');
  });

  it('laat de crisisdienst van Veilig Thuis, wier eigen overdrachten het zijn, de tegel houden', async () => {
    const crisis = { id: 'y', naam: 'Crisis', gebruikersnaam: 'vt.crisis', organisatie: null, team: null, rollen: ['crisismedewerker'] };
    render(<Inbox api={api({})} mij={crisis} />);
    expect(await screen.findByTestId('telling-teruggelegd')).toBeTruthy();
    expect(screen.queryByTestId('uitleg-teruggelegd')).toBeNull();
  });
});

describe('beheer: het partnerregister', () => {
  it('geeft de functioneel beheerder een menu-item en een pagina met naam, code, soort en gemeenten bij naam, alleen-lezen met reden', async () => {
    expect(navigatieVoor(['functioneel-beheerder'], { naam: 'mijn-werk' }).map((i) => i.label)).toEqual(['Mijn werk', 'Partnerregister']);
    expect(navigatieVoor(['wijkteammedewerker'], { naam: 'mijn-werk' }).map((i) => i.label)).not.toContain('Partnerregister');
    expect(leesRoute('#/beheer/partners')).toEqual({ naam: 'partnerregister' });

    const organisaties = vi.fn().mockResolvedValue([
      { id: '1', code: 'WT-RDAM-FEIJ', naam: 'Wijkteam Feijenoord', type: 'WIJKTEAM', gemeenten: ['GM0599'] },
      { id: '2', code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', type: 'VEILIG_THUIS', gemeenten: [] },
    ]);
    const gemeenten = vi.fn().mockResolvedValue([{ code: 'GM0599', naam: 'Rotterdam' }]);
    render(<Partnerregister api={api({ organisaties, gemeenten })} />);
    const tabel = await screen.findByTestId('partners');
    const feij = tabel.querySelector('tr[data-code="WT-RDAM-FEIJ"]') as HTMLElement;
    await waitFor(() => expect(feij.textContent).toContain('Rotterdam'));
    expect(feij.textContent).toContain('Wijkteam Feijenoord');
    expect(feij.textContent).toContain('Wijkteam');
    expect(tabel.textContent).not.toContain('GM0599');
    expect(tabel.textContent).toContain('Veilig Thuis');
    expect(screen.getByTestId('alleen-lezen').textContent).toContain('niet wijzigen');
    expect(screen.queryByRole('button')).toBeNull();

    fireEvent.change(screen.getByLabelText('Zoek op naam of code'), { target: { value: 'feij' } });
    expect(screen.getByTestId('partneraantal').textContent).toBe('1 organisatie');
    expect(document.title).toBe('Partnerregister – Schakel');
  });
});
