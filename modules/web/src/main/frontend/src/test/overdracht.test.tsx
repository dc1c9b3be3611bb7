import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigatieVoor } from '../App';
import type { SchakelApi } from '../api/client';
import { maakSchakelApi } from '../api/client';
import { ApiFout, foutUitAntwoord } from '../api/fouten';
import type { Overdracht, Voorbeeld } from '../api/overdracht';
import { NieuweOverdracht } from '../pages/NieuweOverdracht';
import { OverdrachtDetail } from '../pages/OverdrachtDetail';
import { Versturen } from '../pages/Versturen';
import { telPerBak } from '../pages/Inbox';
import { leesRoute } from '../router';
import { bewaarVoorHerlogin } from '../auth/herlogin';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

function api(delen: Partial<SchakelApi>): SchakelApi {
  return {
    mij: vi.fn(),
    stelOverdrachtOp: vi.fn(),
    overdrachten: vi.fn().mockResolvedValue([]),
    overdracht: vi.fn(),
    toegang: vi.fn().mockResolvedValue([]),
    voorbeeld: vi.fn(),
    verzend: vi.fn(),
    stap: vi.fn(),
    planWarmeOverdracht: vi.fn(),
    organisaties: vi.fn().mockResolvedValue([]),
    ...delen,
  } as SchakelApi;
}

const concept: Overdracht = {
  id: '11111111-2222-3333-4444-555555555555',
  versie: 1,
  laatstGewijzigd: '2026-11-25T10:00:00Z',
  status: 'CONCEPT',
  eigenaarOrganisatie: 'VTRR',
  ontvangendeOrganisatie: null,
  gedeeldeCategorieen: [],
  verzondenOp: null,
  inhoud: { aanleiding: { meldingSamenvatting: 'Geschreeuw' }, melder: { naam: 'Buurvrouw' } },
  achtergehouden: [],
};

