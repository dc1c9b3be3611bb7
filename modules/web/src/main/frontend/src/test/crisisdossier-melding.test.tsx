import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NieuweCrisismelding } from '../crisisdossier/pages/NieuweCrisismelding';
import { leegMeldingFormulier, naarMelding, valideerMelding } from '../crisisdossier/melding';
import { api, json, nepServer, probleem, verzoeken } from './casusoverlegNep';
import { DOSSIER, dossier, mij, organisatiesAntwoord } from './crisisdossierNep';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
  sessionStorage.clear();
});

function vulIn() {
  fireEvent.change(screen.getByLabelText(/^Wat is er gebeurd/), { target: { value: 'Fictief: ruzie, politie ter plaatse.' } });
  fireEvent.change(screen.getByLabelText(/^Directe veiligheid/), { target: { value: 'Moeder en kind bij oma.' } });
  fireEvent.change(screen.getByLabelText(/^Rol/), { target: { value: 'KIND' } });
  fireEvent.change(screen.getByLabelText(/^Voornaam/), { target: { value: 'Noor' } });
  fireEvent.change(screen.getByLabelText(/^Achternaam/), { target: { value: 'de Vries' } });
}

describe('crisisdossier: de regels van de crisismelding', () => {
  it('controleert verplichte velden, lengtes, BSN en geboortedatum', () => {
    const leeg = valideerMelding(leegMeldingFormulier(), '2026-12-02');
    expect(Object.keys(leeg)).toEqual(['watIsErGebeurd', 'directeVeiligheid', 'betrokkenen[0].rol', 'betrokkenen[0].voornaam', 'betrokkenen[0].achternaam']);
    const fouten = valideerMelding(
      {
        ...leegMeldingFormulier(),
        watIsErGebeurd: 'x'.repeat(4001),
        directeVeiligheid: 'ok',
        betrokkenen: [{ rol: 'KIND', voornaam: 'A', achternaam: 'B', geboortedatum: '2030-01-01', bsn: '123456789' }],
      },
      '2026-12-02',
    );
    expect(fouten).toMatchObject({
      watIsErGebeurd: 'Ten hoogste 4000 tekens; het zijn er nu 4001.',
      'betrokkenen[0].geboortedatum': 'De geboortedatum ligt in de toekomst.',
      'betrokkenen[0].bsn': 'Dit is geen geldig burgerservicenummer (9 cijfers, elfproef).',
    });
    expect(
      naarMelding({ ...leegMeldingFormulier(), watIsErGebeurd: ' a ', directeVeiligheid: 'b', betrokkenen: [{ rol: 'OUDER', voornaam: ' C ', achternaam: 'D', geboortedatum: '', bsn: '' }], partners: ['FIL'], sof7: true }),
    ).toEqual({
      watIsErGebeurd: 'a',
      directeVeiligheid: 'b',
      betrokkenen: [{ rol: 'OUDER', voornaam: 'C', achternaam: 'D', geboortedatum: null, bsn: null }],
      partners: ['FIL'],
      sof7: true,
    });
  });
});

