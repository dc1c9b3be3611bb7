import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { FetchEventSourceInit } from '@microsoft/fetch-event-source';
import { fetchEventSource } from '@microsoft/fetch-event-source';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Crisisdossier, Screeningsverzoek } from '../api/crisisdossier';
import { CrisisdossierDetail } from '../crisisdossier/pages/CrisisdossierDetail';
import { api, json, probleem, verzoeken } from './casusoverlegNep';
import { DOSSIER, NU, dossier, dossierServer, mij } from './crisisdossierNep';

// the test plays the server's live events through the options the screen gave fetch-event-source
vi.mock('@microsoft/fetch-event-source', () => ({ fetchEventSource: vi.fn() }));
const volg = vi.mocked(fetchEventSource);

const PAD = `/crisisdossiers/${DOSSIER}`;
const STROOM = () => new Response('', { status: 200, headers: { 'Content-Type': 'text/event-stream' } });

function bericht(soort: string, volgnummer: number, extra: Record<string, string> = {}) {
  return { id: String(volgnummer), event: soort, data: JSON.stringify({ volgnummer, soort, ...extra }) };
}

function liveOpties(): FetchEventSourceInit {
  return volg.mock.calls[volg.mock.calls.length - 1][1];
}

const MET_FILOMENA = dossier().partners.concat([
  { organisatieCode: 'FIL', naam: 'Filomena', type: 'CENTRUM_HGKM', initiatiefnemer: false },
  { organisatieCode: 'RVDK-RR', naam: 'Raad voor de Kinderbescherming Rotterdam-Rijnmond', type: 'RAAD_VOOR_DE_KINDERBESCHERMING', initiatiefnemer: false },
]);

function verzoek(id: string, delen: Partial<Screeningsverzoek> = {}): Screeningsverzoek {
  return {
    id,
    crisisdossierId: DOSSIER,
    versie: 1,
    laatstGewijzigd: '2026-12-02T08:00:00Z',
    soort: 'FORENSISCH_MEDISCH',
    spoed: true,
    vraag: 'Blauwe plekken op de bovenarm (fictief).',
    vraagAchtergehouden: false,
    aangevraagdDoor: 'VTRR',
    aangevraagdOp: '2026-12-02T08:00:00Z',
    uitvoerder: 'FIL',
    status: 'AANGEVRAAGD',
    gepland: null,
    afwijzingsreden: null,
    gewijzigdDoor: 'VTRR',
    ...delen,
  };
}

interface Staat {
  dossier: Crisisdossier;
  screeningen: Screeningsverzoek[];
}