describe('problem+json', () => {
  it('leest code en invalidParams', async () => {
    const fout = await foutUitAntwoord(
      new Response(
        JSON.stringify({
          title: 'Ongeldige inhoud',
          status: 400,
          code: 'OVD-001',
          invalidParams: [{ name: 'betrokkenen[0].bsn', reason: 'Geen geldig burgerservicenummer.' }],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    expect(fout.code).toBe('OVD-001');
    expect(fout.ongeldigeVelden).toEqual([{ name: 'betrokkenen[0].bsn', reason: 'Geen geldig burgerservicenummer.' }]);
  });

  it('stuurt een stap met Bearer-token, If-Match en de reden', async () => {
    const fetchMock = vi.fn().mockImplementation(
      async () => new Response(JSON.stringify({ ...concept, status: 'INGETROKKEN', versie: 2 }), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await maakSchakelApi(async () => 'tok').stap(concept.id, 'intrekking', 1, 'Dubbel');
    const [adres, opties] = fetchMock.mock.calls[0];
    expect(adres).toBe(`/api/v1/overdrachten/${concept.id}/intrekking`);
    expect(opties.method).toBe('POST');
    expect(opties.headers).toMatchObject({ Authorization: 'Bearer tok', 'If-Match': '"1"', 'Content-Type': 'application/json' });
    expect(JSON.parse(opties.body)).toEqual({ reden: 'Dubbel' });
  });
});

describe('Nieuwe overdracht', () => {
  it('houdt het half ingevulde formulier vast bij een gedwongen herlogin, en niet meer na opslaan', async () => {
    const eerste = render(<NieuweOverdracht api={api({})} />);
    fireEvent.change(screen.getByLabelText('Samenvatting van de melding'), { target: { value: 'Geschreeuw' } });

    bewaarVoorHerlogin(); // what the token source does just before sending the user to the login page
    eerste.unmount();
    const stelOp = vi.fn().mockResolvedValue({ ...concept, id: 'nieuw-1' });
    render(<NieuweOverdracht api={api({ stelOverdrachtOp: stelOp })} />);

    expect((screen.getByLabelText('Samenvatting van de melding') as HTMLTextAreaElement).value).toBe('Geschreeuw');
    fireEvent.change(screen.getByLabelText('Rol (verplicht)'), { target: { value: 'SLACHTOFFER' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    await waitFor(() => expect(stelOp).toHaveBeenCalled());
    await waitFor(() => expect(window.location.hash).toBe('#/overdrachten/nieuw-1'));
    bewaarVoorHerlogin();
    expect(sessionStorage.getItem('schakel.herlogin.nieuwe-overdracht:nieuw')).toBeNull();
  });

  it('zet de fouten van de API naast de velden en houdt de invoer', async () => {
    const stelOp = vi.fn().mockRejectedValue(
      new ApiFout('De inhoud klopt niet', 'Controleer de velden.', 400, 'urn:uuid:9', 'OVD-001', [
        { name: 'aanleiding.meldingDatum', reason: 'Ligt in de toekomst.' },
        { name: 'betrokkenen[0].identiteit.achternaam', reason: 'Ten hoogste 200 tekens.' },
      ]),
    );
    render(<NieuweOverdracht api={api({ stelOverdrachtOp: stelOp })} />);
    fireEvent.change(screen.getByLabelText('Samenvatting van de melding'), { target: { value: 'Geschreeuw' } });
    fireEvent.change(screen.getByLabelText('Rol (verplicht)'), { target: { value: 'SLACHTOFFER' } });
    fireEvent.change(screen.getByLabelText('Achternaam'), { target: { value: 'Heel lang' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als concept' }));

    const samenvatting = await screen.findByRole('alert');
    expect(samenvatting.textContent).toContain('De inhoud klopt niet');
    expect(samenvatting.textContent).toContain('Datum van de melding: Ligt in de toekomst.');
    expect(samenvatting.textContent).toContain('urn:uuid:9');
    const achternaam = screen.getByLabelText('Achternaam') as HTMLInputElement;
    expect(achternaam.getAttribute('aria-invalid')).toBe('true');
    const foutId = achternaam.getAttribute('aria-describedby')!;
    expect(document.getElementById(foutId)?.textContent).toContain('Ten hoogste 200 tekens.');
    expect(achternaam.value).toBe('Heel lang');
    expect((screen.getByLabelText('Samenvatting van de melding') as HTMLTextAreaElement).value).toBe('Geschreeuw');
    expect(stelOp).toHaveBeenCalledOnce();
    expect(stelOp.mock.calls[0][0].betrokkenen[0]).toMatchObject({ rol: 'SLACHTOFFER', identiteit: { achternaam: 'Heel lang' } });
  });

  it('controleert eerst zelf en stuurt niets zolang een betrokkene geen rol heeft', async () => {
    const stelOp = vi.fn();
    render(<NieuweOverdracht api={api({ stelOverdrachtOp: stelOp })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    const samenvatting = await screen.findByRole('alert');
    expect(samenvatting.textContent).toContain('Betrokkene 1: Rol: Kies de rol van deze betrokkene.');
    expect(stelOp).not.toHaveBeenCalled();
  });

  it('voegt betrokkenen toe en verwijdert ze', () => {
    render(<NieuweOverdracht api={api({})} />);
    fireEvent.click(screen.getByRole('button', { name: 'Betrokkene toevoegen' }));
    expect(screen.getByRole('group', { name: 'Betrokkene 2' })).toBeTruthy();
    fireEvent.change(within(screen.getByRole('group', { name: 'Betrokkene 2' })).getByLabelText('Voornaam'), {
      target: { value: 'Tweede' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Betrokkene 1 verwijderen' }));
    expect(screen.queryByRole('group', { name: 'Betrokkene 2' })).toBeNull();
    expect((within(screen.getByRole('group', { name: 'Betrokkene 1' })).getByLabelText('Voornaam') as HTMLInputElement).value).toBe(
      'Tweede',
    );
  });
});

describe('Versturen', () => {
  it('biedt alleen de categorieën die het beleid toestaat, BSN en afgeschermd adres pas als gekozen, met reden', async () => {
    const voorbeeld = vi.fn().mockImplementation(async (_id: string, _voor: string, categorieen: string[] | null): Promise<Voorbeeld> => ({
      id: concept.id,
      versie: 1,
      voor: 'WT-RDAM-FEIJ',
      categorieen: (categorieen as Voorbeeld['categorieen']) ?? ['IDENTITEIT', 'BSN', 'ADRES_AFGESCHERMD', 'VEILIGHEID'],
      inhoud: { aanleiding: { meldingSamenvatting: 'Geschreeuw' } },
      achtergehouden: categorieen ? ['BSN', 'MELDER'] : ['MELDER'],
    }));
    const verzend = vi.fn().mockResolvedValue({ ...concept, status: 'VERZONDEN', versie: 2 });
    render(
      <Versturen
        id={concept.id}
        api={api({
          overdracht: vi.fn().mockResolvedValue(concept),
          organisaties: vi.fn().mockResolvedValue([{ id: 'x', code: 'WT-RDAM-FEIJ', naam: 'Wijkteam Feijenoord', type: 'WIJKTEAM' }]),
          voorbeeld,
          verzend,
        })}
        mij={{ id: 's1', naam: 'Sanne de Vries', gebruikersnaam: 'vt.procesregisseur', organisatie: null, team: null, rollen: ['procesregisseur'] }}
      />,
    );
    fireEvent.change(await screen.findByLabelText('Wijkteam (verplicht)'), { target: { value: 'WT-RDAM-FEIJ' } });
    // whom the wijkteam calls at Veilig Thuis: the sender by name (from its login), the work number typed
    expect((screen.getByLabelText('Naam (verplicht)') as HTMLInputElement).value).toBe('Sanne de Vries');
    fireEvent.change(screen.getByLabelText('Telefoonnummer (werk) (verplicht)'), { target: { value: '010-799 12 34' } });
    const groep = await screen.findByRole('group', { name: 'Gegevenscategorieën' });
    const vakjes = within(groep).getAllByRole('checkbox') as HTMLInputElement[];
    expect(vakjes).toHaveLength(4);
    expect(vakjes.filter((v) => v.checked)).toHaveLength(2);
    expect((within(groep).getByLabelText(/Burgerservicenummer/) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByTestId('nooit-toegestaan').textContent).toContain('Gegevens van de melder');
    // the preview is of the default choice, and says what is not shared
    await waitFor(() => expect(voorbeeld).toHaveBeenLastCalledWith(concept.id, 'WT-RDAM-FEIJ', ['IDENTITEIT', 'VEILIGHEID'], expect.anything()));
    expect((await screen.findByTestId('bewust-gedeeld')).textContent).toBe(
      'Het BSN wordt niet gedeeld. Het afgeschermde adres wordt niet gedeeld.',
    );

    fireEvent.click(within(groep).getByLabelText(/[Aa]fgeschermd adres/));
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Vul kort in waarom het wijkteam het afgeschermde adres nodig heeft.')).toBeTruthy();
    expect(verzend).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/Waarom heeft het wijkteam het afgeschermde adres nodig/), {
      target: { value: 'Huisbezoek op de opvanglocatie.' },
    });
    await waitFor(() => expect(screen.getByTestId('bewust-gedeeld').textContent).toContain('de reden wordt vastgelegd'));
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await waitFor(() =>
      expect(verzend).toHaveBeenCalledWith(
        concept.id,
        1,
        'WT-RDAM-FEIJ',
        ['IDENTITEIT', 'ADRES_AFGESCHERMD', 'VEILIGHEID'],
        { naam: 'Sanne de Vries', telefoon: '010-799 12 34' },
        'Huisbezoek op de opvanglocatie.',
      ),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/verstuurd'));
  }, 20000);
});

describe('Overdracht bekijken als ontvanger', () => {
  it('toont waarom, wat achtergehouden is, en terugleggen vraagt een reden', async () => {
    const ontvangen: Overdracht = {
      ...concept,
      status: 'ONTVANGEN',
      versie: 3,
      ontvangendeOrganisatie: 'WT-RDAM-FEIJ',
      inhoud: { aanleiding: { meldingSamenvatting: 'Geschreeuw' } },
      achtergehouden: ['JUSTITIEEL', 'MELDER'],
    };
    const stap = vi.fn().mockResolvedValue({ ...ontvangen, status: 'TERUGGELEGD', versie: 4 });
    render(
      <OverdrachtDetail
        id={concept.id}
        mij={null}
        api={api({
          overdracht: vi.fn().mockResolvedValue(ontvangen),
          toegang: vi.fn().mockResolvedValue([
            {
              reden: 'ONTVANGER',
              doel: 'OVERDRACHT',
              categorieen: ['IDENTITEIT', 'VEILIGHEID'],
              organisatie: 'WT-RDAM-FEIJ',
              team: null,
              medewerker: null,
              geldigVan: '2026-11-25T10:00:00Z',
              geldigTot: '2027-05-25T10:00:00Z',
              noodtoegang: false,
              toelichting: null,
            },
          ]),
          stap,
        })}
      />,
    );
    const waarom = await screen.findByTestId('waarom');
    expect(waarom.textContent).toContain('Waarom zie ik dit?');
    expect(waarom.textContent).toContain('Overdracht van zicht op veiligheid');
    expect(screen.getByTestId('geldig-tot').textContent).toContain('2027');
    const achtergehouden = screen.getByTestId('achtergehouden').textContent;
    expect(achtergehouden).toContain('Justitiële informatie');
    expect(achtergehouden).toContain('Gegevens van de melder');

    fireEvent.click(screen.getByRole('button', { name: 'Terugleggen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Overdracht terugleggen' }));
    expect(screen.getByText('Vul in waarom u de overdracht teruglegt.')).toBeTruthy();
    expect(stap).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/Waarom legt u de overdracht terug/), { target: { value: 'Past niet bij ons' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overdracht terugleggen' }));
    await waitFor(() => expect(stap).toHaveBeenCalledWith(concept.id, 'teruglegging', 3, 'Past niet bij ons'));
    expect(await screen.findByText('De overdracht is teruggelegd bij Veilig Thuis.')).toBeTruthy();
  });
});

describe('navigatie en routes', () => {
  it('toont per rol de juiste menu-items', () => {
    const vt = navigatieVoor(['procesregisseur'], { naam: 'nieuw' }).map((i) => i.label);
    expect(vt).toEqual([
      'Mijn werk',
      'Nieuwe overdracht',
      'Verstuurd',
      'Monitoring',
      'Overleggen',
      'Bekendheidscheck',
      'Verzoeken van betrokkenen',
      'Te beantwoorden verzoeken',
      'Noodtoegang beoordelen',
      'Verwerkingsregister',
    ]);
    const wt = navigatieVoor(['wijkteammedewerker'], { naam: 'inbox' });
    expect(wt.map((i) => i.label)).toEqual([
      'Mijn werk',
      'Inbox',
      'Door ons teruggelegd',
      'Aanmelden',
      'Mijn aanmeldingen',
      'Mijn agendapunten',
      'Mijn acties',
      'Bekendheidscheck',
      'Te beantwoorden verzoeken',
    ]);
    expect(wt.find((i) => i.actief)?.label).toBe('Inbox');
    expect(navigatieVoor([], { naam: 'mijn-werk' }).map((i) => i.label)).toEqual(['Mijn werk']);
  });

  it('geeft het CIT, de Raad en de crisisdienst een inbox en de fg het logboek', () => {
    for (const rol of ['cit-medewerker', 'raadsonderzoeker', 'crisismedewerker', 'filomena-medewerker', 'reclasseringswerker']) {
      // the Raad and probation also sit at the casusoverleg: its items follow the inbox
      expect(navigatieVoor([rol], { naam: 'mijn-werk' }).map((i) => i.label).slice(0, 2)).toEqual(['Mijn werk', 'Inbox']);
    }
    // flow 3: the four crisis roles also get "Mijn crises"
    expect(navigatieVoor(['cit-medewerker'], { naam: 'mijn-werk' }).map((i) => i.label)).toEqual([
      'Mijn werk',
      'Inbox',
      'Door ons teruggelegd',
      'Mijn crises',
      'Bekendheidscheck',
      'Te beantwoorden verzoeken',
    ]);
    expect(navigatieVoor(['raadsonderzoeker'], { naam: 'mijn-werk' }).map((i) => i.label)).toEqual([
      'Mijn werk',
      'Inbox',
      'Door ons teruggelegd',
      'Aanmelden',
      'Mijn aanmeldingen',
      'Mijn agendapunten',
      'Mijn acties',
      'Mijn crises',
      'Bekendheidscheck',
      'Te beantwoorden verzoeken',
    ]);
    const fg = navigatieVoor(['functionaris-gegevensbescherming'], { naam: 'logboek' });
    expect(fg.map((i) => i.label)).toEqual(['Mijn werk', 'Noodtoegang beoordelen', 'Logboek', 'Verwerkingsregister', 'Vernietiging', 'Termijnen van verzoeken']);
    expect(fg.find((i) => i.actief)?.href).toBe('#/logboek');
  });

  it('leest hash-routes en negeert de skiplink', () => {
    expect(leesRoute('#/inbox')).toEqual({ naam: 'inbox', bak: null });
    expect(leesRoute('#/inbox?bak=verlopen')).toEqual({ naam: 'inbox', bak: 'verlopen' });
    expect(leesRoute('#/verstuurd?groep=open')).toEqual({ naam: 'verstuurd', groep: 'open' });
    expect(leesRoute('#/logboek')).toEqual({ naam: 'logboek' });
    expect(leesRoute('#/overdrachten/abc/versturen')).toEqual({ naam: 'versturen', id: 'abc' });
    expect(leesRoute('#/overdrachten/abc')).toEqual({ naam: 'overdracht', id: 'abc' });
    expect(leesRoute('#/overdrachten/nieuw')).toEqual({ naam: 'nieuw' });
    expect(leesRoute('')).toEqual({ naam: 'mijn-werk' });
    expect(leesRoute('#inhoud')).toBeNull();
  });

  it('telt de inbox per status', () => {
    const s = (status: Overdracht['status']) => ({ ...concept, status });
    expect(telPerBak([s('VERZONDEN'), s('ONTVANGEN'), s('GEACCEPTEERD'), s('TERUGGELEGD'), s('VERZONDEN')])).toEqual({
      nieuw: 2,
      'in-behandeling': 2,
      teruggelegd: 1,
      verlopen: 0,
    });
  });

  it('telt verlopen overdrachten apart, naast hun status', () => {
    const verlopen = { ...concept, status: 'VERZONDEN' as const, acceptatieVerlopen: true };
    expect(telPerBak([verlopen, { ...verlopen, status: 'ONTVANGEN' as const }, { ...concept, status: 'VERZONDEN' as const }])).toEqual({
      nieuw: 2,
      'in-behandeling': 1,
      teruggelegd: 0,
      verlopen: 2,
    });
  });

  it('geeft de teamleider het menu-item Opgeschaald', () => {
    const tl = navigatieVoor(['teamleider'], { naam: 'opgeschaald' });
    expect(tl.map((i) => i.label)).toEqual(['Mijn werk', 'Opgeschaald', 'Te beantwoorden verzoeken']);
    expect(tl.find((i) => i.actief)?.label).toBe('Opgeschaald');
    expect(leesRoute('#/opgeschaald')).toEqual({ naam: 'opgeschaald' });
  });
});
