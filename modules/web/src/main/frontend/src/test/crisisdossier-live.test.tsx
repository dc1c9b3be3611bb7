import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { FetchEventSourceInit } from '@microsoft/fetch-event-source';
import { fetchEventSource } from '@microsoft/fetch-event-source';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveToestand } from '../api/crisisdossier';
import { CrisisdossierDetail } from '../crisisdossier/pages/CrisisdossierDetail';
import { api, json, nepServer, probleem } from './casusoverlegNep';
import { DOSSIER, aantekening, dossier, mij, organisatiesAntwoord, taak } from './crisisdossierNep';

// EventSource cannot send the bearer token: the screen uses fetch-event-source, replaced here by a stub that hands the
// test the options it was called with (so the test plays the server's events)
vi.mock('@microsoft/fetch-event-source', () => ({ fetchEventSource: vi.fn() }));
const volg = vi.mocked(fetchEventSource);

const PAD = `/crisisdossiers/${DOSSIER}`;

function laatsteAanroep(): { adres: string; opties: FetchEventSourceInit } {
  const aanroep = volg.mock.calls[volg.mock.calls.length - 1];
  return { adres: String(aanroep[0]), opties: aanroep[1] };
}

function bericht(soort: string, volgnummer: number, extra: Record<string, string> = {}) {
  return { id: String(volgnummer), event: soort, data: JSON.stringify({ volgnummer, soort, ...extra }) };
}

const STROOM = () => new Response('', { status: 200, headers: { 'Content-Type': 'text/event-stream' } });

