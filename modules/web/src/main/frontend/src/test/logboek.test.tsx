import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { LogboekPagina, Logboekregel } from '../api/werk';
import { handelingTekst, uitkomstTekst } from '../logboek/labels';
import { Logboek, alsFilter, controleer } from '../pages/Logboek';

afterEach(cleanup);

const regel: Logboekregel = {
  volgnummer: 41,
  invoegnummer: 41,
  tijdstip: '2026-11-25T09:00:00Z',
  gebruiker: 'c0a8-0002',
  gebruikerNaam: 'Sanne de Vries',
  organisatie: 'WT-RDAM-FEIJ',
  rol: 'wijkteammedewerker',
  handeling: 'overdracht.lezen',
  bronType: 'OVERDRACHT',
  bronId: '2e255cde-0000-4000-8000-000000000001',
  betrokkenen: ['b1', 'b2'],
  doel: 'OVERDRACHT',
  toegangReden: 'ONTVANGER',
  noodtoegang: false,
  uitkomst: 'TOEGESTAAN',
};

function apiMet(...paginas: LogboekPagina[]) {
  const logboek = vi.fn();
  for (const p of paginas) logboek.mockResolvedValueOnce(p);
  logboek.mockResolvedValue(paginas[paginas.length - 1]);
  return { api: { logboek } as unknown as SchakelApi, logboek };
}

describe('Logboek', () => {
  it('toont de regels in woorden, zonder regelnamen of rolcodes', async () => {
    const { api } = apiMet({ regels: [regel], volgende: null });
    render(<Logboek api={api} />);
    const tabel = await screen.findByTestId('logboek-tabel');
    expect(tabel.textContent).toContain('Sanne de Vries');
    expect(tabel.textContent).toContain('Medewerker wijkteam');
    expect(tabel.textContent).toContain('Overdracht: ingezien');
    expect(tabel.textContent).toContain('Toegestaan, als ontvanger (doel: overdracht)');
    expect(tabel.textContent).toContain('over 2 betrokkenen');
    expect(tabel.textContent).not.toContain('overdracht.lezen');
    expect(tabel.textContent).not.toContain('wijkteammedewerker');
    expect(screen.getByTestId('logboek-status').textContent).toBe('1 regel op pagina 1.');
    expect(document.title).toBe('Logboek – Schakel');
  });

  it('zoekt met de filters, bladert vooruit en terug', async () => {
    const { api, logboek } = apiMet(
      { regels: [regel], volgende: null },
      { regels: [regel], volgende: 'cursor-2' },
      { regels: [{ ...regel, volgnummer: 12, invoegnummer: 12 }], volgende: null },
    );
    render(<Logboek api={api} />);
    await screen.findByTestId('logboek-tabel');
    fireEvent.change(screen.getByLabelText('Soort zaak'), { target: { value: 'OVERDRACHT' } });
    fireEvent.change(screen.getByLabelText(/Kenmerk van de zaak/), { target: { value: regel.bronId } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(logboek).toHaveBeenCalledTimes(2));
    expect(logboek.mock.calls[1][0]).toEqual(expect.objectContaining({ bronType: 'OVERDRACHT', bronId: regel.bronId }));
    expect(logboek.mock.calls[1][1]).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Volgende pagina' }));
    await waitFor(() => expect(logboek).toHaveBeenCalledTimes(3));
    expect(logboek.mock.calls[2][1]).toBe('cursor-2');
    fireEvent.click(await screen.findByRole('button', { name: 'Vorige pagina' }));
    await waitFor(() => expect(logboek).toHaveBeenCalledTimes(4));
    expect(logboek.mock.calls[3][1]).toBeNull();
  });

  it('filtert met één klik op een medewerker', async () => {
    const { api, logboek } = apiMet({ regels: [regel], volgende: null });
    render(<Logboek api={api} />);
    const tabel = await screen.findByTestId('logboek-tabel');
    fireEvent.click(within(tabel).getByRole('button', { name: /Alles van deze medewerker/ }));
    await waitFor(() => expect(logboek).toHaveBeenCalledTimes(2));
    expect(logboek.mock.calls[1][0]).toEqual(expect.objectContaining({ gebruiker: 'c0a8-0002' }));
    expect((screen.getByLabelText(/Medewerker \(kenmerk\)/) as HTMLInputElement).value).toBe('c0a8-0002');
  });

  it('houdt een onvolledig kenmerk en een omgekeerde periode tegen, naast het veld', async () => {
    const { api, logboek } = apiMet({ regels: [], volgende: null });
    render(<Logboek api={api} />);
    expect(await screen.findByText('Er zijn geen logboekregels gevonden.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Kenmerk van de zaak/), { target: { value: '2e255cde' } });
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(screen.getByText(/Vul het kenmerk van de zaak volledig in/)).toBeTruthy();
    expect(logboek).toHaveBeenCalledTimes(1);
    expect(controleer({ gebruiker: '', bronType: '', bronId: '', van: '2026-11-10', tot: '2026-11-01' }).tot).toBeTruthy();
  });

  it('zegt zonder rolnamen dat het logboek voor de fg is', async () => {
    const logboek = vi.fn().mockRejectedValue(new ApiFout('Geen toegang', "Regel 'logboek.lezen' vraagt een van de rollen [x]", 403, 'urn:uuid:1'));
    render(<Logboek api={{ logboek } as unknown as SchakelApi} />);
    const melding = await screen.findByRole('alert');
    expect(melding.textContent).toContain('functionaris gegevensbescherming');
    expect(melding.textContent).not.toContain('logboek.lezen');
  });
});

describe('logboek in woorden', () => {
  it('maakt van handelingen en uitkomsten zinnen', () => {
    expect(handelingTekst('overdracht.terugleggen')).toBe('Overdracht: teruggelegd');
    expect(handelingTekst('casusoverleg.inbreng-delen')).toBe('Casusoverleg: inbreng gedeeld');
    expect(handelingTekst('iets.onbekends-doen')).toBe('Iets: onbekends doen');
    expect(uitkomstTekst({ uitkomst: 'GEWEIGERD', noodtoegang: false })).toBe('Geweigerd');
    expect(uitkomstTekst({ uitkomst: 'TOEGESTAAN', toegangReden: 'NOODTOEGANG', doel: 'CRISIS', noodtoegang: true })).toBe(
      'Toegestaan, met noodtoegang (doel: crisis)',
    );
  });

  it('maakt van de datums een periode van begin van de eerste tot eind van de laatste dag', () => {
    const filter = alsFilter({ gebruiker: ' ', bronType: '', bronId: '', van: '2026-11-01', tot: '2026-11-01' });
    expect(filter.gebruiker).toBeUndefined();
    expect(new Date(filter.tot!).getTime() - new Date(filter.van!).getTime()).toBe(24 * 3600 * 1000);
  });
});
