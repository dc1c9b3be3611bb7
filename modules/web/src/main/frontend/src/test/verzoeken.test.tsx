import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigatieVoor } from '../App';
import { groepeer } from '../pages/MijnWerk';
import { DEELVERZOEK_ROLLEN, VERZOEK_CONTACTPUNTROLLEN } from '../rollen';
import { leesRoute, paden } from '../router';
import type { Deelverzoek, Verzoek, VerzoekApi } from '../verzoek/api';
import type { SchakelApi } from '../api/client';
import { TeBeantwoorden } from '../verzoek/TeBeantwoorden';
import { VerzoekDetail } from '../verzoek/VerzoekDetail';
import { Verzoeken } from '../verzoek/Verzoeken';
import { klokTekst, maakRegistratie } from '../verzoek/termijn';

afterEach(cleanup);

const verzoek = (wijziging: Partial<Verzoek> = {}): Verzoek => ({
  id: 'v1',
  versie: 0,
  soort: 'INZAGE',
  weergave: 'F.J. / VT-2026-0142',
  contactpunt: 'VTRR',
  status: 'IN_BEHANDELING',
  ontvangenOp: '2026-11-20',
  uiterlijkOp: '2026-12-20',
  dagenOver: 17,
  teLaat: false,
  verlengd: false,
  verlenging: null,
  verzoekerGeinformeerdOp: null,
  geregistreerdDoor: 'Procesregisseur VT',
  geregistreerdOp: '2026-11-20T09:00:00Z',
  aantalDelen: 2,
  aantalBeantwoord: 1,
  delen: [
    { id: 'd1', organisatie: 'WT-RDAM-FEIJ', status: 'BEANTWOORD', antwoord: 'Overdracht gevonden.', beantwoordDoor: 'M. Wijk', beantwoordOp: '2026-11-25T10:00:00Z' },
    { id: 'd2', organisatie: 'ZVHRR', status: 'OPEN', antwoord: null, beantwoordDoor: null, beantwoordOp: null },
  ],
  ...wijziging,
});

const deel: Deelverzoek = {
  id: 'd2',
  versie: 0,
  soort: 'CORRECTIE',
  contactpunt: 'VTRR',
  ontvangenOp: '2026-10-01',
  uiterlijkOp: '2026-11-01',
  dagenOver: -32,
  teLaat: true,
  status: 'OPEN',
  bronnen: [{ type: 'AANMELDING', id: 'a1' }],
  antwoord: null,
  beantwoordDoor: null,
  beantwoordOp: null,
  vrijgegeven: false,
};

