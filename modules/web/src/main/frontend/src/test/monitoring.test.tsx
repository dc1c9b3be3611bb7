import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchakelApi } from '../api/client';
import { maakSchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Kengetallen, Monitoringmoment, MonitoringmomentSamenvatting } from '../api/monitoring';
import type { Overdracht, Toegang } from '../api/overdracht';
import { kengetalZin, leesScore } from '../monitoring/labels';
import { Monitoring } from '../pages/Monitoring';
import { OverdrachtDetail } from '../pages/OverdrachtDetail';
import { leesRoute } from '../router';
import { bewaarVoorHerlogin } from '../auth/herlogin';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const OVERDRACHT = '11111111-2222-3333-4444-555555555555';

function api(delen: Partial<SchakelApi>): SchakelApi {
  return {
    mij: vi.fn(),
    overdracht: vi.fn(),
    toegang: vi.fn().mockResolvedValue([]),
    overdrachten: vi.fn().mockResolvedValue([]),
    organisaties: vi.fn().mockResolvedValue([]),
    monitoringmomenten: vi.fn().mockResolvedValue([]),
    mijnMonitoringmomenten: vi.fn().mockResolvedValue([]),
    legScoresVast: vi.fn(),
    kengetallen: vi.fn().mockResolvedValue(kengetallen(null, null)),
    ...delen,
  } as SchakelApi;
}

function moment(id: string, fase: MonitoringmomentSamenvatting['fase'], maanden = 3): MonitoringmomentSamenvatting {
  return {
    id,
    versie: 1,
    laatstGewijzigd: '2026-11-25T10:00:00Z',
    overdracht: OVERDRACHT,
    maandenNaAcceptatie: maanden,
    geplandOp: maanden === 3 ? '2027-02-25' : '2027-11-25',
    uiterlijk: maanden === 3 ? '2027-03-11' : '2027-12-09',
    status: fase === 'UITGEVOERD' ? 'UITGEVOERD' : 'GEPLAND',
    fase,
    uitgevoerdOp: null,
  };
}

function kengetallen(aandeel: number | null, gehaald: boolean | null): Kengetallen {
  const leeg = { scores: 0, voldoende: 0 };
  const samen = aandeel === null ? leeg : { scores: 4, voldoende: 3, aandeelProcent: aandeel, normGehaald: gehaald };
  return {
    normProcent: 65,
    perMoment: [
      { maandenNaAcceptatie: 3, momenten: 1, directbetrokkene: leeg, professional: leeg, samen: leeg },
      { maandenNaAcceptatie: 12, momenten: 1, directbetrokkene: leeg, professional: leeg, samen: leeg },
    ],
    totaal: { momenten: 2, directbetrokkene: leeg, professional: leeg, samen },
  };
}