describe('crisisdossier: Nieuwe crisismelding', () => {
  it('biedt alleen de andere crisispartners aan en toont fouten bij het veld en in een samenvatting met de focus', async () => {
    const fetchMock = nepServer((v) => (v.pad === '/organisaties' ? organisatiesAntwoord() : undefined));
    render(<NieuweCrisismelding api={api()} mij={mij('crisismedewerker')} />);
    const partners = await screen.findByRole('group', { name: /Welke partners zijn nodig/ });
    const namen = within(partners).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).labels?.[0]?.textContent ?? '');
    expect(namen).toHaveLength(3);
    expect(namen.join('|')).toMatch(/Crisis Interventie Team JBRR/);
    expect(namen.join('|')).toMatch(/Raad voor de Kinderbescherming/);
    expect(namen.join('|')).toMatch(/Filomena/);
    expect(namen.join('|')).not.toMatch(/Veilig Thuis Rotterdam|Wijkteam/);

    fireEvent.click(screen.getByRole('button', { name: 'Crisismelding versturen' }));
    const samenvatting = await screen.findByTestId('foutsamenvatting');
    expect(samenvatting.textContent).toContain('Wat is er gebeurd: Beschrijf wat er is gebeurd.');
    expect(samenvatting.textContent).toContain('Betrokkene 1: Voornaam: Vul de voornaam in.');
    await waitFor(() => expect(document.activeElement?.contains(samenvatting)).toBe(true));
    const veld = screen.getByLabelText(/^Wat is er gebeurd/);
    expect(veld.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(veld.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toContain('Beschrijf wat er is gebeurd.');
    expect(verzoeken(fetchMock, 'POST')).toHaveLength(0);
  });

  it('voegt betrokkenen toe en verwijdert ze, met de focus op het nieuwe veld', async () => {
    nepServer((v) => (v.pad === '/organisaties' ? organisatiesAntwoord() : undefined));
    render(<NieuweCrisismelding api={api()} mij={mij('crisismedewerker')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Betrokkene toevoegen' }));
    await waitFor(() => expect(document.activeElement?.id).toBe('veld-betrokkenen-1--rol'));
    expect(screen.getAllByRole('group', { name: /^Betrokkene \d/ })).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Betrokkene 2 verwijderen' }));
    expect(screen.getAllByRole('group', { name: /^Betrokkene \d/ })).toHaveLength(1);
  });

  it('zet de invalidParams van de API bij de velden en houdt de invoer', async () => {
    nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (v.pad === '/crisismeldingen')
        return probleem(400, 'CRS-002', {
          title: 'De crisismelding klopt niet',
          invalidParams: [
            { name: 'partners[0]', reason: 'Geen crisispartner.' },
            { name: 'betrokkenen[0].achternaam', reason: 'Te lang.' },
          ],
        });
      return undefined;
    });
    render(<NieuweCrisismelding api={api()} mij={mij('crisismedewerker')} />);
    await screen.findByRole('group', { name: /Welke partners/ });
    vulIn();
    fireEvent.click(screen.getByLabelText(/Filomena/));
    fireEvent.click(screen.getByRole('button', { name: 'Crisismelding versturen' }));
    const samenvatting = await screen.findByTestId('foutsamenvatting');
    expect(samenvatting.textContent).toContain('Partners: Geen crisispartner.');
    expect(samenvatting.textContent).toContain('Betrokkene 1: Achternaam: Te lang.');
    expect(screen.getByText('De crisismelding klopt niet')).toBeTruthy();
    expect((screen.getByLabelText(/^Achternaam/) as HTMLInputElement).value).toBe('de Vries');
    expect(screen.getByRole('group', { name: /Welke partners/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('verstuurt de melding zoals het contract zegt en gaat naar het dossier', async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === '/organisaties') return organisatiesAntwoord();
      if (v.pad === '/crisismeldingen' && v.methode === 'POST') return json(dossier(), 201);
      return undefined;
    });
    render(<NieuweCrisismelding api={api()} mij={mij('crisismedewerker')} />);
    await screen.findByRole('group', { name: /Welke partners/ });
    vulIn();
    fireEvent.click(screen.getByLabelText(/Crisis Interventie Team JBRR/));
    fireEvent.click(screen.getByLabelText('Start nu het SOF7-onderzoek'));
    fireEvent.click(screen.getByRole('button', { name: 'Crisismelding versturen' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/crisisdossiers/${DOSSIER}`));
    const [, init] = verzoeken(fetchMock, 'POST')[0];
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({
      watIsErGebeurd: 'Fictief: ruzie, politie ter plaatse.',
      directeVeiligheid: 'Moeder en kind bij oma.',
      betrokkenen: [{ rol: 'KIND', voornaam: 'Noor', achternaam: 'de Vries', geboortedatum: null, bsn: null }],
      partners: ['CIT-JBRR'],
      sof7: true,
    });
  });
});
