import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { FetchEventSourceInit } from '@microsoft/fetch-event-source';
import { fetchEventSource } from '@microsoft/fetch-event-source';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dmfi } from '../api/crisisdossier';
import { MijnCrises } from '../crisisdossier/pages/MijnCrises';
import { CrisisdossierDetail } from '../crisisdossier/pages/CrisisdossierDetail';
import { api, json, nepServer, probleem, verzoeken } from './casusoverlegNep';
import { DOSSIER, NU, dossierServer, mij, organisatiesAntwoord, samenvatting } from './crisisdossierNep';

vi.mock('@microsoft/fetch-event-source', () => ({ fetchEventSource: vi.fn() }));
const volg = vi.mocked(fetchEventSource);

const PAD = `/crisisdossiers/${DOSSIER}`;
const STROOM = () => new Response('', { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
const NIET_GESTART: Dmfi = {
  gestart: false,
  versie: null,
  gestartOp: null,
  gestartDoor: null,
  casusregisseur: null,
  volgendeEvaluatie: null,
  evaluatieVerlopen: false,
  evaluatiemomenten: [],
};

function gestart(delen: Partial<Dmfi> = {}): Dmfi {
  return {
    gestart: true,
    versie: 2,
    gestartOp: '2026-12-02T07:00:00Z',
    gestartDoor: 'VTRR',
    casusregisseur: { organisatie: 'CIT-JBRR', naam: 'R. de Regisseur (fictief)', telefoon: '010-1234567' },
    volgendeEvaluatie: null,
    evaluatieVerlopen: false,
    evaluatiemomenten: [],
    ...delen,
  };
}

function server(staat: { dmfi: Dmfi }, extra?: Parameters<typeof dossierServer>[1]) {
  return dossierServer({ dmfi: () => staat.dmfi }, extra);
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

describe('crisisdossier: DMFI', () => {
  it('Veilig Thuis start DMFI met een casusregisseur van een partner: velden gecontroleerd, de eerste zonder If-Match', async () => {
    const staat = { dmfi: NIET_GESTART };
    const fetchMock = server(staat, (v) => {
      if (v.pad === `${PAD}/dmfi` && v.methode === 'PUT') {
        staat.dmfi = gestart();
        return json(staat.dmfi);
      }
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    expect((await screen.findByTestId('dmfi-niet-gestart')).textContent).toContain('DMFI loopt niet');
    const formulier = screen.getByRole('form', { name: 'Casusregisseur aanwijzen' });
    fireEvent.change(within(formulier).getByLabelText(/^Telefoon/), { target: { value: 'bel me' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'DMFI starten' }));
    const fouten = await within(formulier).findByTestId('foutsamenvatting');
    expect(fouten.textContent).toContain('Organisatie: Kies de organisatie van de casusregisseur.');
    expect(fouten.textContent).toContain('Naam: Vul de naam van de casusregisseur in.');
    expect(fouten.textContent).toContain('Telefoon: Een telefoonnummer');
    expect(verzoeken(fetchMock, 'PUT')).toHaveLength(0);

    fireEvent.change(within(formulier).getByLabelText(/^Organisatie/), { target: { value: 'CIT-JBRR' } });
    fireEvent.change(within(formulier).getByLabelText(/^Naam/), { target: { value: ' R. de Regisseur (fictief) ' } });
    fireEvent.change(within(formulier).getByLabelText(/^Telefoon/), { target: { value: '010-1234567' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'DMFI starten' }));
    const regisseur = await screen.findByTestId('casusregisseur');
    expect(regisseur.textContent).toContain('R. de Regisseur (fictief), Crisis Interventie Team JBRR');
    expect(within(regisseur).getByRole('link', { name: '010-1234567' }).getAttribute('href')).toBe('tel:0101234567');
    const [, init] = verzoeken(fetchMock, 'PUT')[0];
    expect((init as RequestInit).headers).not.toHaveProperty('If-Match');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({
      casusregisseur: { organisatie: 'CIT-JBRR', naam: 'R. de Regisseur (fictief)', telefoon: '010-1234567' },
    });
    expect(await screen.findByText('DMFI is gestart met de casusregisseur.')).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Evaluatiemoment plannen' })).toBeTruthy();
  });

  it('een andere casusregisseur gaat met de versie; een wijziging van een ander intussen (412) biedt "Opnieuw laden"', async () => {
    const staat = { dmfi: gestart() };
    const fetchMock = server(staat, (v) =>
      v.pad === `${PAD}/dmfi` && v.methode === 'PUT' ? probleem(412, 'API-412', { title: 'De casusregie is intussen gewijzigd.' }) : undefined,
    );
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('filomena-medewerker', 'FIL')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Andere casusregisseur aanwijzen' }));
    const formulier = screen.getByRole('form', { name: 'Casusregisseur aanwijzen' });
    fireEvent.change(within(formulier).getByLabelText(/^Organisatie/), { target: { value: 'VTRR' } });
    fireEvent.change(within(formulier).getByLabelText(/^Naam/), { target: { value: 'Tweede regisseur' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Casusregisseur opslaan' }));
    expect(await within(formulier).findByRole('button', { name: 'Opnieuw laden' })).toBeTruthy();
    const [, init] = verzoeken(fetchMock, 'PUT')[0];
    expect((init as RequestInit).headers).toMatchObject({ 'If-Match': '"2"' });
    expect(within(formulier).getByLabelText<HTMLInputElement>(/^Naam/).value).toBe('Tweede regisseur');
  });

  it('een verlopen evaluatie staat er in woorden; vervallen vraagt een toelichting; de Raad leest en plant niet', async () => {
    const moment = {
      id: 'e1',
      geplandOp: '2026-12-02T08:00:00Z',
      onderwerp: 'Eerste evaluatie',
      geplandDoor: 'FIL',
      status: 'GEPLAND' as const,
      verlopen: true,
    };
    const staat = { dmfi: gestart({ evaluatiemomenten: [moment], volgendeEvaluatie: moment.geplandOp, evaluatieVerlopen: true }) };
    const fetchMock = server(staat, (v) => {
      if (v.pad === `${PAD}/dmfi/evaluatiemomenten/e1/vastlegging`) {
        staat.dmfi = gestart({
          evaluatiemomenten: [{ ...moment, status: 'GEHOUDEN', verlopen: false, vastgelegdOp: '2026-12-02T09:00:00Z', vastgelegdDoor: 'CIT-JBRR' }],
        });
        return json(staat.dmfi);
      }
      return undefined;
    });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('cit-medewerker', 'CIT-JBRR')} />);
    const item = await screen.findByTestId('evaluatiemoment');
    expect(within(item).getByTestId('evaluatiestatus').textContent).toMatch(/^Let op: verlopen/);
    const formulier = within(item).getByRole('form', { name: /vastleggen$/ });
    fireEvent.click(within(formulier).getByLabelText('Vervallen'));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Vastleggen' }));
    expect((await within(formulier).findByTestId('foutsamenvatting')).textContent).toContain('Toelichting: Zeg waarom het moment vervalt.');
    expect(verzoeken(fetchMock, 'POST')).toHaveLength(0);
    fireEvent.click(within(formulier).getByLabelText('Gehouden'));
    fireEvent.click(within(formulier).getByRole('button', { name: 'Vastleggen' }));
    await waitFor(() => expect(screen.getByTestId('evaluatiestatus').textContent).toMatch(/^Gehouden \(vastgelegd 2 december 2026/));
    expect(JSON.parse(String((verzoeken(fetchMock, 'POST')[0][1] as RequestInit).body))).toEqual({ uitkomst: 'GEHOUDEN' });
    cleanup();

    server({ dmfi: gestart({ evaluatiemomenten: [moment] }) });
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('raadsonderzoeker', 'RVDK-RR')} />);
    expect((await screen.findByTestId('casusregisseur')).textContent).toContain('R. de Regisseur (fictief)');
    expect(screen.getByTestId('evaluatiestatus').textContent).toMatch(/^Let op: verlopen/);
    expect(screen.queryByRole('form', { name: 'Evaluatiemoment plannen' })).toBeNull();
    expect(screen.queryByRole('form', { name: /vastleggen$/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Andere casusregisseur aanwijzen' })).toBeNull();
  });

  it('een evaluatiemoment plannen stuurt het moment in Nederlandse tijd als tijdstip', async () => {
    const staat = { dmfi: gestart() };
    const fetchMock = server(staat, (v) =>
      v.pad === `${PAD}/dmfi/evaluatiemomenten` && v.methode === 'POST'
        ? json({ id: 'e2', geplandOp: '2026-12-09T09:00:00Z', onderwerp: 'Evaluatie', geplandDoor: 'VTRR', status: 'GEPLAND', verlopen: false }, 201)
        : undefined,
    );
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const formulier = await screen.findByRole('form', { name: 'Evaluatiemoment plannen' });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Evaluatiemoment plannen' }));
    const fouten = await within(formulier).findByTestId('foutsamenvatting');
    expect(fouten.textContent).toContain('Datum: Vul de datum in.');
    expect(fouten.textContent).toContain('Onderwerp: Zeg waarover de evaluatie gaat.');
    fireEvent.change(within(formulier).getByLabelText(/^Datum/), { target: { value: '2026-12-09' } });
    fireEvent.change(within(formulier).getByLabelText(/^Tijd/), { target: { value: '10:00' } });
    fireEvent.change(within(formulier).getByLabelText(/^Onderwerp/), { target: { value: ' Evaluatie ' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Evaluatiemoment plannen' }));
    await waitFor(() => expect(verzoeken(fetchMock, 'POST')).toHaveLength(1));
    const body = JSON.parse(String((verzoeken(fetchMock, 'POST')[0][1] as RequestInit).body));
    expect(body.onderwerp).toBe('Evaluatie');
    expect(new Date(body.geplandOp).getTime()).toBe(new Date('2026-12-09T10:00').getTime());
    expect(await screen.findByText('Het evaluatiemoment is gepland.')).toBeTruthy();
  });

  it('live: een partner wijzigt DMFI, het blok wordt opnieuw gelezen en beleefd aangekondigd; de focus blijft', async () => {
    const staat = { dmfi: NIET_GESTART };
    server(staat);
    render(<CrisisdossierDetail api={api()} id={DOSSIER} mij={mij('crisismedewerker')} />);
    const naam = within(await screen.findByRole('form', { name: 'Casusregisseur aanwijzen' })).getByLabelText(/^Naam/);
    await waitFor(() => expect(volg).toHaveBeenCalled());
    const opties: FetchEventSourceInit = volg.mock.calls[volg.mock.calls.length - 1][1];
    await act(async () => {
      await opties.onopen!(STROOM());
    });
    naam.focus();
    staat.dmfi = gestart();
    await act(async () => {
      opties.onmessage!({ id: '9', event: 'dmfi-gewijzigd', data: JSON.stringify({ volgnummer: 9, soort: 'dmfi-gewijzigd', organisatieCode: 'CIT-JBRR' }), retry: undefined });
    });
    const regio = screen.getByTestId('live-aankondiging');
    await waitFor(() => expect(regio.textContent).toBe('DMFI bijgewerkt door Crisis Interventie Team JBRR'));
    expect(screen.getByTestId('casusregisseur').textContent).toContain('R. de Regisseur (fictief)');
    expect(document.activeElement).not.toBe(regio);
  });
});

describe('Mijn crises: de DMFI-klok', () => {
  it('de tegel "DMFI-evaluatie verlopen" vraagt de server om het filter en zegt "Let op" in tekst', async () => {
    nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (v.pad === '/crisisdossiers') {
        expect(v.zoek.get('evaluatie')).toBe('verlopen');
        return json({
          _embedded: {
            crisisdossiers: [
              samenvatting('c1', { dmfi: { casusregisseurOrganisatie: 'CIT-JBRR', volgendeEvaluatie: '2026-12-05T09:00:00Z', evaluatieVerlopen: false } }),
              samenvatting('c2', {
                herkenning: 'Familie Jansen',
                dmfi: { casusregisseurOrganisatie: 'FIL', volgendeEvaluatie: '2026-12-01T09:00:00Z', evaluatieVerlopen: true },
              }),
            ],
          },
        });
      }
      return undefined;
    });
    render(<MijnCrises api={api()} status="OPEN" verlopen="evaluatie" mij={mij('cit-medewerker', 'CIT-JBRR')} />);
    const tabel = await screen.findByTestId('crises');
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen).toHaveLength(1);
    expect(rijen[0].textContent).toContain('Familie Jansen');
    await waitFor(() => expect(within(rijen[0]).getByTestId('dmfi').textContent).toContain('regie: Filomena'));
    expect(within(rijen[0]).getByTestId('dmfi').textContent).toContain('Let op: evaluatie verlopen sinds 1 december 2026');
    expect(screen.getByRole('link', { name: 'DMFI-evaluatie verlopen' }).getAttribute('aria-current')).toBe('page');
  });
});
