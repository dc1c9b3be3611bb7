import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigatieVoor } from '../App';
import { ApiFout } from '../api/fouten';
import type { Bekendheid, BekendheidApi } from '../bekendheid/api';
import { Bekendheidscheck, elfproef, maakVraag } from '../bekendheid/Bekendheidscheck';
import { BEKENDHEIDSCHECK_VRAGERS } from '../rollen';
import { leesRoute, paden } from '../router';

afterEach(cleanup);

const bekend: Bekendheid = {
  bekend: true,
  organisaties: [
    { code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', functioneleMailbox: 'meldingen@vtrr.demo.schakel.example' },
    { code: 'WT-X', naam: 'Wijkteam Zonder Mailbox', functioneleMailbox: null },
  ],
};

function apiMet(antwoord: () => Promise<Bekendheid>) {
  const bekendheidscheck = vi.fn(antwoord);
  return { api: { bekendheidscheck } as BekendheidApi, bekendheidscheck };
}

describe('Bekendheidscheck', () => {
  it('vraagt op BSN en noemt in woorden bij wie de persoon bekend is en via welke mailbox', async () => {
    const { api, bekendheidscheck } = apiMet(() => Promise.resolve(bekend));
    render(<Bekendheidscheck api={api} eigenOrganisatie="VTRR" />);

    fireEvent.change(screen.getByLabelText(/^BSN/), { target: { value: '1234 56 782' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer bekendheid' }));

    const antwoord = await screen.findByTestId('bekendheid-antwoord');
    await waitFor(() => expect(within(antwoord).getByRole('heading', { level: 2 }).textContent).toBe('Bekend bij 2 partners'));
    expect(bekendheidscheck).toHaveBeenCalledWith({ bsn: '123456782' });
    const tekst = antwoord.textContent ?? '';
    expect(tekst).toContain('Bekend bij: Veilig Thuis Rotterdam Rijnmond (uw eigen organisatie) — neem contact op via meldingen@vtrr.demo.schakel.example');
    expect(tekst).toContain('Bekend bij: Wijkteam Zonder Mailbox — deze organisatie heeft geen functionele mailbox');
    expect(within(antwoord).getByRole('link', { name: 'meldingen@vtrr.demo.schakel.example' }).getAttribute('href')).toBe(
      'mailto:meldingen@vtrr.demo.schakel.example',
    );
    // the answer takes the focus, so keyboard and screen reader users hear it at once
    expect(document.activeElement).toBe(antwoord);
    expect(document.title).toBe('Bekendheidscheck – Schakel');
  });

  it('vraagt op achternaam en geboortedatum en zegt "Niet bekend" in woorden', async () => {
    const { api, bekendheidscheck } = apiMet(() => Promise.resolve({ bekend: false, organisaties: [] }));
    render(<Bekendheidscheck api={api} />);

    fireEvent.click(screen.getByLabelText('Achternaam en geboortedatum'));
    fireEvent.change(screen.getByLabelText(/^Achternaam \(verplicht\)/), { target: { value: ' van der Berg ' } });
    fireEvent.change(screen.getByLabelText(/^Geboortedatum/), { target: { value: '2018-05-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer bekendheid' }));

    expect(await screen.findByRole('heading', { name: 'Niet bekend bij de partners van Schakel' })).toBeTruthy();
    expect(bekendheidscheck).toHaveBeenCalledWith({ achternaam: 'van der Berg', geboortedatum: '2018-05-20' });
  });

  it('een ongeldig BSN of een ontbrekend veld gaat niet naar de server en staat bij het veld', async () => {
    const { api, bekendheidscheck } = apiMet(() => Promise.resolve(bekend));
    render(<Bekendheidscheck api={api} />);

    fireEvent.change(screen.getByLabelText(/^BSN/), { target: { value: '123456789' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer bekendheid' }));
    expect(await screen.findByText('Dit is geen geldig BSN: controleer de cijfers.')).toBeTruthy();
    expect(screen.getByLabelText(/^BSN/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(screen.getByLabelText('Achternaam en geboortedatum'));
    fireEvent.click(screen.getByRole('button', { name: 'Controleer bekendheid' }));
    expect(await screen.findByText('Vul een achternaam in.')).toBeTruthy();
    expect(screen.getByText('Vul een geboortedatum in.')).toBeTruthy();
    expect(bekendheidscheck).not.toHaveBeenCalled();
  });

  it('toont de limiet (429) en een weigering (403) als melding', async () => {
    const teVaak = new ApiFout('Te veel verzoeken', 'U heeft de bekendheidscheck te vaak gebruikt: ten hoogste 10 per uur en 30 per dag.', 429, null, 'AVG-023');
    const { api } = apiMet(() => Promise.reject(teVaak));
    render(<Bekendheidscheck api={api} />);
    fireEvent.change(screen.getByLabelText(/^BSN/), { target: { value: '123456782' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer bekendheid' }));
    expect((await screen.findByRole('alert')).textContent).toContain('ten hoogste 10 per uur en 30 per dag');
    cleanup();

    const { api: geweigerd } = apiMet(() => Promise.reject(new ApiFout('Geen toestemming', 'regel', 403, null, 'TGN-002')));
    render(<Bekendheidscheck api={geweigerd} />);
    fireEvent.change(screen.getByLabelText(/^BSN/), { target: { value: '123456782' } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer bekendheid' }));
    expect((await screen.findByRole('alert')).textContent).toContain('U kunt de bekendheidscheck niet gebruiken');
  });

  it('de vraag en de elfproef', () => {
    expect(elfproef('123456782')).toBe(true);
    expect(elfproef('123456789')).toBe(false);
    expect(elfproef('000000000')).toBe(false);
    expect(maakVraag('naam', '', 'Berg', ' Noor ', '2018-05-20')).toEqual({
      vraag: { achternaam: 'Berg', voornaam: 'Noor', geboortedatum: '2018-05-20' },
    });
    expect(maakVraag('bsn', '12345678', '', '', '')).toEqual({ fouten: { bsn: 'Vul een BSN van negen cijfers in.' } });
  });

  it('heeft een route en een menu-item voor precies de rollen van bekendheidscheck.vragen', () => {
    const beleid = JSON.parse(readFileSync('../../../../toegang/src/main/resources/toegangsbeleid.json', 'utf8'));
    expect([...BEKENDHEIDSCHECK_VRAGERS].sort()).toEqual([...beleid.handelingen['bekendheidscheck.vragen'].rollen].sort());
    expect(leesRoute(paden.bekendheidscheck)).toEqual({ naam: 'bekendheidscheck' });
    for (const rol of BEKENDHEIDSCHECK_VRAGERS) {
      expect(navigatieVoor([rol], { naam: 'bekendheidscheck' }).find((i) => i.label === 'Bekendheidscheck')?.actief).toBe(true);
    }
    for (const rol of ['politiemedewerker', 'officier-van-justitie', 'reclasseringswerker', 'teamleider', 'functionaris-gegevensbescherming', 'functioneel-beheerder']) {
      expect(navigatieVoor([rol], { naam: 'mijn-werk' }).map((i) => i.label)).not.toContain('Bekendheidscheck');
    }
  });
});
