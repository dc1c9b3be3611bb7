import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrisisdossierDetail } from '../crisisdossier/pages/CrisisdossierDetail';
import { api, json, nepServer, probleem, verzoeken } from './casusoverlegNep';
import type { Verzoek } from './casusoverlegNep';
import { DOSSIER, NU, aantekening, dossier, mij, organisatiesAntwoord, taak } from './crisisdossierNep';

// the live stream has its own test (crisisdossier-live); here it never delivers anything
vi.mock('@microsoft/fetch-event-source', () => ({ fetchEventSource: vi.fn(() => new Promise(() => {})) }));

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.setSystemTime(NU);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const PAD = `/crisisdossiers/${DOSSIER}`;

const AANTEKENINGEN = {
  aantekeningen: [
    aantekening('a3', { organisatieCode: 'CIT-JBRR', organisatieNaam: 'Crisis Interventie Team JBRR', soort: 'BESLUIT', tekst: 'CIT gaat erheen.' }),
    aantekening('a2', { versie: 2, tekst: 'Gecorrigeerde observatie.', laatstGewijzigd: '2026-12-02T08:30:00Z' }),
    aantekening('a1', { status: 'INGETROKKEN', intrekkingsreden: 'Verkeerd gezin.', soort: 'NOTITIE' }),
  ],
  achtergehouden: ['GEZONDHEID'],
};

const VEILIGHEID = {
  oordeel: 'ACUUT_ONVEILIG',
  achtergehouden: false,
  bijdragen: [
    {
      organisatieCode: 'CIT-JBRR',
      versie: 2,
      laatstGewijzigd: '2026-12-02T08:00:00Z',
      gewijzigdDoor: 'Fictieve CIT-er',
      oordeel: 'ACUUT_ONVEILIG',
      risicofactoren: ['Vader dreigt terug te komen.'],
      beschermendeFactoren: ['Oma vangt de kinderen op.'],
      afspraken: ['Kinderen slapen bij oma.'],
    },
  ],
};

/** The file, its timeline, tasks and joint safety as the API gives them; {@code extra} answers first. */
function server(extra: (v: Verzoek) => Response | undefined = () => undefined) {
  return nepServer((v) => {
    const antwoord = extra(v);
    if (antwoord) return antwoord;
    if (v.pad === '/organisaties') return organisatiesAntwoord();
    if (v.pad === PAD) return json(dossier());
    if (v.pad === `${PAD}/aantekeningen` && v.methode === 'GET') return json(AANTEKENINGEN);
    if (v.pad === `${PAD}/veiligheid` && v.methode === 'GET') return json(VEILIGHEID);
    if (v.pad === `${PAD}/taken` && v.methode === 'GET')
      return json({ taken: [taak('t1', { gaatErheen: true, medewerker: 'Fictieve CIT-er', gepland: '2026-12-02T10:00:00Z', status: 'ONDERWEG' }), taak('t2')] });
    return undefined;
  });
}

