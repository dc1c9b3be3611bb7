import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Actie, Agendapunt } from '../casusoverleg/api';
import { Vergadermodus } from '../casusoverleg/Vergadermodus';
import { ActieDetail } from '../casusoverleg/pages/ActieDetail';
import { MijnActies, actieVolgorde } from '../casusoverleg/pages/MijnActies';
import { aanwezigheidVoor, naarVerslag, valideerActie, valideerAfronding, valideerVerslag, vanVerslag } from '../casusoverleg/vergadering';
import { api, json, lijst, nepServer, probleem, verzoeken } from './casusoverlegNep';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PUNT: Agendapunt = {
  id: 'p1',
  versie: 5,
  laatstGewijzigd: 'x',
  volgnummer: 1,
  status: 'OPEN',
  overleg: { id: 'o1', versie: 1, laatstGewijzigd: 'x', overlegtafel: 't', datum: '2026-12-10', aanvang: '10:00', einde: null, plaats: 'ZVH', onlineLink: null, voorzitter: 'V', notulist: 'N' },
  casus: { aanmelding: 'a1', aanmeldendeOrganisatie: 'WT-RDAM-FEIJ', vraag: null, criteria: null, betrokkenen: null, achtergehouden: [] },
  uitnodigingen: [
    { organisatie: 'POL-RR', uitgenodigdOp: 'x', geldigTot: 'y', beeindigdOp: null, inbrengGedeeld: true },
    { organisatie: 'RN-RDAM', uitgenodigdOp: 'x', geldigTot: 'y', beeindigdOp: '2026-12-01T00:00:00Z', inbrengGedeeld: false },
  ],
  inbreng: [],
  aanwezigheid: [{ organisatieCode: 'POL-RR', aanwezig: true }],
  verslag: null,
  acties: [],
};

function actie(delen: Partial<Actie> = {}): Actie {
  return {
    id: 'x1',
    versie: 1,
    agendapunt: { id: 'p1', volgnummer: 1, overlegDatum: '2026-12-10', besluiten: 'Politie houdt toezicht.', planVanAanpak: 'Wekelijks contact.', casusregisseur: { organisatieCode: 'WT-RDAM-FEIJ', naam: 'Fictieve regisseur' } },
    eigenaarOrganisatieCode: 'POL-RR',
    omschrijving: 'Huisbezoek afleggen',
    uiterlijk: '2026-12-20',
    status: 'OPEN',
    reden: null,
    verlopen: false,
    ...delen,
  };
}

const naam = (c: string | null) => ({ 'POL-RR': 'Politie Rotterdam', ZVHRR: 'ZVH', VTRR: 'Veilig Thuis' })[c ?? ''] ?? c ?? '';

describe('casusoverleg: vergadermodus (logica)', () => {
  it('aanwezigheid: organisator, voorzitter en de lopende genodigden', () => {
    expect(aanwezigheidVoor(PUNT, 'ZVHRR', 'VTRR')).toEqual([
      { organisatieCode: 'ZVHRR', aanwezig: false },
      { organisatieCode: 'VTRR', aanwezig: false },
      { organisatieCode: 'POL-RR', aanwezig: true },
    ]);
  });

  it('verslag, actie en afronding volgen de regels van de API', () => {
    expect(valideerVerslag({ ...vanVerslag(null), analyse: 'x'.repeat(4001) }).analyse).toMatch(/4000/);
    expect(valideerVerslag({ ...vanVerslag(null), regisseurOrganisatie: 'POL-RR' }).regisseurNaam).toBeTruthy();
    expect(naarVerslag({ ...vanVerslag(null), besluiten: ' B ', regisseurOrganisatie: 'POL-RR', regisseurNaam: ' N ' })).toEqual({
      analyse: null,
      besluiten: 'B',
      planVanAanpak: null,
      casusregisseur: { organisatieCode: 'POL-RR', naam: 'N' },
    });
    expect(Object.keys(valideerActie({ eigenaar: '', omschrijving: '', uiterlijk: '' }, '2026-12-02'))).toEqual(['eigenaar', 'omschrijving', 'uiterlijk']);
    expect(valideerActie({ eigenaar: 'POL-RR', omschrijving: 'x', uiterlijk: '2026-12-01' }, '2026-12-02').uiterlijk).toMatch(/verleden/);
    expect(valideerAfronding('NIET_GEDAAN', ' ')).toEqual({ reden: 'Vul in waarom de actie niet is gedaan.' });
    expect(valideerAfronding('GEDAAN', '')).toEqual({});
    expect(actieVolgorde([actie({ id: '1', uiterlijk: '2026-12-01' }), actie({ id: '2', verlopen: true, uiterlijk: '2026-12-05' })]).map((a) => a.id)).toEqual(['2', '1']);
  });
});

