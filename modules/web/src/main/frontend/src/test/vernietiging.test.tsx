import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigatieVoor } from '../App';
import { ApiFout } from '../api/fouten';
import { VERNIETIGERS } from '../rollen';
import { leesRoute, paden } from '../router';
import type { Bewaarplicht, VernietigingApi, Vernietigingslijst } from '../vernietiging/api';
import { bewaartermijnTekst } from '../vernietiging/labels';
import { Vernietiging, acties, redenFout, teVernietigen } from '../vernietiging/Vernietiging';
import { datumTekst } from '../overdracht/labels';

afterEach(cleanup);

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function lijst(delen: Partial<Vernietigingslijst> = {}): Vernietigingslijst {
  return {
    id: 'aaaaaaaa-0000-4000-8000-000000000001',
    versie: 1,
    opgesteldOp: '2046-12-03T01:30:00Z',
    peildatum: '2046-12-03',
    status: 'VOORGESTELD',
    items: [
      { brontype: 'OVERDRACHT', bronId: A, eigenaar: 'VT', klokstart: '2026-12-01T10:00:00Z', vernietigingsdatum: '2046-12-01', regel: '20 jaar na afsluiting' },
      { brontype: 'OVERDRACHT', bronId: B, eigenaar: 'VT', klokstart: '2026-12-02T10:00:00Z', vernietigingsdatum: '2046-12-02', regel: '20 jaar na afsluiting' },
    ],
    grafstenen: [],
    ...delen,
  };
}

function apiMet(lijsten: Vernietigingslijst[], plichten: Bewaarplicht[] = [], extra: Partial<VernietigingApi> = {}): VernietigingApi {
  return {
    vernietigingslijsten: vi.fn().mockResolvedValue(lijsten),
    bewaarplichten: vi.fn().mockResolvedValue(plichten),
    stelVernietigingslijstOp: vi.fn().mockResolvedValue(null),
    keurVernietigingslijstGoed: vi.fn().mockResolvedValue(lijsten[0]),
    voerVernietigingslijstUit: vi.fn().mockResolvedValue(lijsten[0]),
    verklaringVanVernietiging: vi.fn(),
    legBewaarplichtOp: vi.fn(),
    hefBewaarplichtOp: vi.fn().mockResolvedValue(undefined),
    ...extra,
  };
}

describe('Vernietiging: regels van het scherm', () => {
  it('een reden is verplicht en ten hoogste 1000 tekens', () => {
    expect(redenFout('   ')).toBe('Geef de reden van de bewaarplicht.');
    expect(redenFout('x'.repeat(1001))).toBe('Ten hoogste 1000 tekens.');
    expect(redenFout('Lopende procedure bij de rechtbank')).toBeNull();
  });

  it('biedt per status alleen de stap die dan kan', () => {
    expect(acties(lijst())).toEqual({ goedkeuren: true, uitvoeren: false, verklaring: false, bewaarplicht: true });
    expect(acties(lijst({ status: 'GOEDGEKEURD' }))).toEqual({ goedkeuren: false, uitvoeren: true, verklaring: false, bewaarplicht: true });
    expect(acties(lijst({ status: 'UITGEVOERD' }))).toEqual({ goedkeuren: false, uitvoeren: false, verklaring: true, bewaarplicht: false });
    const half = lijst({ items: [{ ...lijst().items[0], vernietigdOp: '2046-12-03T09:00:00Z' }, lijst().items[1]] });
    expect(teVernietigen(half).map((i) => i.bronId)).toEqual([B]);
  });

  it('zegt wanneer iets wordt vernietigd, of dat de termijn nog niet loopt', () => {
    expect(bewaartermijnTekst('2046-12-01', 'afsluiting', datumTekst)).toBe('Wordt vernietigd op 1 december 2046');
    expect(bewaartermijnTekst(null, 'afsluiting', datumTekst)).toBe('Bewaartermijn loopt nog niet (start bij afsluiting)');
    expect(bewaartermijnTekst(undefined, 'afschaling', datumTekst)).toBe('Bewaartermijn loopt nog niet (start bij afschaling)');
  });
});

