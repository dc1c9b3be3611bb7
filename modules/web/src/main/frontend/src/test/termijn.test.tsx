import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Overdracht, OverdrachtSamenvatting } from '../api/overdracht';
import { WarmeOverdrachtPlanning, controleerPlanning } from '../components/WarmeOverdrachtPlanning';
import { Verstuurd } from '../pages/Verstuurd';
import { isOpgeschaaldEnOpen, termijnTekst } from '../overdracht/termijn';
import { bewaarVoorHerlogin } from '../auth/herlogin';

afterEach(() => cleanup());

const ontvangen: Overdracht = {
  id: '22222222-3333-4444-5555-666666666666',
  versie: 3,
  laatstGewijzigd: '2026-11-25T10:00:00Z',
  status: 'ONTVANGEN',
  eigenaarOrganisatie: 'VTRR',
  ontvangendeOrganisatie: 'WT-RDAM-FEIJ',
  gedeeldeCategorieen: ['IDENTITEIT'],
  verzondenOp: '2026-11-25T09:00:00Z',
  acceptatieUiterlijk: '2026-12-02',
  acceptatieVerlopen: false,
  inhoud: null,
  achtergehouden: [],
};

function api(delen: Partial<SchakelApi>): SchakelApi {
  return {
    overdrachten: vi.fn().mockResolvedValue([]),
    organisaties: vi.fn().mockResolvedValue([]),
    ...delen,
  } as unknown as SchakelApi;
}

describe('acceptatietermijn', () => {
  it('noemt de termijn zolang de ontvanger nog moet beslissen, en verlopen en opgeschaald daarna', () => {
    expect(termijnTekst(ontvangen)).toBe('Accepteren uiterlijk 2 december 2026');
    expect(termijnTekst({ ...ontvangen, acceptatieVerlopen: true })).toBe('Verlopen (uiterlijk 2 december 2026)');
    expect(termijnTekst({ ...ontvangen, acceptatieVerlopen: true, opgeschaaldOp: '2026-12-03T00:05:00Z' })).toBe(
      'Verlopen (uiterlijk 2 december 2026), opgeschaald naar de teamleider',
    );
    expect(termijnTekst({ ...ontvangen, status: 'GEACCEPTEERD', opgeschaaldOp: '2026-12-03T00:05:00Z' })).toBe('');
    expect(isOpgeschaaldEnOpen({ ...ontvangen, opgeschaaldOp: '2026-12-03T00:05:00Z' })).toBe(true);
    expect(isOpgeschaaldEnOpen({ ...ontvangen, status: 'GEACCEPTEERD', opgeschaaldOp: '2026-12-03T00:05:00Z' })).toBe(false);
  });

  it('toont de teamleider alleen de opgeschaalde overdrachten die nog open staan', async () => {
    const lijst: OverdrachtSamenvatting[] = [
      { ...ontvangen, id: 'aaaaaaaa-0000-0000-0000-000000000001', acceptatieVerlopen: true, opgeschaaldOp: '2026-12-03T00:05:00Z' },
      { ...ontvangen, id: 'bbbbbbbb-0000-0000-0000-000000000002' },
    ];
    const overdrachten = vi.fn().mockResolvedValue(lijst);
    render(<Verstuurd api={api({ overdrachten })} alleenOpgeschaald />);

    await waitFor(() => expect(screen.getByTestId('overdrachten')).toBeTruthy());
    expect(overdrachten).toHaveBeenCalledWith(['VERZONDEN', 'ONTVANGEN'], expect.anything(), undefined);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Opgeschaalde overdrachten');
    expect(screen.getByText(/zaaknummer aaaaaaaa/)).toBeTruthy();
    expect(screen.queryByText(/zaaknummer bbbbbbbb/)).toBeNull();
    expect(screen.getByTestId('termijn').textContent).toContain('opgeschaald naar de teamleider');
  });

  it('waarschuwt Veilig Thuis voor verlopen overdrachten en filtert erop', async () => {
    const lijst: OverdrachtSamenvatting[] = [
      { ...ontvangen, id: 'aaaaaaaa-0000-0000-0000-000000000001', acceptatieVerlopen: true, opgeschaaldOp: '2026-12-03T00:05:00Z' },
      { ...ontvangen, id: 'bbbbbbbb-0000-0000-0000-000000000002' },
    ];
    render(<Verstuurd api={api({ overdrachten: vi.fn().mockResolvedValue(lijst) })} />);

    await waitFor(() => expect(screen.getByTestId('verlopen-melding')).toBeTruthy());
    expect(screen.getByTestId('verlopen-melding').textContent).toContain('1 overdracht is over de acceptatietermijn');
    expect(screen.getAllByTestId('termijn')).toHaveLength(2);
    fireEvent.click(screen.getByTestId('filter-verlopen'));
    expect(screen.getAllByTestId('termijn')).toHaveLength(1);
    expect(screen.queryByText(/zaaknummer bbbbbbbb/)).toBeNull();
  });
});