describe('scores en kengetal', () => {
  it('accepteert alleen hele getallen van 0 tot en met 10', () => {
    expect(leesScore('7', 'directbetrokkene')).toEqual({ waarde: 7 });
    expect(leesScore(' 0 ', 'directbetrokkene')).toEqual({ waarde: 0 });
    expect(leesScore('10', 'professional')).toEqual({ waarde: 10 });
    expect(leesScore('11', 'professional')).toEqual({ fout: 'Vul een heel getal van 0 tot en met 10 in.' });
    expect(leesScore('zes', 'professional')).toEqual({ fout: 'Vul een heel getal van 0 tot en met 10 in.' });
    expect(leesScore('6,5', 'professional')).toEqual({ fout: 'Vul een heel getal van 0 tot en met 10 in.' });
    expect(leesScore('', 'directbetrokkene')).toEqual({ fout: 'Vul de score van de directbetrokkene in.' });
  });

  it('noemt het aandeel, de norm en het oordeel', () => {
    expect(kengetalZin(kengetallen(75, true))).toBe('Aandeel veiligheidsscores ≥ 6: 75 % (norm 65 %, norm gehaald)');
    expect(kengetalZin(kengetallen(64.5, false))).toBe('Aandeel veiligheidsscores ≥ 6: 64,5 % (norm 65 %, norm niet gehaald)');
    expect(kengetalZin(kengetallen(null, null))).toBe('Aandeel veiligheidsscores ≥ 6: – (norm 65 %, nog geen scores)');
  });

  it('stuurt If-Match en de scores naar het moment', async () => {
    const fetch = vi.fn().mockResolvedValue(
      new Response(JSON.stringify({ ...moment('m1', 'UITGEVOERD'), versie: 2 }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    vi.stubGlobal('fetch', fetch);
    await maakSchakelApi(async () => 'tok').legScoresVast(OVERDRACHT, 'm1', 1, { scoreDirectbetrokkene: 7, scoreProfessional: 5 });
    const [adres, opties] = fetch.mock.calls[0];
    expect(adres).toBe(`/api/v1/overdrachten/${OVERDRACHT}/monitoringmomenten/m1`);
    expect(opties.method).toBe('PUT');
    expect(opties.headers['If-Match']).toBe('"1"');
    expect(JSON.parse(opties.body)).toEqual({ scoreDirectbetrokkene: 7, scoreProfessional: 5 });
  });
});

describe('de pagina Monitoring', () => {
  it('toont het kengetal en de momenten per fase met de overdracht en de datums', async () => {
    render(
      <Monitoring
        api={api({
          mijnMonitoringmomenten: vi.fn().mockResolvedValue([moment('m1', 'TE_DOEN'), moment('m2', 'GEPLAND', 12), moment('m3', 'VERLOPEN')]),
          kengetallen: vi.fn().mockResolvedValue(kengetallen(75, true)),
        })}
      />,
    );
    expect((await screen.findByTestId('kengetallen')).textContent).toContain(
      'Aandeel veiligheidsscores ≥ 6: 75 % (norm 65 %, norm gehaald)',
    );
    const teDoen = screen.getByTestId('monitoring-te_doen');
    expect(within(teDoen).getByRole('link', { name: 'Overdracht' }).getAttribute('href')).toBe(`#/overdrachten/${OVERDRACHT}`);
    expect(within(teDoen).getByTestId('herkenning').textContent).toBe('zaaknummer 11111111');
    expect(teDoen.textContent).toContain('25 februari 2027');
    expect(screen.getByTestId('monitoring-gepland').textContent).toContain('Na 12 maanden');
    expect(screen.getByTestId('monitoring-verlopen').textContent).toContain('Te laat (1)');
    // the overdue group comes first: that work is most urgent
    const tabellen = screen.getAllByRole('table').map((t) => t.getAttribute('data-testid'));
    expect(tabellen).toEqual(['monitoring-verlopen', 'monitoring-te_doen', 'monitoring-gepland']);
    expect(within(screen.getByTestId('monitoring-gepland')).queryByRole('button')).toBeNull();
  });

  it('noemt de zaak zoals de inbox: familienaam, kind, gemeente, melding en zaaknummer', async () => {
    const overdrachten = vi.fn().mockResolvedValue([
      {
        id: OVERDRACHT,
        versie: 4,
        laatstGewijzigd: '2026-11-25T10:00:00Z',
        status: 'GEACCEPTEERD',
        eigenaarOrganisatie: 'VTRR',
        ontvangendeOrganisatie: 'WT-RDAM-FEIJ',
        acceptatieVerlopen: false,
        herkenning: { naamGedeeld: true, achternaam: 'Jansen', kindVoornaam: 'Noor', kindGeboortejaar: 2018, gemeenteNaam: 'Rotterdam', meldingDatum: '2026-11-10' },
      },
    ]);
    render(<Monitoring api={api({ overdrachten, mijnMonitoringmomenten: vi.fn().mockResolvedValue([moment('m1', 'TE_DOEN')]) })} />);
    const teDoen = await screen.findByTestId('monitoring-te_doen');
    expect((await within(teDoen).findByRole('link', { name: 'Familie Jansen – Noor (2018)' })).getAttribute('href')).toBe(
      `#/overdrachten/${OVERDRACHT}`,
    );
    expect(within(teDoen).getByTestId('herkenning').textContent).toBe('Rotterdam · melding 10 november 2026 · zaaknummer 11111111');
    expect(within(teDoen).getByRole('button', { name: 'Scores vastleggen voor Familie Jansen – Noor (2018), zaaknummer 11111111, na 3 maanden' })).toBeTruthy();
    expect(teDoen.textContent).not.toContain('Overdracht 11111111');
    expect(overdrachten).toHaveBeenCalledWith(['GEACCEPTEERD'], expect.anything());
  });

  it('controleert de scores naast het veld en verliest geen invoer bij een fout van de server', async () => {
    const legScoresVast = vi
      .fn()
      .mockRejectedValueOnce(
        new ApiFout('Ongeldige invoer', 'De invoer voldoet niet aan de regels; zie invalidParams.', 400, 'urn:uuid:1', 'MON-001', [
          { name: 'scoreProfessional', reason: 'Een heel getal van 0 tot en met 10.' },
        ]),
      )
      .mockResolvedValueOnce({ ...moment('m1', 'UITGEVOERD'), versie: 2, scoreDirectbetrokkene: 7, scoreProfessional: 5 });
    const mijnMonitoringmomenten = vi.fn().mockResolvedValue([moment('m1', 'TE_DOEN')]);
    render(<Monitoring api={api({ legScoresVast, mijnMonitoringmomenten })} />);

    fireEvent.click(await screen.findByRole('button', { name: /Scores vastleggen voor zaaknummer 11111111/ }));
    const direct = screen.getByLabelText(/Veiligheidsscore van de directbetrokkene/) as HTMLInputElement;
    const professional = screen.getByLabelText(/Veiligheidsscore van de professional/) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(direct));

    fireEvent.change(direct, { target: { value: 'zes' } });
    fireEvent.click(within(screen.getByTestId('scoresformulier')).getByRole('button', { name: 'Scores vastleggen' }));
    expect(document.getElementById('veld-scoreDirectbetrokkene-fout')?.textContent).toContain('Vul een heel getal van 0 tot en met 10 in.');
    expect(document.getElementById('veld-scoreProfessional-fout')?.textContent).toContain('Vul de score van de professional in.');
    expect(direct.getAttribute('aria-invalid')).toBe('true');
    expect(direct.getAttribute('aria-describedby')).toContain('veld-scoreDirectbetrokkene-fout');
    expect(legScoresVast).not.toHaveBeenCalled();

    fireEvent.change(direct, { target: { value: '7' } });
    fireEvent.change(professional, { target: { value: '5' } });
    fireEvent.click(within(screen.getByTestId('scoresformulier')).getByRole('button', { name: 'Scores vastleggen' }));
    await waitFor(() =>
      expect(document.getElementById('veld-scoreProfessional-fout')?.textContent).toContain('Een heel getal van 0 tot en met 10.'),
    );
    expect(screen.getByRole('alert').textContent).toContain('Kenmerk voor de servicedesk');
    expect(direct.value).toBe('7');
    expect(professional.value).toBe('5');

    fireEvent.click(within(screen.getByTestId('scoresformulier')).getByRole('button', { name: 'Scores vastleggen' }));
    await waitFor(() => expect(screen.getByText('De scores zijn vastgelegd.')).toBeTruthy());
    expect(legScoresVast).toHaveBeenLastCalledWith(OVERDRACHT, 'm1', 1, { scoreDirectbetrokkene: 7, scoreProfessional: 5 });
    expect(screen.queryByTestId('scoresformulier')).toBeNull();
    expect(mijnMonitoringmomenten).toHaveBeenCalledTimes(2);
  });

  it('haalt na een gewijzigde versie (412) de nieuwe versie op en houdt de invoer', async () => {
    const legScoresVast = vi
      .fn()
      .mockRejectedValueOnce(new ApiFout('Iemand anders heeft dit intussen gewijzigd', null, 412, null, 'API-412'))
      .mockResolvedValueOnce({ ...moment('m1', 'UITGEVOERD'), versie: 3 });
    const actueel: Monitoringmoment = { ...moment('m1', 'TE_DOEN'), versie: 2 };
    render(
      <Monitoring
        api={api({
          legScoresVast,
          mijnMonitoringmomenten: vi.fn().mockResolvedValue([moment('m1', 'TE_DOEN')]),
          monitoringmomenten: vi.fn().mockResolvedValue([actueel]),
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: /Scores vastleggen voor zaaknummer/ }));
    fireEvent.change(screen.getByLabelText(/directbetrokkene/), { target: { value: '8' } });
    fireEvent.change(screen.getByLabelText(/professional/), { target: { value: '6' } });
    const knop = within(screen.getByTestId('scoresformulier')).getByRole('button', { name: 'Scores vastleggen' });
    fireEvent.click(knop);
    expect(await screen.findByText('Iemand anders heeft dit intussen gewijzigd')).toBeTruthy();
    expect((screen.getByLabelText(/directbetrokkene/) as HTMLInputElement).value).toBe('8');
    await waitFor(() => expect(legScoresVast).toHaveBeenCalledTimes(1));
    fireEvent.click(knop);
    await waitFor(() => expect(legScoresVast).toHaveBeenLastCalledWith(OVERDRACHT, 'm1', 2, { scoreDirectbetrokkene: 8, scoreProfessional: 6 }));
  });

  it('heeft een eigen route', () => {
    expect(leesRoute('#/monitoring')).toEqual({ naam: 'monitoring' });
  });
});

describe('de sectie Monitoring op een geaccepteerde overdracht', () => {
  const geaccepteerd: Overdracht = {
    id: OVERDRACHT,
    versie: 4,
    laatstGewijzigd: '2026-11-25T10:00:00Z',
    status: 'GEACCEPTEERD',
    eigenaarOrganisatie: 'VTRR',
    ontvangendeOrganisatie: 'WT-RDAM-FEIJ',
    gedeeldeCategorieen: ['IDENTITEIT', 'VEILIGHEID'],
    verzondenOp: '2026-11-20T10:00:00Z',
    inhoud: { aanleiding: { meldingSamenvatting: 'Geschreeuw' } },
    achtergehouden: [],
  };
  const toegang = (reden: string): Toegang => ({
    reden,
    doel: 'OVERDRACHT',
    categorieen: ['IDENTITEIT', 'VEILIGHEID'],
    organisatie: reden === 'EIGENAAR' ? 'VTRR' : 'WT-RDAM-FEIJ',
    team: null,
    medewerker: null,
    geldigVan: '2026-11-20T10:00:00Z',
    geldigTot: null,
    noodtoegang: false,
    toelichting: null,
  });

  it('toont Veilig Thuis de geplande datums en vastgelegde scores', async () => {
    const drie: Monitoringmoment = { ...moment('m1', 'UITGEVOERD'), scoreDirectbetrokkene: 7, scoreProfessional: 5 };
    const twaalf: Monitoringmoment = moment('m2', 'GEPLAND', 12);
    render(
      <OverdrachtDetail
        id={OVERDRACHT}
        mij={null}
        api={api({
          overdracht: vi.fn().mockResolvedValue(geaccepteerd),
          toegang: vi.fn().mockResolvedValue([toegang('EIGENAAR')]),
          monitoringmomenten: vi.fn().mockResolvedValue([drie, twaalf]),
        })}
      />,
    );
    const sectie = await screen.findByTestId('monitoring');
    expect(within(sectie).getByRole('heading', { name: 'Monitoring' })).toBeTruthy();
    await waitFor(() => expect(sectie.textContent).toContain('Gepland op 25 november 2027'));
    expect(sectie.textContent).not.toContain('Gepland: gepland');
    expect(sectie.textContent).toContain('Na 3 maanden');
    expect(sectie.textContent).toContain('directbetrokkene 7, professional 5');
  });

  it('zegt een rol zonder monitoring (teamleider) in woorden waarom de momenten ontbreken', async () => {
    render(
      <OverdrachtDetail
        id={OVERDRACHT}
        mij={null}
        api={api({
          overdracht: vi.fn().mockResolvedValue(geaccepteerd),
          toegang: vi.fn().mockResolvedValue([toegang('EIGENAAR')]),
          monitoringmomenten: vi.fn().mockRejectedValue(new ApiFout('Geen toegang', 'Regel ...', 403, null, 'TGN-002')),
        })}
      />,
    );
    const sectie = await screen.findByTestId('monitoring');
    await waitFor(() => expect(within(sectie).getByTestId('monitoring-niet-voor-u').textContent).toContain('het werk van de procesregisseur'));
    expect(sectie.textContent).not.toContain('konden niet worden geladen');
  });

  it('toont de teamleider (rollen bekend) de sectie Monitoring niet', async () => {
    const monitoringmomenten = vi.fn();
    render(
      <OverdrachtDetail
        id={OVERDRACHT}
        mij={{ id: 'x', naam: 'Teamleider', gebruikersnaam: 'vt.teamleider', organisatie: null, team: null, rollen: ['teamleider'] }}
        api={api({
          overdracht: vi.fn().mockResolvedValue(geaccepteerd),
          toegang: vi.fn().mockResolvedValue([toegang('EIGENAAR')]),
          monitoringmomenten,
        })}
      />,
    );
    await screen.findByTestId('waarom');
    expect(screen.queryByTestId('monitoring')).toBeNull();
    expect(monitoringmomenten).not.toHaveBeenCalled();
  });

  it('laat het wijkteam geen monitoring zien', async () => {
    const monitoringmomenten = vi.fn();
    render(
      <OverdrachtDetail
        id={OVERDRACHT}
        mij={null}
        api={api({
          overdracht: vi.fn().mockResolvedValue(geaccepteerd),
          toegang: vi.fn().mockResolvedValue([toegang('ONTVANGER')]),
          monitoringmomenten,
        })}
      />,
    );
    await screen.findByTestId('waarom');
    expect(screen.queryByTestId('monitoring')).toBeNull();
    expect(monitoringmomenten).not.toHaveBeenCalled();
  });

  it('houdt getypte scores vast bij een gedwongen herlogin en opent hetzelfde moment daarna weer', async () => {
    const mijnMonitoringmomenten = vi.fn().mockResolvedValue([moment('m1', 'TE_DOEN')]);
    const eerste = render(<Monitoring api={api({ mijnMonitoringmomenten })} />);
    fireEvent.click(await screen.findByRole('button', { name: /Scores vastleggen voor zaaknummer 11111111/ }));
    fireEvent.change(screen.getByLabelText(/Veiligheidsscore van de directbetrokkene/), { target: { value: '7' } });

    bewaarVoorHerlogin(); // what the token source does just before sending the user to the login page
    eerste.unmount();
    render(<Monitoring api={api({ mijnMonitoringmomenten })} />);

    const direct = (await screen.findByLabelText(/Veiligheidsscore van de directbetrokkene/)) as HTMLInputElement;
    expect(direct.value).toBe('7');
    expect(sessionStorage.getItem('schakel.herlogin.scores')).toBeNull();
  });
});