function server(staat: Staat, extra?: Parameters<typeof dossierServer>[1]) {
  return dossierServer({ dossier: () => staat.dossier, screeningen: () => staat.screeningen }, extra);
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.setSystemTime(NU);
  volg.mockReset();
  volg.mockImplementation(() => new Promise(() => {}));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('crisisdossier: SOF7 afronden', () => {
  it('het crisisteam rondt af met een conclusie (If-Match) en de klok zegt daarna "afgerond op …" met de conclusie', async () => {
    const staat: Staat = { dossier: dossier(), screeningen: [] };
    const afgerond = dossier({
      versie: 4,
      sof7: { gestartOp: '2026-12-02T06:00:00Z', uiterlijk: '2026-12-07T12:00:00Z', verlopen: false, afgerondOp: '2026-12-02T09:00:00Z', conclusie: 'Geen acuut gevaar meer (fictief).', afgerondDoor: 'VTRR' },
    });
    const fetchMock = server(staat, (v) => (v.pad === `${PAD}/sof7/afronding` ? json(afgerond) : undefined));
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const formulier = await screen.findByRole('form', { name: 'SOF7 afronden' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'SOF7 afronden' }));
    expect((await within(formulier).findByTestId('foutsamenvatting')).textContent).toContain('Conclusie: Vul de conclusie van het SOF7-onderzoek in.');
    expect(verzoeken(fetchMock, 'POST')).toHaveLength(0);

    fireEvent.change(within(formulier).getByLabelText(/^Conclusie/), { target: { value: ' Geen acuut gevaar meer (fictief). ' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'SOF7 afronden' }));
    await waitFor(() => expect(screen.getByTestId('sof7').textContent).toMatch(/^afgerond op 2 december 2026/));
    expect(screen.getByTestId('sof7').textContent).toContain('door Veilig Thuis Rotterdam Rijnmond');
    expect(screen.getByTestId('sof7-conclusie').textContent).toContain('Geen acuut gevaar meer (fictief).');
    const [, init] = verzoeken(fetchMock, 'POST')[0];
    expect((init as RequestInit).headers).toMatchObject({ 'If-Match': '"3"' });
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ conclusie: 'Geen acuut gevaar meer (fictief).' });
    expect(screen.queryByRole('form', { name: 'SOF7 afronden' })).toBeNull();
  });

  it('al afgerond door een ander (409 CRS-015): de fout met "Opnieuw laden"; de Raad en Filomena zien het formulier niet', async () => {
    const staat: Staat = { dossier: dossier(), screeningen: [] };
    server(staat, (v) => (v.pad === `${PAD}/sof7/afronding` ? probleem(409, 'CRS-015', { title: 'Het SOF7-onderzoek is al afgerond.' }) : undefined));
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('cit-medewerker', 'CIT-JBRR')} />);
    const formulier = await screen.findByRole('form', { name: 'SOF7 afronden' });
    fireEvent.change(within(formulier).getByLabelText(/^Conclusie/), { target: { value: 'Klaar.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'SOF7 afronden' }));
    expect(await within(formulier).findByText(/al afgerond/)).toBeTruthy();
    expect(within(formulier).getByRole('button', { name: 'Opnieuw laden' })).toBeTruthy();
    cleanup();

    for (const [rol, organisatie] of [['raadsonderzoeker', 'RVDK-RR'], ['filomena-medewerker', 'FIL']]) {
      server({ dossier: dossier({ partners: MET_FILOMENA }), screeningen: [] });
      render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij(rol, organisatie)} />);
      await screen.findByRole('heading', { level: 2, name: 'Screening door Filomena' });
      expect(screen.queryByRole('form', { name: 'SOF7 afronden' })).toBeNull();
      cleanup();
    }
  });

  it('live: een partner rondt af, de klok wordt opnieuw gelezen en beleefd aangekondigd; de focus blijft', async () => {
    const staat: Staat = { dossier: dossier(), screeningen: [] };
    server(staat);
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const conclusie = within(await screen.findByRole('form', { name: 'SOF7 afronden' })).getByLabelText(/^Conclusie/);
    await waitFor(() => expect(volg).toHaveBeenCalled());
    await act(async () => {
      await liveOpties().onopen!(STROOM());
    });
    conclusie.focus();
    staat.dossier = dossier({
      versie: 4,
      sof7: { gestartOp: '2026-12-02T06:00:00Z', uiterlijk: '2026-12-07T12:00:00Z', verlopen: false, afgerondOp: '2026-12-02T09:00:00Z', conclusie: 'Klaar (fictief).', afgerondDoor: 'CIT-JBRR' },
    });
    await act(async () => {
      liveOpties().onmessage!(bericht('sof7-afgerond', 7, { crisisdossierId: DOSSIER, organisatieCode: 'CIT-JBRR' }));
    });
    const regio = screen.getByTestId('live-aankondiging');
    await waitFor(() => expect(regio.textContent).toBe('Het SOF7-onderzoek is afgerond door CIT-JBRR'));
    expect(regio.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByTestId('sof7').textContent).toMatch(/^afgerond op/);
    expect(document.activeElement === conclusie || !document.body.contains(conclusie)).toBe(true);
    expect(document.activeElement).not.toBe(regio);
  });
});