describe('crisisdossier: het dossier', () => {
  it('toont de kop met de SOF7-klok die elke minuut loopt, wie erheen gaat, de tijdlijn, betrokkenen en waarom', async () => {
    server();
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Crisis rond Noor de Vries' })).toBeTruthy();
    const kop = screen.getByTestId('kop');
    expect(within(kop).getByTestId('status').textContent).toBe('Open');
    expect(kop.textContent).toContain('Veilig Thuis Rotterdam Rijnmond en Crisis Interventie Team JBRR');
    expect(within(kop).getByTestId('sof7').textContent).toMatch(/^nog 5 dagen en 3 uur/);
    expect((await within(kop).findByTestId('wie-gaat-erheen')).textContent).toMatch(/Crisis Interventie Team JBRR \(Fictieve CIT-er\), gepland 2 december 2026.*onderweg/);

    await act(async () => {
      vi.advanceTimersByTime(61 * 60_000);
    });
    expect(within(kop).getByTestId('sof7').textContent).toMatch(/^nog 5 dagen en 1 uur/);

    const tijdlijn = await screen.findByTestId('tijdlijn');
    const items = within(tijdlijn).getAllByTestId('aantekening');
    expect(items.map((a) => a.getAttribute('data-id'))).toEqual(['a3', 'a2', 'a1']);
    expect(items[0].textContent).toMatch(/Besluit · Veiligheid/);
    expect(items[0].textContent).toMatch(/Crisis Interventie Team JBRR · Fictieve Medewerker · 2 december 2026/);
    expect(items[1].textContent).toMatch(/gecorrigeerd op 2 december 2026/);
    expect(within(items[2]).getByTestId('ingetrokken').textContent).toBe('Ingetrokken: Verkeerd gezin.');
    expect(items[2].textContent).not.toContain('Tekst van a1');
    expect(screen.getByTestId('achtergehouden').textContent).toMatch(/in de categorie Gezondheid ziet u niet/);

    // only the own organisation (VTRR) corrects or withdraws, and not what is withdrawn
    expect(within(items[0]).queryByRole('button', { name: /^Corrigeren/ })).toBeNull();
    expect(within(items[1]).getByRole('button', { name: /^Corrigeren: observatie van 2 december 2026/ })).toBeTruthy();
    expect(within(items[2]).queryByRole('button', { name: /^Intrekken/ })).toBeNull();

    expect(screen.getByTestId('betrokkenen').textContent).toBe('Noor de Vries (Kind, geboren 1 april 2019)');
    const waarom = screen.getByTestId('waarom');
    expect(waarom.textContent).toContain('Uw organisatie is partner in deze crisis');
    expect(waarom.textContent).toContain('tot de crisis wordt gesloten');
    expect(screen.getByRole('form', { name: 'Crisis sluiten' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'De crisismelding',
      'Tijdlijn',
      'Taken',
      'Gezamenlijke veiligheidsbeoordeling en veiligheidsplan',
      'SOF7 afronden',
      'DMFI: casusregie en evaluaties',
      'Screening door Filomena',
      'Betrokkenen',
      'Waarom zie ik dit?',
      'Crisis sluiten (afschaling)',
    ]);
  });

  it('toont de versiegeschiedenis van een gecorrigeerde aantekening', async () => {
    server((v) =>
      v.pad === `${PAD}/aantekeningen/a2/versies`
        ? json({
            versies: [
              { versie: 1, soort: 'OBSERVATIE', categorie: 'VEILIGHEID', tekst: 'Eerste observatie.', op: '2026-12-02T07:00:00Z', door: { naam: 'Fictieve Medewerker', organisatieCode: 'VTRR' } },
              { versie: 2, soort: 'OBSERVATIE', categorie: 'VEILIGHEID', tekst: 'Gecorrigeerde observatie.', op: '2026-12-02T08:30:00Z', door: { naam: 'Fictieve Medewerker', organisatieCode: 'VTRR' } },
            ],
          })
        : undefined,
    );
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const items = within(await screen.findByTestId('tijdlijn')).getAllByTestId('aantekening');
    const knop = within(items[1]).getByRole('button', { name: 'Versiegeschiedenis tonen' });
    expect(knop.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(knop);
    const versies = await within(items[1]).findByTestId('versies');
    expect(within(versies).getAllByRole('listitem').map((l) => l.textContent)).toEqual([
      expect.stringMatching(/^Versie 1, .* door Fictieve Medewerker \(Veilig Thuis Rotterdam Rijnmond\): Observatie · Veiligheid — Eerste observatie\.$/),
      expect.stringMatching(/^Versie 2, .*Gecorrigeerde observatie\.$/),
    ]);
    expect(knop.getAttribute('aria-expanded')).toBe('true');
  });

  it('schrijft een nieuwe aantekening, met fouten bij de velden, en leest de tijdlijn opnieuw', async () => {
    let gelezen = 0;
    const fetchMock = server((v) => {
      if (v.pad === `${PAD}/aantekeningen` && v.methode === 'POST') return json(aantekening('a4'), 201);
      if (v.pad === `${PAD}/aantekeningen` && v.methode === 'GET') gelezen += 1;
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const formulier = await screen.findByRole('form', { name: 'Nieuwe aantekening' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aantekening toevoegen' }));
    const samenvatting = await within(formulier).findByTestId('foutsamenvatting');
    expect(samenvatting.textContent).toContain('Soort: Kies de soort aantekening.');
    expect(samenvatting.textContent).toContain('Tekst: Vul de tekst in.');
    await waitFor(() => expect(document.activeElement?.contains(samenvatting)).toBe(true));

    fireEvent.change(within(formulier).getByLabelText(/^Soort/), { target: { value: 'OBSERVATIE' } });
    fireEvent.change(within(formulier).getByLabelText(/^Categorie/), { target: { value: 'VEILIGHEID' } });
    fireEvent.change(within(formulier).getByLabelText(/^Tekst/), { target: { value: ' Kind slaapt bij oma. ' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aantekening toevoegen' }));
    expect(await screen.findByText('Uw aantekening staat in de tijdlijn.')).toBeTruthy();
    const [, init] = verzoeken(fetchMock, 'POST')[0];
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ soort: 'OBSERVATIE', categorie: 'VEILIGHEID', tekst: 'Kind slaapt bij oma.' });
    expect(gelezen).toBe(2);
    expect((within(formulier).getByLabelText(/^Tekst/) as HTMLTextAreaElement).value).toBe('');
  });

  it('trekt een eigen aantekening in met een reden en If-Match', async () => {
    const fetchMock = server((v) => (v.pad === `${PAD}/aantekeningen/a2/intrekking` ? new Response(null, { status: 200 }) : undefined));
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const items = within(await screen.findByTestId('tijdlijn')).getAllByTestId('aantekening');
    fireEvent.click(within(items[1]).getByRole('button', { name: /^Intrekken/ }));
    const formulier = within(items[1]).getByRole('form', { name: 'Aantekening intrekken' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aantekening intrekken' }));
    expect((await within(formulier).findByTestId('foutsamenvatting')).textContent).toContain('Reden: Vul in waarom u de aantekening intrekt.');
    fireEvent.change(within(formulier).getByLabelText(/^Reden van intrekken/), { target: { value: 'Verkeerd gezin.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Aantekening intrekken' }));
    expect(await screen.findByText(/De aantekening is ingetrokken/)).toBeTruthy();
    const [, init] = verzoeken(fetchMock, 'POST')[0];
    expect((init as RequestInit).headers).toMatchObject({ 'If-Match': '"2"' });
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ reden: 'Verkeerd gezin.' });
  });

  it('een correctie op een verouderde versie: 412, "Opnieuw laden" haalt de tijdlijn, de invoer blijft, de volgende poging stuurt de nieuwe versie', async () => {
    let gelezen = 0;
    let poging = 0;
    const fetchMock = server((v) => {
      if (v.pad === `${PAD}/aantekeningen/a2/correcties`) {
        poging += 1;
        return poging === 1 ? probleem(412, 'API-412') : json(aantekening('a2', { versie: 4 }));
      }
      if (v.pad === `${PAD}/aantekeningen` && v.methode === 'GET') {
        gelezen += 1;
        return json({ ...AANTEKENINGEN, aantekeningen: AANTEKENINGEN.aantekeningen.map((a) => (a.id === 'a2' && gelezen > 1 ? { ...a, versie: 3 } : a)) });
      }
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const items = within(await screen.findByTestId('tijdlijn')).getAllByTestId('aantekening');
    fireEvent.click(within(items[1]).getByRole('button', { name: /^Corrigeren/ }));
    const formulier = within(items[1]).getByRole('form', { name: 'Aantekening corrigeren' });
    expect((within(formulier).getByLabelText(/^Tekst/) as HTMLTextAreaElement).value).toBe('Gecorrigeerde observatie.');
    fireEvent.change(within(formulier).getByLabelText(/^Tekst/), { target: { value: 'Derde versie.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Correctie opslaan' }));
    expect(await within(formulier).findByText('Iemand anders heeft dit intussen gewijzigd')).toBeTruthy();
    expect((verzoeken(fetchMock, 'POST')[0][1] as RequestInit).headers).toMatchObject({ 'If-Match': '"2"' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Opnieuw laden' }));
    await waitFor(() => expect(gelezen).toBe(2));
    await waitFor(() => expect(within(formulier).queryByText('Iemand anders heeft dit intussen gewijzigd')).toBeNull());
    expect((within(formulier).getByLabelText(/^Tekst/) as HTMLTextAreaElement).value).toBe('Derde versie.');
    fireEvent.click(within(formulier).getByRole('button', { name: 'Correctie opslaan' }));
    expect(await screen.findByText('De correctie is opgeslagen als nieuwe versie.')).toBeTruthy();
    const tweede = verzoeken(fetchMock, 'POST')[1][1] as RequestInit;
    expect(tweede.headers).toMatchObject({ 'If-Match': '"3"' });
    expect(JSON.parse(String(tweede.body))).toEqual({ soort: 'OBSERVATIE', categorie: 'VEILIGHEID', tekst: 'Derde versie.' });
  });

  it('een taak die intussen door een ander is gewijzigd: 412, "Opnieuw laden", de invoer blijft en de volgende poging bouwt op de nieuwe versie', async () => {
    let takenGelezen = 0;
    let poging = 0;
    const fetchMock = server((v) => {
      if (v.pad === `${PAD}/taken/t2` && v.methode === 'PUT') {
        poging += 1;
        return poging === 1 ? probleem(412, 'API-412') : json(taak('t2', { versie: 3, omschrijving: 'Mijn omschrijving' }));
      }
      if (v.pad === `${PAD}/taken` && v.methode === 'GET') {
        takenGelezen += 1;
        return json({ taken: [taak('t2', takenGelezen > 1 ? { versie: 2, omschrijving: 'Andermans omschrijving', gewijzigdDoor: 'CIT-JBRR', status: 'ONDERWEG' } : {})] });
      }
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('cit-medewerker', 'CIT-JBRR')} />);
    const taken = await screen.findByTestId('taken');
    fireEvent.click(within(taken).getByRole('button', { name: /^Wijzigen/ }));
    const formulier = within(taken).getByRole('form', { name: 'Taak wijzigen' });
    fireEvent.change(within(formulier).getByLabelText(/^Omschrijving/), { target: { value: 'Mijn omschrijving' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Wijziging opslaan' }));

    expect(await within(formulier).findByText('Iemand anders heeft dit intussen gewijzigd')).toBeTruthy();
    expect((within(formulier).getByLabelText(/^Omschrijving/) as HTMLTextAreaElement).value).toBe('Mijn omschrijving');
    expect((verzoeken(fetchMock, 'PUT')[0][1] as RequestInit).headers).toMatchObject({ 'If-Match': '"1"' });

    fireEvent.click(within(formulier).getByRole('button', { name: 'Opnieuw laden' }));
    expect((await within(formulier).findByTestId('andere-versie')).textContent).toMatch(/Andermans omschrijving.*onderweg/);
    expect((within(formulier).getByLabelText(/^Omschrijving/) as HTMLTextAreaElement).value).toBe('Mijn omschrijving');
    expect(within(formulier).queryByText('Iemand anders heeft dit intussen gewijzigd')).toBeNull();

    fireEvent.click(within(formulier).getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByText('De taak is gewijzigd.')).toBeTruthy();
    const tweede = verzoeken(fetchMock, 'PUT')[1][1] as RequestInit;
    expect(tweede.headers).toMatchObject({ 'If-Match': '"2"' });
    expect(JSON.parse(String(tweede.body))).toMatchObject({ omschrijving: 'Mijn omschrijving', organisatieCode: 'CIT-JBRR', status: 'OPEN', gaatErheen: false, gepland: null });
  });

  it('voegt een taak toe voor een partner, met wie erheen gaat', async () => {
    const fetchMock = server((v) => (v.pad === `${PAD}/taken` && v.methode === 'POST' ? json(taak('t3'), 201) : undefined));
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Taak toevoegen' }));
    const formulier = screen.getByRole('form', { name: 'Taak toevoegen' });
    await waitFor(() => expect(document.activeElement).toBe(within(formulier).getByLabelText(/^Omschrijving/)));
    fireEvent.change(within(formulier).getByLabelText(/^Omschrijving/), { target: { value: 'Huisbezoek' } });
    fireEvent.change(within(formulier).getByLabelText(/^Organisatie/), { target: { value: 'CIT-JBRR' } });
    fireEvent.click(within(formulier).getByLabelText(/gaat erheen/));
    fireEvent.change(within(formulier).getByLabelText(/^Datum/), { target: { value: '2026-12-02' } });
    fireEvent.change(within(formulier).getByLabelText(/^Tijd/), { target: { value: '14:00' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Taak toevoegen' }));
    expect(await screen.findByText('De taak is toegevoegd.')).toBeTruthy();
    const body = JSON.parse(String((verzoeken(fetchMock, 'POST')[0][1] as RequestInit).body));
    expect(body).toMatchObject({ omschrijving: 'Huisbezoek', organisatieCode: 'CIT-JBRR', gaatErheen: true, expertise: null, medewerker: null });
    expect(new Date(body.gepland).getTime()).toBe(new Date('2026-12-02T14:00').getTime());
    expect(body.status).toBeUndefined();
  });

  it('sluit de crisis (afschaling) met uitkomst en reden, alleen voor crisismedewerker en CIT', async () => {
    const fetchMock = server((v) =>
      v.pad === `${PAD}/sluiting`
        ? json(dossier({ versie: 4, status: 'GESLOTEN', gesloten: { op: '2026-12-02T09:00:00Z', uitkomst: 'REGULIER', reden: 'Veilig.', overdrachtId: null }, vernietigingsdatum: '2046-12-02' }))
        : undefined,
    );
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const formulier = await screen.findByRole('form', { name: 'Crisis sluiten' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Crisis sluiten' }));
    const samenvatting = await within(formulier).findByTestId('foutsamenvatting');
    expect(samenvatting.textContent).toContain('Uitkomst: Kies hoe de crisis verder gaat.');
    fireEvent.click(within(formulier).getByLabelText(/Terug naar het reguliere werk/));
    fireEvent.change(within(formulier).getByLabelText(/^Reden/), { target: { value: 'Veilig.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Crisis sluiten' }));
    await waitFor(() => expect(screen.getByTestId('status').textContent).toMatch(/^Gesloten, op 2 december 2026.*: terug naar het reguliere werk/));
    // the clock of retention starts at the closure: the page says when the file will be destroyed
    expect(screen.getByTestId('bewaartermijn').textContent).toContain('Wordt vernietigd op 2 december 2046');
    const [, init] = verzoeken(fetchMock, 'POST')[0];
    expect((init as RequestInit).headers).toMatchObject({ 'If-Match': '"3"' });
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ uitkomst: 'REGULIER', reden: 'Veilig.' });
    expect(screen.queryByRole('form', { name: 'Crisis sluiten' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Nieuwe aantekening' })).toBeNull();
  });

  it('Veilig Thuis schaalt af naar een voorgevuld concept en krijgt de weg erheen; het CIT ziet die keuze niet', async () => {
    const fetchMock = server((v) =>
      v.pad === `${PAD}/sluiting`
        ? json(dossier({ versie: 4, status: 'GESLOTEN', gesloten: { op: '2026-12-02T09:00:00Z', uitkomst: 'OVERDRACHT', reden: 'Naar het wijkteam.', overdrachtId: 'o-1' } }))
        : undefined,
    );
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const formulier = await screen.findByRole('form', { name: 'Crisis sluiten' });
    expect(within(formulier).queryByTestId('afschaling-uitleg')).toBeNull();
    fireEvent.click(within(formulier).getByLabelText(/Afschalen naar een overdracht van Veilig Thuis/));
    expect(within(formulier).getByTestId('afschaling-uitleg').textContent).toMatch(/Er wordt nog niets gedeeld/);
    fireEvent.change(within(formulier).getByLabelText(/^Reden/), { target: { value: 'Naar het wijkteam.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Crisis sluiten' }));
    const link = await screen.findByRole('link', { name: 'Naar de concept-overdracht' });
    expect(link.getAttribute('href')).toContain('o-1');
    expect(screen.getByText(/De crisis is afgeschaald/)).toBeTruthy();
    const [, init] = verzoeken(fetchMock, 'POST')[0];
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ uitkomst: 'OVERDRACHT', reden: 'Naar het wijkteam.' });
  });

  it('het CIT sluit wel, maar kan niet afschalen naar een overdracht van Veilig Thuis', async () => {
    server();
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('cit-medewerker', 'CIT-JBRR')} />);
    const formulier = await screen.findByRole('form', { name: 'Crisis sluiten' });
    expect(within(formulier).getByLabelText(/Terug naar het reguliere werk/)).toBeTruthy();
    expect(within(formulier).queryByLabelText(/Afschalen naar een overdracht/)).toBeNull();
  });

  it('toont het gezamenlijke oordeel en elk deel, en schrijft het eigen deel: het eerste zonder versie', async () => {
    const fetchMock = server((v) =>
      v.pad === `${PAD}/veiligheid/VTRR` && v.methode === 'PUT'
        ? json({ ...VEILIGHEID, bijdragen: [...VEILIGHEID.bijdragen, { ...VEILIGHEID.bijdragen[0], organisatieCode: 'VTRR', versie: 1, oordeel: 'ONVEILIG' }] })
        : undefined,
    );
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const sectie = await screen.findByTestId('veiligheid');
    await within(sectie).findByTestId('veiligheidsbijdrage');
    expect(within(sectie).getByTestId('gezamenlijk-oordeel').textContent).toMatch(/^Gezamenlijk oordeel: Acuut onveilig/);
    expect(within(sectie).getByRole('heading', { level: 3 }).textContent).toMatch(/: acuut onveilig$/);
    expect(sectie.textContent).toContain('Kinderen slapen bij oma.');

    fireEvent.click(within(sectie).getByRole('button', { name: /^Deel van .* toevoegen$/ }));
    const formulier = within(sectie).getByRole('form');
    fireEvent.click(within(formulier).getByRole('button', { name: 'Deel opslaan' }));
    expect((await within(formulier).findByTestId('foutsamenvatting')).textContent).toContain('Oordeel: Kies uw oordeel');
    fireEvent.click(within(formulier).getByLabelText('Onveilig'));
    fireEvent.change(within(formulier).getByLabelText(/^Afspraken in het veiligheidsplan/), {
      target: { value: 'Huisverbod tien dagen.\n\n  Moeder belt dagelijks.  ' },
    });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Deel opslaan' }));
    await waitFor(() => expect(verzoeken(fetchMock, 'PUT')).toHaveLength(1));
    const [adres, init] = verzoeken(fetchMock, 'PUT')[0];
    expect(String(adres)).toContain(`${PAD}/veiligheid/VTRR`);
    expect((init as RequestInit).headers).not.toHaveProperty('If-Match');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({
      oordeel: 'ONVEILIG',
      risicofactoren: [],
      beschermendeFactoren: [],
      afspraken: ['Huisverbod tien dagen.', 'Moeder belt dagelijks.'],
    });
  });

  it('wie met noodtoegang leest, ziet de veiligheidsbeoordeling maar schrijft niet', async () => {
    server((v) => (v.pad === PAD ? json(dossier({ toegang: { reden: 'NOODTOEGANG', categorieen: ['VEILIGHEID'], tot: '2026-12-02T12:00:00Z' } })) : undefined));
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('filomena-medewerker', 'FIL')} />);
    const sectie = await screen.findByTestId('veiligheid');
    await within(sectie).findByTestId('veiligheidsbijdrage');
    expect(within(sectie).queryByRole('button', { name: /^Deel van/ })).toBeNull();
  });

  it('de Raad mag niet sluiten', async () => {
    server();
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('raadsonderzoeker', 'RVDK-RR')} />);
    await screen.findByTestId('tijdlijn');
    expect(screen.queryByRole('form', { name: 'Crisis sluiten' })).toBeNull();
    expect(screen.getByRole('form', { name: 'Nieuwe aantekening' })).toBeTruthy();
  });
});

describe('crisisdossier: zonder toegang', () => {
  it('biedt een crisisrol bij 404 noodtoegang met een reden van ten minste 20 tekens en opent dan alleen-lezen', async () => {
    let open = false;
    const fetchMock = nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (v.pad === `${PAD}/noodtoegang` && v.methode === 'POST') {
        open = true;
        return json({ tot: '2026-12-02T13:00:00Z', reden: 'x' }, 201);
      }
      if (!open) return probleem(404, 'CRS-404', { title: 'Dit crisisdossier bestaat niet.' });
      if (v.pad === PAD) return json(dossier({ toegang: { reden: 'NOODTOEGANG', categorieen: ['IDENTITEIT'], tot: '2026-12-02T13:00:00Z' } }));
      if (v.pad === `${PAD}/aantekeningen`) return json({ aantekeningen: [aantekening('a1')], achtergehouden: [] });
      if (v.pad === `${PAD}/taken`) return json({ taken: [] });
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('filomena-medewerker', 'FIL')} />);
    expect(await screen.findByText('Dit crisisdossier bestaat niet.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Noodtoegang vragen' }));
    const formulier = screen.getByRole('form', { name: 'Noodtoegang vragen' });
    fireEvent.change(within(formulier).getByLabelText(/^Reden voor noodtoegang/), { target: { value: 'Te kort' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Noodtoegang openen' }));
    expect((await within(formulier).findByTestId('foutsamenvatting')).textContent).toContain('Ten minste 20 tekens; het zijn er nu 7.');
    expect(verzoeken(fetchMock, 'POST')).toHaveLength(0);

    fireEvent.change(within(formulier).getByLabelText(/^Reden voor noodtoegang/), { target: { value: 'Nachtdienst: kind met letsel binnengebracht, gezin onbekend.' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Noodtoegang openen' }));
    expect(await screen.findByText('U leest dit crisisdossier met noodtoegang')).toBeTruthy();
    expect(JSON.parse(String((verzoeken(fetchMock, 'POST')[0][1] as RequestInit).body))).toEqual({
      reden: 'Nachtdienst: kind met letsel binnengebracht, gezin onbekend.',
    });
    expect(await screen.findByTestId('tijdlijn')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Nieuwe aantekening' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Taak toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Corrigeren/ })).toBeNull();
    expect(screen.getByTestId('waarom').textContent).toContain('Dit is noodtoegang; die wordt achteraf beoordeeld.');
  });

  it('de Raad krijgt bij 404 geen noodtoegang aangeboden', async () => {
    nepServer((v) => (v.pad === '/organisaties' ? organisatiesAntwoord() : probleem(404, 'CRS-404', { title: 'Dit crisisdossier bestaat niet.' })));
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('raadsonderzoeker', 'RVDK-RR')} />);
    expect(await screen.findByText('Dit crisisdossier bestaat niet.')).toBeTruthy();
    await act(async () => {
      vi.advanceTimersByTime(10);
    });
    expect(screen.queryByRole('button', { name: 'Noodtoegang vragen' })).toBeNull();
  });

  it('na de sluiting leest een partner alleen nog de eigen aantekeningen', async () => {
    nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (v.pad === `${PAD}/aantekeningen`) return json({ aantekeningen: [aantekening('a1', { tekst: 'Eigen tekst.' })], achtergehouden: [] });
      return probleem(404, 'CRS-404', { title: 'Dit crisisdossier bestaat niet.' });
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    expect(await screen.findByText('Deze crisis is gesloten')).toBeTruthy();
    expect(screen.getByTestId('aantekening').textContent).toContain('Eigen tekst.');
    expect(screen.queryByRole('button', { name: 'Noodtoegang vragen' })).toBeNull();
  });
});
