import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigatieVoor } from '../App';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Overdracht, Teruglegging } from '../api/overdracht';
import { isNederlandsTelefoonnummer } from '../overdracht/formulier';
import { DoorOnsTeruggelegd, aantalTekst } from '../pages/DoorOnsTeruggelegd';
import { OverdrachtDetail } from '../pages/OverdrachtDetail';
import { Versturen } from '../pages/Versturen';
import { leesRoute } from '../router';

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
    terugleggingen: vi.fn().mockResolvedValue([]),
    monitoringmomenten: vi.fn().mockResolvedValue([]),
    ...delen,
  } as SchakelApi;
}

const VTRR = { id: 'o1', code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', type: 'VEILIG_THUIS', functioneleMailbox: 'meldingen@vtrr.demo.schakel.example' };

const ontvangen = (extra: Partial<Overdracht> = {}): Overdracht => ({
  id: ID,
  versie: 3,
  laatstGewijzigd: '2026-11-25T10:00:00Z',
  status: 'ONTVANGEN',
  eigenaarOrganisatie: 'VTRR',
  ontvangendeOrganisatie: 'WT-RDAM-FEIJ',
  gedeeldeCategorieen: ['IDENTITEIT', 'VEILIGHEID'],
  verzondenOp: '2026-11-24T10:00:00Z',
  inhoud: { aanleiding: { meldingSamenvatting: 'Geschreeuw' } },
  achtergehouden: ['JUSTITIEEL'],
  ...extra,
});

const ontvanger = [
  {
    reden: 'ONTVANGER',
    doel: 'OVERDRACHT',
    categorieen: ['IDENTITEIT', 'VEILIGHEID'],
    organisatie: 'WT-RDAM-FEIJ',
    team: null,
    medewerker: null,
    geldigVan: '2026-11-24T10:00:00Z',
    geldigTot: null,
    noodtoegang: false,
    toelichting: null,
  },
] as const;

describe('de contactpersoon van Veilig Thuis bij de ontvanger', () => {
  it('staat bij de overdracht met een belbaar nummer, en in de zin die zegt het na te vragen bij Veilig Thuis', async () => {
    render(
      <OverdrachtDetail
        id={ID}
        mij={null}
        api={api({
          overdracht: vi.fn().mockResolvedValue(ontvangen({ contactpersoonVeiligThuis: { naam: 'Sanne de Vries', telefoon: '010-799 12 34' } })),
          toegang: vi.fn().mockResolvedValue([...ontvanger]),
          organisaties: vi.fn().mockResolvedValue([VTRR]),
        })}
      />,
    );
    const contact = await screen.findByTestId('contactpersoon-vt');
    expect(contact.textContent).toBe('Sanne de Vries, 010-799 12 34');
    expect(within(contact).getByRole('link', { name: '010-799 12 34' }).getAttribute('href')).toBe('tel:0107991234');
    expect((await screen.findByTestId('vraag-bij-veilig-thuis')).textContent).toBe(
      'Heeft u ze nodig voor uw werk, vraag ze dan na bij Veilig Thuis: Sanne de Vries, 010-799 12 34.',
    );
  });

  it('zegt bij een oudere overdracht zonder contactpersoon dat er geen is, en noemt de mailbox van Veilig Thuis', async () => {
    render(
      <OverdrachtDetail
        id={ID}
        mij={null}
        api={api({
          overdracht: vi.fn().mockResolvedValue(ontvangen()),
          toegang: vi.fn().mockResolvedValue([...ontvanger]),
          organisaties: vi.fn().mockResolvedValue([VTRR]),
        })}
      />,
    );
    const contact = await screen.findByTestId('contactpersoon-vt');
    await waitFor(() =>
      expect(contact.textContent).toBe(
        'Geen contactpersoon vastgelegd. Neem contact op met Veilig Thuis Rotterdam Rijnmond via meldingen@vtrr.demo.schakel.example.',
      ),
    );
    expect(within(contact).getByRole('link').getAttribute('href')).toBe('mailto:meldingen@vtrr.demo.schakel.example');
    expect((await screen.findByTestId('vraag-bij-veilig-thuis')).textContent).toBe(
      'Heeft u ze nodig voor uw werk, vraag ze dan na bij Veilig Thuis.',
    );
  });
});

describe('versturen: de contactpersoon Veilig Thuis', () => {
  const concept: Overdracht = { ...ontvangen(), status: 'CONCEPT', ontvangendeOrganisatie: null, verzondenOp: null, versie: 1 };
  const mij = { id: 's1', naam: 'Sanne de Vries', gebruikersnaam: 'vt.procesregisseur', organisatie: null, team: null, rollen: ['procesregisseur'] };
  const scherm = (verzend: SchakelApi['verzend']) =>
    render(
      <Versturen
        id={ID}
        mij={mij}
        api={api({
          overdracht: vi.fn().mockResolvedValue(concept),
          organisaties: vi.fn().mockResolvedValue([{ id: 'x', code: 'WT-RDAM-FEIJ', naam: 'Wijkteam Feijenoord', type: 'WIJKTEAM' }]),
          voorbeeld: vi.fn().mockResolvedValue({ id: ID, versie: 1, voor: 'WT-RDAM-FEIJ', categorieen: ['IDENTITEIT'], inhoud: null, achtergehouden: [] }),
          verzend,
        })}
      />,
    );

  it('vraagt een Nederlands werknummer: de fout staat bij het veld, wordt uitgesproken en krijgt de focus', async () => {
    const verzend = vi.fn();
    scherm(verzend);
    fireEvent.change(await screen.findByLabelText('Wijkteam (verplicht)'), { target: { value: 'WT-RDAM-FEIJ' } });
    await screen.findByRole('group', { name: 'Gegevenscategorieën' });
    const telefoon = screen.getByLabelText('Telefoonnummer (werk) (verplicht)');
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(screen.getByRole('alert').textContent).toBe('Het versturen is niet gelukt: Vul een telefoonnummer voor werk in.');
    await waitFor(() => expect(document.activeElement).toBe(telefoon));
    expect(telefoon.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(telefoon, { target: { value: '+32 2 123 45 67' } });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Vul een Nederlands telefoonnummer in, zoals 010-123 45 67 of 06-12345678.')).toBeTruthy();
    expect(verzend).not.toHaveBeenCalled();
  });

  it('zet een OVD-022 van de API bij het veld waar het over gaat', async () => {
    const verzend = vi.fn().mockRejectedValue(
      new ApiFout('Ongeldige invoer', 'De invoer voldoet niet aan de regels; zie invalidParams.', 400, null, 'OVD-022', [
        { name: 'contactpersoonVeiligThuis.telefoon', reason: 'Een Nederlands telefoonnummer voor werk.' },
      ]),
    );
    scherm(verzend);
    fireEvent.change(await screen.findByLabelText('Wijkteam (verplicht)'), { target: { value: 'WT-RDAM-FEIJ' } });
    await screen.findByRole('group', { name: 'Gegevenscategorieën' });
    fireEvent.change(screen.getByLabelText('Telefoonnummer (werk) (verplicht)'), { target: { value: '010-799 12 34' } });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    await waitFor(() => expect(verzend).toHaveBeenCalled());
    const veld = screen.getByLabelText('Telefoonnummer (werk) (verplicht)');
    await waitFor(() => expect(veld.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(`${veld.id}-fout`)?.textContent).toContain('Een Nederlands telefoonnummer voor werk.');
  });

  it('kent de Nederlandse schrijfwijzen die de API ook kent', () => {
    for (const goed of ['010-799 12 34', '(010) 799 12 34', '06-12345678', '+31 10 799 1234', '0800-2000']) {
      expect(isNederlandsTelefoonnummer(goed), goed).toBe(true);
    }
    for (const fout of ['12345', '+32 2 123 45 67', '010/7991234', '+31 010 799 1234']) {
      expect(isNederlandsTelefoonnummer(fout), fout).toBe(false);
    }
  });
});

describe('Door ons teruggelegd', () => {
  const terug: Teruglegging = {
    overdracht: ID,
    zaaknummer: '2e255cde',
    teruggelegdOp: '2026-11-24T13:05:00Z',
    teruggelegdDoor: 'Mo Amrani',
    reden: 'Gezin woont in Charlois.',
    veiligThuis: { code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond' },
  };

  it('toont per teruggelegde zaak het zaaknummer, wanneer, door wie, waarom en aan wie; niets van de zaak', async () => {
    render(<DoorOnsTeruggelegd api={api({ terugleggingen: vi.fn().mockResolvedValue([terug]) })} />);
    const rij = (await screen.findByTestId('terugleggingen')).querySelector('tr[data-zaaknummer="2e255cde"]') as HTMLElement;
    expect([...rij.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '2e255cde',
      '24 november 2026 om 14:05',
      'Mo Amrani',
      'Gezin woont in Charlois.',
      'Veilig Thuis Rotterdam Rijnmond',
    ]);
    expect(rij.querySelector('a')).toBeNull();
    expect(screen.getByTestId('uitleg-teruggelegd').textContent).toContain('Uw toegang tot de zaak eindigde bij het terugleggen');
    expect(screen.getByTestId('teruggelegd-aantal').textContent).toMatch(/^1 teruggelegde overdracht, waarvan [01] in de laatste 30 dagen$/);
    expect(document.title).toBe('Door ons teruggelegd – Schakel');
  });

  it('telt hoeveel er in de laatste 30 dagen vallen, zoals de tegel van Mijn werk (grens inbegrepen)', () => {
    const nu = new Date('2026-12-24T13:05:00Z');
    const op = (iso: string) => ({ ...terug, teruggelegdOp: iso });
    expect(aantalTekst([op('2026-11-24T13:05:00Z'), op('2026-11-24T13:04:59Z'), op('2026-12-20T08:00:00Z')], nu)).toBe(
      '3 teruggelegde overdrachten, waarvan 2 in de laatste 30 dagen',
    );
    expect(aantalTekst([op('2025-01-01T00:00:00Z')], nu)).toBe('1 teruggelegde overdracht, waarvan 0 in de laatste 30 dagen');
  });

  it('zegt het als er niets is teruggelegd, en laat een fout van de API zien', async () => {
    render(<DoorOnsTeruggelegd api={api({})} />);
    expect((await screen.findByTestId('teruggelegd-leeg')).textContent).toBe('Uw organisatie heeft geen overdrachten teruggelegd.');
    cleanup();
    render(
      <DoorOnsTeruggelegd
        api={api({ terugleggingen: vi.fn().mockRejectedValue(new ApiFout('Geen toegang', 'Regel overdracht.terugleggingen-zoeken.', 403)) })}
      />,
    );
    expect(await screen.findByText('Geen toegang')).toBeTruthy();
  });

  it('staat in het menu van de rollen die terugleggen, met een eigen route', () => {
    expect(leesRoute('#/teruggelegd')).toEqual({ naam: 'teruggelegd' });
    for (const rol of ['wijkteammedewerker', 'raadsonderzoeker', 'cit-medewerker', 'filomena-medewerker', 'reclasseringswerker']) {
      const item = navigatieVoor([rol], { naam: 'teruggelegd' }).find((i) => i.label === 'Door ons teruggelegd');
      expect(item?.href, rol).toBe('#/teruggelegd');
      expect(item?.actief, rol).toBe(true);
    }
    for (const rol of ['procesregisseur', 'crisismedewerker', 'teamleider', 'politiemedewerker', 'functionaris-gegevensbescherming']) {
      expect(navigatieVoor([rol], { naam: 'mijn-werk' }).map((i) => i.label), rol).not.toContain('Door ons teruggelegd');
    }
  });
});