const ORGANISATIES = [
  { id: '1', code: 'WT-RDAM-FEIJ', naam: 'Wijkteam Feijenoord', type: 'WIJKTEAM' },
  { id: '2', code: 'ZVHRR', naam: 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond', type: 'ZVH' },
  { id: '3', code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', type: 'VEILIG_THUIS' },
];

function api(deelverzoek: Partial<VerzoekApi> = {}): VerzoekApi & Pick<SchakelApi, 'organisaties'> {
  return {
    organisaties: vi.fn().mockResolvedValue(ORGANISATIES),
    registreerVerzoek: vi.fn(),
    verzoeken: vi.fn().mockResolvedValue([verzoek(), verzoek({ id: 'v2', weergave: 'K.B.', teLaat: true, dagenOver: -3, verlengd: true })]),
    verzoek: vi.fn().mockResolvedValue(verzoek()),
    verlengVerzoek: vi.fn(),
    verzoekerGeinformeerd: vi.fn(),
    inzagePdf: vi.fn(),
    deelverzoeken: vi.fn().mockResolvedValue([deel]),
    beantwoordDeelverzoek: vi.fn(),
    ...deelverzoek,
  };
}

describe('Verzoeken van betrokkenen', () => {
  it('zegt de termijn in woorden', () => {
    expect(klokTekst({ dagenOver: 17, teLaat: false })).toBe('nog 17 dagen');
    expect(klokTekst({ dagenOver: 1, teLaat: false })).toBe('nog 1 dag');
    expect(klokTekst({ dagenOver: 0, teLaat: false })).toBe('vandaag uiterlijk');
    expect(klokTekst({ dagenOver: -3, teLaat: true })).toBe('3 dagen te laat');
    expect(klokTekst({ dagenOver: -3, teLaat: false, status: 'AFGEROND' })).toBe('afgerond');
  });

  it('maakt de registratie op BSN, op naam of op beide, en noemt wat ontbreekt', () => {
    const leeg = { soort: '', bsn: '', achternaam: '', voornaam: '', geboortedatum: '', weergave: '', ontvangenOp: '' };
    expect(maakRegistratie(leeg)).toEqual({
      fouten: {
        soort: 'Kies wat de verzoeker vraagt.',
        bsn: 'Vul een BSN in, of een achternaam en geboortedatum (of beide).',
        weergave: 'Vul een korte verwijzing in (initialen en uw kenmerk), hoogstens 40 tekens.',
        ontvangenOp: 'Vul de datum van ontvangst in.',
      },
    });
    expect(maakRegistratie({ ...leeg, soort: 'INZAGE', bsn: '1112 22 333', achternaam: ' Jansen ', geboortedatum: '1990-03-01', weergave: ' F.J. ', ontvangenOp: '2026-11-20' })).toEqual({
      registratie: { soort: 'INZAGE', bsn: '111222333', achternaam: 'Jansen', geboortedatum: '1990-03-01', weergave: 'F.J.', ontvangenOp: '2026-11-20' },
    });
    expect(maakRegistratie({ ...leeg, soort: 'BEZWAAR', achternaam: 'Jansen', weergave: 'F.J.', ontvangenOp: '2026-11-20' })).toEqual({
      fouten: { geboortedatum: 'Vul de geboortedatum in.' },
    });
  });

  it('toont de lijst met termijn, te laat en verlengd, en met te laat alleen de verzoeken die te laat zijn', async () => {
    render(<Verzoeken api={api()} />);
    const tabel = await screen.findByTestId('verzoeken');
    expect(within(tabel).getAllByRole('row')).toHaveLength(3);
    expect(tabel.textContent).toContain('Inzage: F.J. / VT-2026-0142');
    expect(tabel.textContent).toContain('nog 17 dagen');
    expect(tabel.textContent).toContain('3 dagen te laat');
    expect(tabel.textContent).toContain('(verlengd)');
    expect(tabel.textContent).toContain('1 van 2');
    cleanup();
    render(<Verzoeken api={api()} alleenTeLaat />);
    const teLaat = await screen.findByTestId('verzoeken');
    expect(within(teLaat).getAllByRole('row')).toHaveLength(2);
    expect(teLaat.textContent).toContain('K.B.');
  });

  it('registreert niet zonder persoon en zegt dat bij het veld', async () => {
    const a = api();
    render(<Verzoeken api={a} />);
    fireEvent.change(screen.getByLabelText(/Wat vraagt de verzoeker/), { target: { value: 'INZAGE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verzoek registreren' }));
    expect(await screen.findByText('Vul een BSN in, of een achternaam en geboortedatum (of beide).')).toBeTruthy();
    expect(a.registreerVerzoek).not.toHaveBeenCalled();
  });

  it('verlengt in het detail alleen met een reden, met de versie als If-Match', async () => {
    const verlengVerzoek = vi.fn().mockResolvedValue(verzoek({ verlengd: true, uiterlijkOp: '2027-02-20', versie: 1 }));
    render(<VerzoekDetail api={api({ verlengVerzoek })} id="v1" />);
    await screen.findByTestId('delen');
    // organisations by name, as the register has them
    await waitFor(() => expect(screen.getByTestId('delen').textContent).toContain('Zorg- en Veiligheidshuis Rotterdam-Rijnmond: nog open'));
    fireEvent.click(screen.getByRole('button', { name: 'Verlengen' }));
    expect(await screen.findByText('Geef de reden van de verlenging.')).toBeTruthy();
    expect(verlengVerzoek).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/^Reden/), { target: { value: 'De politie vraagt tijd.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verlengen' }));
    await waitFor(() => expect(verlengVerzoek).toHaveBeenCalledWith('v1', 0, 'De politie vraagt tijd.'));
    expect(await screen.findByText('Termijn verlengd tot 20 februari 2027.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verlengen' })).toBeNull();
  });

  it('laat een partner zijn deel beantwoorden', async () => {
    const beantwoordDeelverzoek = vi.fn().mockResolvedValue({ ...deel, status: 'BEANTWOORD', antwoord: 'Gecorrigeerd.', beantwoordDoor: 'Z. Vh', beantwoordOp: '2026-12-03T10:00:00Z' });
    render(<TeBeantwoorden api={api({ beantwoordDeelverzoek })} />);
    const kaart = await screen.findByTestId('deelverzoek');
    await within(kaart).findByRole('heading', { name: /via Veilig Thuis Rotterdam Rijnmond$/ });
    expect(kaart.textContent).toContain('32 dagen te laat');
    expect(kaart.textContent).toContain('aanmelding');
    fireEvent.change(within(kaart).getByLabelText(/Uw antwoord/), { target: { value: 'Gecorrigeerd.' } });
    fireEvent.click(within(kaart).getByLabelText(/Onze gegevens mogen in het inzagerapport/));
    fireEvent.click(within(kaart).getByRole('button', { name: 'Antwoord vastleggen' }));
    await waitFor(() => expect(beantwoordDeelverzoek).toHaveBeenCalledWith('d2', 0, 'Gecorrigeerd.', true));
    expect(await screen.findByText(/Beantwoord op 3 december 2026 door Z. Vh: Gecorrigeerd./)).toBeTruthy();
  });

  it('heeft routes, menu-items en een groep op Mijn werk voor precies de rollen van het beleid', () => {
    const beleid = JSON.parse(readFileSync('../../../../toegang/src/main/resources/toegangsbeleid.json', 'utf8'));
    expect([...VERZOEK_CONTACTPUNTROLLEN].sort()).toEqual([...beleid.handelingen['verzoek.registreren'].rollen].sort());
    expect([...DEELVERZOEK_ROLLEN].sort()).toEqual([...beleid.handelingen['deelverzoek.beantwoorden'].rollen].sort());
    expect(leesRoute(paden.verzoeken)).toEqual({ naam: 'verzoeken', teLaat: false });
    expect(leesRoute(paden.verzoekenTeLaat)).toEqual({ naam: 'verzoeken', teLaat: true });
    expect(leesRoute(paden.verzoek('abc'))).toEqual({ naam: 'verzoek', id: 'abc' });
    expect(leesRoute(paden.teBeantwoordenVerzoeken)).toEqual({ naam: 'te-beantwoorden-verzoeken' });
    expect(navigatieVoor(['zvh-procesregisseur'], { naam: 'verzoek', id: 'x' }).find((i) => i.label === 'Verzoeken van betrokkenen')?.actief).toBe(true);
    expect(navigatieVoor(['wijkteammedewerker'], { naam: 'mijn-werk' }).map((i) => i.label)).toContain('Te beantwoorden verzoeken');
    expect(navigatieVoor(['wijkteammedewerker'], { naam: 'mijn-werk' }).map((i) => i.label)).not.toContain('Verzoeken van betrokkenen');
    expect(navigatieVoor(['functionaris-gegevensbescherming'], { naam: 'mijn-werk' }).map((i) => i.label)).not.toContain('Te beantwoorden verzoeken');
    const tegel = { stroom: 'verzoeken', code: 'verzoeken-te-laat', titel: 'Verzoeken van betrokkenen te laat', aantal: 1, vraagtAandacht: true, scherm: '#/verzoeken?teLaat=ja' };
    expect(groepeer([tegel]).map((g) => g.kop)).toEqual(['Verzoeken van betrokkenen']);
  });
});