describe('crisisdossier: screening door Filomena', () => {
  it('Veilig Thuis vraagt een screening aan: velden gecontroleerd, de lijst opnieuw gelezen', async () => {
    const staat: Staat = { dossier: dossier({ partners: MET_FILOMENA }), screeningen: [] };
    const fetchMock = server(staat, (v) => {
      if (v.pad === `${PAD}/screeningsverzoeken` && v.methode === 'POST') {
        staat.screeningen = [verzoek('s1')];
        return json(staat.screeningen[0], 201);
      }
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    expect(await screen.findByText('Er is nog geen screening gevraagd.')).toBeTruthy();
    const formulier = screen.getByRole('form', { name: 'Screening aanvragen' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Screening aanvragen' }));
    const fouten = await within(formulier).findByTestId('foutsamenvatting');
    expect(fouten.textContent).toContain('Soort screening: Kies welke screening u vraagt.');
    expect(fouten.textContent).toContain('Vraag: Vul uw vraag aan Filomena in.');

    fireEvent.click(within(formulier).getByLabelText('Forensisch-medisch'));
    fireEvent.change(within(formulier).getByLabelText(/^Vraag aan Filomena/), { target: { value: ' Blauwe plekken op de bovenarm (fictief). ' } });
    fireEvent.click(within(formulier).getByLabelText('Spoed'));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Screening aanvragen' }));
    expect(await screen.findByText('De screening is aangevraagd bij Filomena.')).toBeTruthy();
    expect(JSON.parse(String((verzoeken(fetchMock, 'POST')[0][1] as RequestInit).body))).toEqual({
      soort: 'FORENSISCH_MEDISCH',
      vraag: 'Blauwe plekken op de bovenarm (fictief).',
      spoed: true,
    });
    const item = await screen.findByTestId('screeningsverzoek');
    expect(item.textContent).toMatch(/Forensisch-medisch · spoed · status: aangevraagd/);
    expect(within(item).getByTestId('screeningsvraag').textContent).toBe('Blauwe plekken op de bovenarm (fictief).');
    expect(within(item).queryByRole('form')).toBeNull();
  });

  it('zonder Filomena als partner geen aanvraagformulier, wel de uitleg', async () => {
    server({ dossier: dossier(), screeningen: [] });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    expect(await screen.findByText(/Filomena is geen partner van deze crisis/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Screening aanvragen' })).toBeNull();
  });

  it('de Raad ziet dat er een verzoek is en de status, niet de vraag', async () => {
    server({ dossier: dossier({ partners: MET_FILOMENA }), screeningen: [verzoek('s1', { vraag: null, vraagAchtergehouden: true, status: 'INGEPLAND', gepland: '2026-12-02T13:00:00Z' })] });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('raadsonderzoeker', 'RVDK-RR')} />);
    const item = await screen.findByTestId('screeningsverzoek');
    expect(within(item).getByTestId('screeningsstatus').textContent).toMatch(/^ingepland op 2 december 2026/);
    expect(within(item).getByTestId('screeningsvraag').textContent).toBe('De vraag gaat over gezondheid en is niet voor uw organisatie zichtbaar.');
    expect(item.textContent).not.toContain('Blauwe plekken');
    expect(within(item).queryByRole('form')).toBeNull();
  });

  it('Filomena plant in (If-Match) en krijgt bij een verouderde versie 412 met "Opnieuw laden"', async () => {
    const staat: Staat = { dossier: dossier({ partners: MET_FILOMENA }), screeningen: [verzoek('s1')] };
    let keer = 0;
    const fetchMock = server(staat, (v) => {
      if (v.pad === `${PAD}/screeningsverzoeken/s1/status`) {
        keer += 1;
        if (keer === 1) return probleem(412, 'API-412', { title: 'Het screeningsverzoek is intussen gewijzigd.' });
        staat.screeningen = [verzoek('s1', { versie: 3, status: 'INGEPLAND', gepland: '2026-12-03T09:30:00Z', gewijzigdDoor: 'FIL' })];
        return json(staat.screeningen[0]);
      }
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('filomena-medewerker', 'FIL')} />);
    const item = await screen.findByTestId('screeningsverzoek');
    expect(screen.queryByRole('form', { name: 'Screening aanvragen' })).toBeNull();
    const formulier = within(item).getByRole('form', { name: /^Status van de screening wijzigen/ });
    fireEvent.click(within(formulier).getByLabelText('Inplannen'));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Status opslaan' }));
    expect((await within(formulier).findByTestId('foutsamenvatting')).textContent).toContain('Gepland: Vul de datum en de tijd in.');

    fireEvent.change(within(formulier).getByLabelText('Datum'), { target: { value: '2026-12-03' } });
    fireEvent.change(within(formulier).getByLabelText('Tijd'), { target: { value: '10:30' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Status opslaan' }));
    const opnieuw = await within(formulier).findByRole('button', { name: 'Opnieuw laden' });
    expect((verzoeken(fetchMock, 'PUT')[0][1] as RequestInit).headers).toMatchObject({ 'If-Match': '"1"' });
    staat.screeningen = [verzoek('s1', { versie: 2 })];
    fireEvent.click(opnieuw);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Opnieuw laden' })).toBeNull());

    const nieuw = within(await screen.findByTestId('screeningsverzoek')).getByRole('form', { name: /^Status van de screening wijzigen/ });
    fireEvent.click(within(nieuw).getByLabelText('Inplannen'));
    fireEvent.change(within(nieuw).getByLabelText('Datum'), { target: { value: '2026-12-03' } });
    fireEvent.change(within(nieuw).getByLabelText('Tijd'), { target: { value: '10:30' } });
    fireEvent.click(within(nieuw).getByRole('button', { name: 'Status opslaan' }));
    expect(await screen.findByText('De screening is ingepland.')).toBeTruthy();
    const tweede = verzoeken(fetchMock, 'PUT')[1][1] as RequestInit;
    expect(tweede.headers).toMatchObject({ 'If-Match': '"2"' });
    expect(JSON.parse(String(tweede.body))).toMatchObject({ status: 'INGEPLAND', gepland: new Date('2026-12-03T10:30').toISOString(), reden: null });
    await waitFor(() => expect(screen.getByTestId('screeningsstatus').textContent).toMatch(/^ingepland op 3 december 2026/));
  });

  it('live: Filomena wijzigt de status; de lijst wordt opnieuw gelezen en beleefd aangekondigd, de focus blijft', async () => {
    const staat: Staat = { dossier: dossier({ partners: MET_FILOMENA }), screeningen: [verzoek('s1')] };
    server(staat);
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    await screen.findByTestId('screeningsverzoek');
    await waitFor(() => expect(volg).toHaveBeenCalled());
    await act(async () => {
      await liveOpties().onopen!(STROOM());
    });
    const vraag = within(screen.getByRole('form', { name: 'Screening aanvragen' })).getByLabelText(/^Vraag aan Filomena/) as HTMLTextAreaElement;
    vraag.focus();
    fireEvent.change(vraag, { target: { value: 'Half getypt' } });
    staat.screeningen = [verzoek('s1', { versie: 2, status: 'UITGEVOERD', gewijzigdDoor: 'FIL' })];
    await act(async () => {
      liveOpties().onmessage!(bericht('screening-gewijzigd', 9, { screeningsverzoekId: 's1', organisatieCode: 'FIL' }));
    });
    const regio = screen.getByTestId('live-aankondiging');
    await waitFor(() => expect(regio.textContent).toBe('Screening door Filomena: uitgevoerd'));
    expect(screen.getByTestId('screeningsstatus').textContent).toBe('uitgevoerd');
    expect(document.activeElement).toBe(vraag);
    expect(vraag.value).toBe('Half getypt');
    expect(document.querySelectorAll('[aria-live="polite"]')).toHaveLength(1);
  });
});