describe('casusoverleg: vergadermodus in het scherm', () => {
  it('legt aanwezigheid en verslag vast met If-Match, en wijst een actie toe', { timeout: 20_000 }, async () => {
    const bijgewerkt = vi.fn();
    const fetchMock = nepServer((v) => {
      if (v.pad === '/agendapunten/p1/aanwezigheid') return json({ ...PUNT, versie: 6 });
      if (v.pad === '/agendapunten/p1/verslag') return probleem(412, 'CSO-412');
      if (v.pad === '/agendapunten/p1/acties') return json(actie(), 201);
      if (v.pad === '/agendapunten/p1') return json({ ...PUNT, acties: [actie()] });
      return undefined;
    });
    render(<Vergadermodus api={api()} punt={PUNT} naam={naam} onBijgewerkt={bijgewerkt} onHerlaad={() => {}} />);
    fireEvent.click(screen.getByLabelText('ZVH aanwezig'));
    fireEvent.click(screen.getByRole('button', { name: 'Aanwezigheid opslaan' }));
    await waitFor(() => expect(bijgewerkt).toHaveBeenCalledWith(expect.objectContaining({ versie: 6 }), 'De aanwezigheid is opgeslagen.'));
    const put = verzoeken(fetchMock, 'PUT')[0];
    expect((put[1] as RequestInit).headers).toMatchObject({ 'If-Match': '"5"' });
    expect(JSON.parse(String((put[1] as RequestInit).body)).aanwezigen).toEqual([
      { organisatieCode: 'ZVHRR', aanwezig: true },
      { organisatieCode: 'VTRR', aanwezig: false },
      { organisatieCode: 'POL-RR', aanwezig: true },
    ]);

    fireEvent.change(screen.getByLabelText('Besluiten'), { target: { value: 'Politie houdt toezicht.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verslag opslaan' }));
    expect(await screen.findByText('Iemand anders heeft dit intussen gewijzigd')).toBeTruthy();
    expect((screen.getByLabelText('Besluiten') as HTMLTextAreaElement).value).toBe('Politie houdt toezicht.');

    await waitFor(() => expect(screen.getByRole('button', { name: 'Actie toewijzen' }).getAttribute('aria-disabled')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Actie toewijzen' }));
    expect(document.activeElement?.id).toBe('veld-eigenaar');
    fireEvent.change(screen.getByLabelText(/^Actiehouder/), { target: { value: 'POL-RR' } });
    fireEvent.change(screen.getByLabelText(/^Wat moet er gebeuren/), { target: { value: 'Huisbezoek afleggen' } });
    fireEvent.change(screen.getByLabelText(/^Uiterlijk/), { target: { value: '2099-12-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Actie toewijzen' }));
    await waitFor(() => expect(bijgewerkt).toHaveBeenLastCalledWith(expect.objectContaining({ acties: [expect.objectContaining({ id: 'x1' })] }), 'De actie is toegewezen aan Politie Rotterdam.'));
    const post = verzoeken(fetchMock, 'POST')[0];
    expect(JSON.parse(String((post[1] as RequestInit).body))).toEqual({ eigenaarOrganisatieCode: 'POL-RR', omschrijving: 'Huisbezoek afleggen', uiterlijk: '2099-12-20' });
  });
});

describe('casusoverleg: mijn acties', () => {
  it('toont verlopen in tekst en rondt af als niet gedaan met reden', { timeout: 20_000 }, async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === '/acties') return lijst('acties', [actie({ verlopen: true })]);
      if (v.pad === '/acties/x1' && v.methode === 'GET') return json(actie());
      if (v.pad === '/acties/x1/afronding') return json(actie({ status: 'NIET_GEDAAN', reden: 'Niet thuis.', versie: 2 }));
      return undefined;
    });
    render(<MijnActies api={api()} />);
    const tabel = await screen.findByTestId('acties');
    expect(within(tabel).getByTestId('uiterlijk').textContent).toBe('Verlopen: uiterlijk 20 december 2026');
    expect(screen.getByText('1 actie is over de datum')).toBeTruthy();
    expect(String(fetchMock.mock.calls.find(([a]) => String(a).includes('/acties'))![0])).toMatch(/status=OPEN/);
    cleanup();

    render(<ActieDetail api={api()} id="x1" />);
    expect(await screen.findByText('Wekelijks contact.')).toBeTruthy();
    expect(screen.getByText(/Fictieve regisseur/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Niet gedaan'));
    fireEvent.click(screen.getByRole('button', { name: 'Actie afronden' }));
    expect(await screen.findByText('Vul in waarom de actie niet is gedaan.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Waarom is de actie niet gedaan/), { target: { value: 'Niet thuis.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Actie afronden' }));
    expect(await screen.findByText('De actie is afgerond als niet gedaan.')).toBeTruthy();
    expect(screen.getByTestId('status').textContent).toBe('Niet gedaan');
    const post = verzoeken(fetchMock, 'POST')[0];
    expect((post[1] as RequestInit).headers).toMatchObject({ 'If-Match': '"1"' });
    expect(JSON.parse(String((post[1] as RequestInit).body))).toEqual({ status: 'NIET_GEDAAN', reden: 'Niet thuis.' });
    expect(screen.queryByRole('button', { name: 'Actie afronden' })).toBeNull();
  });
});