describe('warme overdracht', () => {
  it('controleert datum, tijd en plaats zoals de API', () => {
    expect(controleerPlanning({ datum: '', tijd: '', plaats: ' ' }, '2026-11-25')).toEqual({
      datum: 'Vul de datum van het gesprek in.',
      tijd: 'Vul de tijd van het gesprek in.',
      plaats: 'Vul in waar het gesprek is.',
    });
    expect(controleerPlanning({ datum: '2026-11-24', tijd: '10:00', plaats: 'Kantoor' }, '2026-11-25')).toEqual({
      datum: 'Kies een datum vanaf vandaag.',
    });
    expect(controleerPlanning({ datum: '2026-11-26', tijd: '10:00', plaats: 'x'.repeat(201) }, '2026-11-25').plaats).toContain('200');
    expect(controleerPlanning({ datum: '2026-11-26', tijd: '10:00', plaats: 'Kantoor' }, '2026-11-25')).toEqual({});
  });

  it('de ontvanger plant met If-Match en ziet de planning', async () => {
    const gepland = { ...ontvangen, versie: 4, warmeOverdracht: { datum: '2099-01-05', tijd: '10:30:00', plaats: 'Wijkteamkantoor' } };
    const planWarmeOverdracht = vi.fn().mockResolvedValue(gepland);
    const onGepland = vi.fn();
    render(<WarmeOverdrachtPlanning api={api({ planWarmeOverdracht })} overdracht={ontvangen} magPlannen onGepland={onGepland} />);

    fireEvent.click(screen.getByRole('button', { name: 'Warme overdracht plannen' }));
    fireEvent.change(screen.getByLabelText(/Datum/), { target: { value: '2099-01-05' } });
    fireEvent.change(screen.getByLabelText(/Tijd/), { target: { value: '10:30' } });
    fireEvent.change(screen.getByLabelText(/Plaats/), { target: { value: ' Wijkteamkantoor ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Planning opslaan' }));

    await waitFor(() => expect(onGepland).toHaveBeenCalledWith(gepland));
    expect(planWarmeOverdracht).toHaveBeenCalledWith(ontvangen.id, 3, { datum: '2099-01-05', tijd: '10:30', plaats: 'Wijkteamkantoor' });
  });

  it('zet een fout van de API naast het veld en houdt de invoer', async () => {
    const planWarmeOverdracht = vi.fn().mockRejectedValue(
      new ApiFout('Ongeldige planning', null, 400, null, 'OVD-017', [{ name: 'tijd', reason: 'Een tijdstip dat nog moet komen.' }]),
    );
    render(<WarmeOverdrachtPlanning api={api({ planWarmeOverdracht })} overdracht={ontvangen} magPlannen onGepland={vi.fn()} />);

    fireEvent.click(screen.getByRole('button', { name: 'Warme overdracht plannen' }));
    fireEvent.change(screen.getByLabelText(/Datum/), { target: { value: '2099-01-05' } });
    fireEvent.change(screen.getByLabelText(/Tijd/), { target: { value: '08:00' } });
    fireEvent.change(screen.getByLabelText(/Plaats/), { target: { value: 'Kantoor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Planning opslaan' }));

    await waitFor(() => expect(screen.getByText('Een tijdstip dat nog moet komen.')).toBeTruthy());
    expect((screen.getByLabelText(/Plaats/) as HTMLInputElement).value).toBe('Kantoor');
    expect(screen.getByLabelText(/Tijd/).getAttribute('aria-invalid')).toBe('true');
  });

  it('Veilig Thuis ziet de planning maar kan niet plannen', () => {
    const gepland = { ...ontvangen, warmeOverdracht: { datum: '2099-01-05', tijd: '10:30:00', plaats: 'Wijkteamkantoor' } };
    render(<WarmeOverdrachtPlanning api={api({})} overdracht={gepland} magPlannen={false} onGepland={vi.fn()} />);

    expect(screen.getByTestId('warme-overdracht-gepland').textContent).toContain('5 januari 2099 om 10:30, Wijkteamkantoor');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('houdt een half ingevulde planning vast bij een gedwongen herlogin', () => {
    const eerste = render(<WarmeOverdrachtPlanning api={api({})} overdracht={ontvangen} magPlannen onGepland={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Warme overdracht plannen' }));
    fireEvent.change(screen.getByLabelText(/Plaats/), { target: { value: 'Wijkteamkantoor' } });

    bewaarVoorHerlogin(); // what the token source does just before sending the user to the login page
    eerste.unmount();
    render(<WarmeOverdrachtPlanning api={api({})} overdracht={ontvangen} magPlannen onGepland={vi.fn()} />);

    expect((screen.getByLabelText(/Plaats/) as HTMLInputElement).value).toBe('Wijkteamkantoor');
    expect(sessionStorage.getItem(`schakel.herlogin.warme-overdracht:${ontvangen.id}`)).toBeNull();
  });
});