describe('Vernietiging: het scherm', () => {
  it('toont een voorstel met zijn bronnen en keurt het goed met de versie die de fg zag', async () => {
    const api = apiMet([lijst({ versie: 3 })]);
    render(<Vernietiging api={api} />);
    const kaart = await screen.findByTestId(`lijst-${lijst().id}`);
    expect(within(kaart).getByRole('heading', { level: 3 }).textContent).toBe('Vernietigingslijst van 3 december 2046');
    expect(within(kaart).getByTestId('lijststatus').textContent).toBe('Voorgesteld, wacht op goedkeuring');
    expect(within(kaart).getByTestId(`bron-${A}`).textContent).toContain('20 jaar na afsluiting');
    expect(within(kaart).queryByRole('button', { name: 'Vernietiging uitvoeren' })).toBeNull();
    fireEvent.click(within(kaart).getByRole('button', { name: 'Goedkeuren' }));
    await waitFor(() => expect(api.keurVernietigingslijstGoed).toHaveBeenCalledWith(lijst().id, 3));
    expect(await screen.findByText('De vernietigingslijst van 3 december 2046 is goedgekeurd.')).toBeTruthy();
    expect(api.vernietigingslijsten).toHaveBeenCalledTimes(2);
    expect(document.title).toBe('Vernietiging – Schakel');
  });

  it('toont de 412 van een lijst die intussen veranderde en laadt haar opnieuw', async () => {
    const verouderd = new ApiFout('Versie verouderd', 'De vernietigingslijst is veranderd sinds u haar zag.', 412, null, 'AVG-032');
    const api = apiMet([lijst()], [], { keurVernietigingslijstGoed: vi.fn().mockRejectedValue(verouderd) });
    render(<Vernietiging api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Goedkeuren' }));
    expect(await screen.findByText('De vernietigingslijst is veranderd sinds u haar zag.')).toBeTruthy();
    expect(api.vernietigingslijsten).toHaveBeenCalledTimes(2);
  });

  it('legt een bewaarplicht op met een reden, niet zonder', async () => {
    const api = apiMet([lijst()], [], { legBewaarplichtOp: vi.fn().mockResolvedValue({}) });
    render(<Vernietiging api={api} />);
    const rij = await screen.findByTestId(`bron-${B}`);
    fireEvent.click(within(rij).getByRole('button', { name: `Bewaarplicht opleggen op ${B}` }));
    fireEvent.click(within(rij).getByRole('button', { name: 'Bewaarplicht opleggen' }));
    expect(within(rij).getByText('Geef de reden van de bewaarplicht.')).toBeTruthy();
    expect(api.legBewaarplichtOp).not.toHaveBeenCalled();
    fireEvent.change(within(rij).getByLabelText(/Reden van de bewaarplicht/), { target: { value: '  Lopende procedure  ' } });
    fireEvent.click(within(rij).getByRole('button', { name: 'Bewaarplicht opleggen' }));
    await waitFor(() => expect(api.legBewaarplichtOp).toHaveBeenCalledWith('OVERDRACHT', B, 'Lopende procedure'));
    expect(await screen.findByText(/Bewaarplicht opgelegd op overdracht/)).toBeTruthy();
  });

  it('voert een goedgekeurde lijst uit, toont de grafstenen en biedt dan de verklaring', async () => {
    const uitgevoerd = lijst({
      status: 'UITGEVOERD',
      versie: 3,
      goedgekeurdDoor: 'Fenna de Vries',
      goedgekeurdOp: '2046-12-03T08:00:00Z',
      uitgevoerdOp: '2046-12-03T09:00:00Z',
      items: [{ ...lijst().items[0], vernietigdOp: '2046-12-03T09:00:00Z' }],
      grafstenen: [{ ...lijst().items[0], vernietigdOp: '2046-12-03T09:00:00Z', lijst: lijst().id, goedgekeurdDoor: 'Fenna de Vries' }],
    });
    const lijsten = vi.fn().mockResolvedValueOnce([lijst({ status: 'GOEDGEKEURD', versie: 2 })]).mockResolvedValue([uitgevoerd]);
    const pdf = vi.fn().mockResolvedValue({ inhoud: new Blob(['%PDF-']), bestandsnaam: 'verklaring.pdf' });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const api = apiMet([], [], { vernietigingslijsten: lijsten, voerVernietigingslijstUit: vi.fn().mockResolvedValue(uitgevoerd), verklaringVanVernietiging: pdf });
    render(<Vernietiging api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Vernietiging uitvoeren' }));
    expect(await screen.findByText('De vernietigingslijst is uitgevoerd: 1 vernietigd.')).toBeTruthy();
    const kaart = screen.getByTestId(`lijst-${lijst().id}`);
    expect(within(kaart).getByRole('table', { name: 'Grafstenen (1)' }).textContent).toContain(A);
    expect(within(kaart).getByTestId('goedgekeurd').textContent).toContain('Fenna de Vries');
    expect(within(kaart).queryByRole('button', { name: /Bewaarplicht opleggen/ })).toBeNull();
    fireEvent.click(within(kaart).getByRole('button', { name: 'Download verklaring van vernietiging' }));
    await waitFor(() => expect(pdf).toHaveBeenCalledWith(lijst().id));
    expect(await screen.findByText('De verklaring van vernietiging is gedownload.')).toBeTruthy();
  });

  it('heft een bewaarplicht op en zegt het als er niets nieuws te vernietigen is', async () => {
    const plicht: Bewaarplicht = { brontype: 'OVERDRACHT', bronId: B, reden: 'Procedure', opgelegdDoor: 'Fenna de Vries', opgelegdOp: '2046-12-03T08:00:00Z' };
    const api = apiMet([], [plicht]);
    render(<Vernietiging api={api} />);
    expect(await screen.findByText('Er zijn geen vernietigingslijsten.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: `Opheffen (bewaarplicht op ${B})` }));
    await waitFor(() => expect(api.hefBewaarplichtOp).toHaveBeenCalledWith('OVERDRACHT', B));
    fireEvent.click(await screen.findByRole('button', { name: 'Stel nu een vernietigingslijst op' }));
    expect(await screen.findByText('Er is niets nieuws aan vernietiging toe.')).toBeTruthy();
  });

  it('zegt in woorden wie dit mag bij een weigering', async () => {
    const api = apiMet([], [], { vernietigingslijsten: vi.fn().mockRejectedValue(new ApiFout('Geen toegang', '…', 403, null, 'TGN-002')) });
    render(<Vernietiging api={api} />);
    expect(await screen.findByText('U kunt vernietiging niet beoordelen')).toBeTruthy();
  });

  it('staat in het menu voor precies de rollen van het beleid, met een eigen route', () => {
    const beleid = JSON.parse(readFileSync('../../../../toegang/src/main/resources/toegangsbeleid.json', 'utf8'));
    for (const handeling of ['vernietiging.beoordelen', 'vernietiging.bewaarplicht', 'vernietiging.uitvoeren']) {
      expect([...VERNIETIGERS].sort(), handeling).toEqual([...beleid.handelingen[handeling].rollen].sort());
    }
    const heeftMenu = (rol: string) => navigatieVoor([rol], { naam: 'mijn-werk' }).some((i) => i.label === 'Vernietiging');
    expect(heeftMenu('functionaris-gegevensbescherming')).toBe(true);
    for (const rol of ['procesregisseur', 'zvh-procesregisseur', 'functioneel-beheerder', 'wijkteammedewerker']) expect(heeftMenu(rol), rol).toBe(false);
    expect(leesRoute(paden.vernietiging)).toEqual({ naam: 'vernietiging' });
  });
});