beforeEach(() => {
  volg.mockReset();
  volg.mockImplementation(() => new Promise(() => {}));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('crisisdossier live: de verbinding (api)', () => {
  it('stuurt het token bij elke (her)verbinding, houdt Last-Event-ID, stopt bij geen toegang en wacht langer bij storing', async () => {
    const fetchMock = vi.fn().mockResolvedValue(STROOM());
    vi.stubGlobal('fetch', fetchMock);
    const toestanden: LiveToestand[] = [];
    const ontvangen: string[] = [];
    const stop = new AbortController();
    void api().volgCrisisdossier(DOSSIER, { signaal: stop.signal, bijGebeurtenis: (g) => ontvangen.push(g.soort), bijToestand: (t) => toestanden.push(t) });
    const { adres, opties } = laatsteAanroep();
    expect(adres).toBe(`/api/v1${PAD}/live`);
    expect(opties.signal).toBe(stop.signal);

    // the library puts Last-Event-ID in the headers it passes on a reconnect; the token is added to them
    await opties.fetch!(adres, { headers: { accept: 'text/event-stream', 'last-event-id': '12' } });
    expect(fetchMock.mock.calls[0][1].headers).toEqual({ accept: 'text/event-stream', 'last-event-id': '12', Authorization: 'Bearer tok' });

    await opties.onopen!(STROOM());
    expect(toestanden).toEqual(['verbonden']);

    // the stream ended without the file being closed (a proxy): reconnect, first quickly, then calmer
    expect(() => opties.onclose!()).toThrow();
    expect(opties.onerror!(new Error('weg'))).toBe(1000);
    expect(opties.onerror!(new Error('weg'))).toBe(2000);
    expect(toestanden.at(-1)).toBe('onderbroken');

    // no grant (404): reconnecting cannot help
    let geweigerd: unknown = null;
    try {
      await opties.onopen!(new Response('', { status: 404 }));
    } catch (f) {
      geweigerd = f;
    }
    expect(geweigerd).toBeTruthy();
    expect(() => opties.onerror!(geweigerd)).toThrow();
    expect(toestanden.at(-1)).toBe('niet-beschikbaar');

    // messages: only the contract's kinds; after dossier-gesloten the end of the stream is the end
    opties.onmessage!({ ...bericht('iets-anders', 13) });
    opties.onmessage!({ id: '14', event: 'aantekening-toegevoegd', data: 'geen json' });
    opties.onmessage!(bericht('dossier-gesloten', 15));
    expect(ontvangen).toEqual(['dossier-gesloten']);
    expect(() => opties.onclose!()).not.toThrow();
    expect(toestanden.at(-1)).toBe('gestopt');
  });
});

describe('crisisdossier live: het scherm', () => {
  function server(staat: {
    aantekeningen: ReturnType<typeof aantekening>[];
    taken: ReturnType<typeof taak>[];
    gesloten?: boolean;
    tijdlijnWeg?: boolean;
  }) {
    return nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (staat.gesloten && v.pad === PAD) return probleem(404, 'CRS-404', { title: 'Dit crisisdossier bestaat niet.' });
      if (staat.tijdlijnWeg && v.pad === `${PAD}/aantekeningen`) return probleem(404, 'CRS-404', { title: 'Dit crisisdossier bestaat niet.' });
      if (v.pad === PAD) return json(dossier());
      if (v.pad === `${PAD}/aantekeningen`) return json({ aantekeningen: staat.aantekeningen, achtergehouden: [] });
      if (v.pad === `${PAD}/taken`) return json({ taken: staat.taken });
      return undefined;
    });
  }

  it('een nieuwe aantekening van een partner: de tijdlijn wordt opnieuw gelezen, beleefd aangekondigd en de focus blijft', async () => {
    const staat = { aantekeningen: [aantekening('a1')], taken: [taak('t1')] };
    const fetchMock = server(staat);
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    await screen.findByTestId('tijdlijn');
    await waitFor(() => expect(volg).toHaveBeenCalledTimes(1));
    const { opties } = laatsteAanroep();
    await act(async () => {
      await opties.onopen!(STROOM());
    });
    expect(screen.getByTestId('live-toestand').textContent).toMatch(/^Live: /);

    // the user is typing an entry of their own
    const tekst = within(screen.getByRole('form', { name: 'Nieuwe aantekening' })).getByLabelText(/^Tekst/) as HTMLTextAreaElement;
    tekst.focus();
    fireEvent.change(tekst, { target: { value: 'Half getypt' } });
    const lezingen = () => fetchMock.mock.calls.filter(([a]) => String(a).endsWith(`${PAD}/aantekeningen`)).length;
    const voor = lezingen();

    staat.aantekeningen = [aantekening('a9', { organisatieCode: 'CIT-JBRR', organisatieNaam: 'Crisis Interventie Team JBRR', tekst: 'CIT is onderweg.' }), ...staat.aantekeningen];
    await act(async () => {
      opties.onmessage!(bericht('aantekening-toegevoegd', 12, { aantekeningId: 'a9' }));
    });

    const regio = screen.getByTestId('live-aankondiging');
    await waitFor(() => expect(regio.textContent).toBe('Nieuwe aantekening van CIT-JBRR'));
    expect(regio.getAttribute('aria-live')).toBe('polite');
    expect(document.querySelectorAll('[aria-live="polite"]')).toHaveLength(1);
    expect(lezingen()).toBe(voor + 1);
    expect(within(screen.getByTestId('tijdlijn')).getAllByTestId('aantekening')[0].textContent).toContain('CIT is onderweg.');
    expect(document.activeElement).toBe(tekst);
    expect(tekst.value).toBe('Half getypt');
  });

  it('stand (de eerste gebeurtenis van een nieuwe verbinding): alles wordt eenmaal opnieuw gelezen, zonder aankondiging', async () => {
    const staat = { aantekeningen: [aantekening('a1')], taken: [taak('t1')] };
    const fetchMock = server(staat);
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    await screen.findByTestId('tijdlijn');
    await waitFor(() => expect(volg).toHaveBeenCalledTimes(1));
    const { opties } = laatsteAanroep();
    const lezingen = (pad: string) => fetchMock.mock.calls.filter(([a]) => String(a).endsWith(pad)).length;
    const voor = [lezingen(PAD), lezingen(`${PAD}/aantekeningen`), lezingen(`${PAD}/taken`)];

    // written by a partner between loading the page and opening the stream
    staat.aantekeningen = [aantekening('a2', { organisatieCode: 'FIL', tekst: 'Tussendoor geschreven.' }), ...staat.aantekeningen];
    await act(async () => {
      await opties.onopen!(STROOM());
      opties.onmessage!(bericht('stand', 7));
    });

    await waitFor(() => expect(within(screen.getByTestId('tijdlijn')).getAllByTestId('aantekening')[0].textContent).toContain('Tussendoor geschreven.'));
    expect([lezingen(PAD), lezingen(`${PAD}/aantekeningen`), lezingen(`${PAD}/taken`)]).toEqual(voor.map((n) => n + 1));
    expect(screen.getByTestId('live-aankondiging').textContent).toBe('');
  });

  it('een gewijzigde taak: de taken worden opnieuw gelezen en aangekondigd', async () => {
    const staat = { aantekeningen: [], taken: [taak('t1')] };
    server(staat);
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('raadsonderzoeker', 'RVDK-RR')} />);
    await screen.findByTestId('taken');
    await waitFor(() => expect(volg).toHaveBeenCalled());
    const knop = within(screen.getByTestId('taken')).getByRole('button', { name: /^Wijzigen/ });
    knop.focus();
    staat.taken = [taak('t1', { versie: 2, status: 'ONDERWEG', gaatErheen: true })];
    await act(async () => {
      laatsteAanroep().opties.onmessage!(bericht('taak-gewijzigd', 20, { taakId: 't1' }));
    });
    await waitFor(() => expect(screen.getByTestId('live-aankondiging').textContent).toBe('Taak voor CIT-JBRR gewijzigd: onderweg'));
    expect(screen.getAllByTestId('wie-gaat-erheen')[0].textContent).toMatch(/Crisis Interventie Team JBRR.*onderweg/);
    expect(document.activeElement).toBe(knop);
  });

  it('dossier-gesloten: de stroom stopt, het dossier wordt opnieuw gelezen en alleen de eigen aantekeningen blijven', async () => {
    const staat = { aantekeningen: [aantekening('a1', { tekst: 'Eigen tekst.' })], taken: [], gesloten: false };
    server(staat);
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    await screen.findByTestId('tijdlijn');
    await waitFor(() => expect(volg).toHaveBeenCalled());
    const { opties } = laatsteAanroep();
    staat.gesloten = true;
    await act(async () => {
      opties.onmessage!(bericht('dossier-gesloten', 30));
    });
    expect(opties.signal?.aborted).toBe(true);
    await waitFor(() => expect(screen.getByTestId('live-aankondiging').textContent).toBe('Het crisisdossier is gesloten'));
    expect(await screen.findByText('Deze crisis is gesloten')).toBeTruthy();
    expect(screen.getByTestId('aantekening').textContent).toContain('Eigen tekst.');
    expect(volg).toHaveBeenCalledTimes(1);
  });

  it('wie zelf afschaalt, houdt de weg naar het concept, ook als de live gebeurtenis van de sluiting een 404 teruglas', async () => {
    const staat = { aantekeningen: [aantekening('a1')], taken: [], gesloten: false, tijdlijnWeg: false };
    const gesloten = { op: '2026-12-02T09:00:00Z', uitkomst: 'OVERDRACHT', reden: 'Naar het wijkteam.', overdrachtId: 'o-1' };
    nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (v.pad === `${PAD}/sluiting`) {
        staat.gesloten = true;
        return json(dossier({ versie: 4, status: 'GESLOTEN', gesloten }));
      }
      // the initiator holds nothing of the file after afschaling: every read is the 404 of a missing file
      if (staat.gesloten && v.pad.startsWith(PAD)) return probleem(404, 'CRS-404', { title: 'Dit crisisdossier bestaat niet.' });
      if (v.pad === PAD) return json(dossier());
      if (v.pad === `${PAD}/aantekeningen`) return json({ aantekeningen: staat.aantekeningen, achtergehouden: [] });
      if (v.pad === `${PAD}/taken`) return json({ taken: staat.taken });
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const formulier = await screen.findByRole('form', { name: 'Crisis sluiten' });
    await waitFor(() => expect(volg).toHaveBeenCalled());
    const { opties } = laatsteAanroep();
    fireEvent.click(within(formulier).getByLabelText(/Afschalen naar een overdracht van Veilig Thuis/));
    fireEvent.change(within(formulier).getByLabelText(/^Reden/), { target: { value: 'Naar het wijkteam.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Crisis sluiten' }));
    await screen.findByRole('link', { name: 'Naar de concept-overdracht' });

    // the stream's own news of the closing arrives after the answer and reads the file again: 404
    await act(async () => {
      opties.onmessage!(bericht('dossier-gesloten', 31));
    });
    await waitFor(() => expect(screen.getByTestId('live-aankondiging').textContent).toBe('Het crisisdossier is gesloten'));
    expect(screen.getByRole('link', { name: 'Naar de concept-overdracht' }).getAttribute('href')).toContain('o-1');
    expect(screen.getByText(/De crisis is afgeschaald/)).toBeTruthy();
    expect(screen.getByText('U heeft geen toegang meer tot dit crisisdossier.')).toBeTruthy();
    expect(screen.queryByText('Dit crisisdossier bestaat niet.')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Noodtoegang vragen' })).toBeNull();
  });

  it('dossier-gesloten voor een partner zonder eigen aantekeningen: alles is weg, de aankondiging komt toch', async () => {
    const staat = { aantekeningen: [aantekening('a1')], taken: [], gesloten: false, tijdlijnWeg: false };
    server(staat);
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    await screen.findByTestId('tijdlijn');
    await waitFor(() => expect(volg).toHaveBeenCalled());
    const { opties } = laatsteAanroep();
    staat.gesloten = true;
    staat.tijdlijnWeg = true;
    await act(async () => {
      opties.onmessage!(bericht('dossier-gesloten', 31));
    });
    await waitFor(() => expect(screen.getByTestId('live-aankondiging').textContent).toBe('Het crisisdossier is gesloten'));
    expect(screen.queryByTestId('tijdlijn')).toBeNull();
  });

  it('volgt een gesloten dossier of een dossier zonder toegang niet', async () => {
    nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (v.pad === PAD) return json(dossier({ status: 'GESLOTEN', gesloten: { op: '2026-12-02T09:00:00Z', uitkomst: 'REGULIER', reden: 'r', overdrachtId: null } }));
      if (v.pad === `${PAD}/aantekeningen`) return json({ aantekeningen: [], achtergehouden: [] });
      if (v.pad === `${PAD}/taken`) return json({ taken: [] });
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    await screen.findByTestId('kop');
    await screen.findByText('Er staan nog geen aantekeningen in de tijdlijn.');
    expect(volg).not.toHaveBeenCalled();
  });
});
