import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Overleg } from '../casusoverleg/api';
import { OverlegDetail } from '../casusoverleg/pages/OverlegDetail';
import { Overleggen } from '../casusoverleg/pages/Overleggen';
import { naarPlanning, naarVerplaatsing, valideerPlanning, valideerVerplaatsing, leegePlanning } from '../casusoverleg/planning';
import { alleenVoorTekst, naarAlleenVoor } from '../casusoverleg/alleenVoor';
import { TAFEL, api, json, lijst, nepServer, probleem, verzoeken } from './casusoverlegNep';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const OVERLEG = 'o1000000-0000-4000-8000-000000000001';

function regel(id: string, volgnummer: number, org: string, uitnodigingen: Overleg['agenda'][number]['uitnodigingen'] = []) {
  return { id, versie: 1, volgnummer, status: 'OPEN', aanmelding: `a-${id}`, aanmeldendeOrganisatie: org, uitnodigingen, inbrengGedeeldDoor: [] };
}

function overleg(delen: Partial<Overleg> = {}): Overleg {
  return {
    id: OVERLEG,
    versie: 3,
    laatstGewijzigd: '2026-12-01T09:00:00Z',
    overlegtafel: TAFEL.id,
    datum: '2026-12-10',
    aanvang: '10:00:00',
    einde: null,
    plaats: 'Zorg- en Veiligheidshuis',
    onlineLink: null,
    voorzitter: 'Fictieve voorzitter',
    notulist: 'Fictieve notulist',
    voorzitterOrganisatie: 'VTRR',
    organisator: 'ZVHRR',
    toegangTot: '2026-12-25T23:00:00Z',
    agenda: [
      regel('p1', 1, 'WT-RDAM-FEIJ', [
        { organisatie: 'POL-RR', uitgenodigdOp: 'x', geldigTot: 'y', beeindigdOp: null, inbrengGedeeld: true },
        { organisatie: 'OM-RDAM', uitgenodigdOp: 'x', geldigTot: 'y', beeindigdOp: null, inbrengGedeeld: false },
      ]),
      regel('p2', 2, 'POL-RR'),
    ],
    ...delen,
  };
}

describe('casusoverleg: een overleg plannen', () => {
  it('controleert de planning en maakt de body', () => {
    const fouten = valideerPlanning(leegePlanning(), '2026-12-02');
    expect(Object.keys(fouten)).toEqual(['datum', 'aanvang', 'plaats', 'voorzitter', 'notulist']);
    expect(valideerPlanning({ ...leegePlanning(), datum: '2026-12-01', aanvang: '10:00', einde: '09:00', onlineLink: 'http://x' }, '2026-12-02')).toMatchObject({
      datum: 'De datum ligt in het verleden.',
      einde: 'Het einde ligt na de aanvang.',
      onlineLink: 'Een link die begint met https://.',
    });
    expect(naarPlanning('t', { ...leegePlanning(), datum: '2026-12-10', aanvang: '10:00', plaats: ' ZVH ', voorzitter: 'V', notulist: 'N' })).toEqual({
      overlegtafel: 't',
      datum: '2026-12-10',
      aanvang: '10:00',
      einde: null,
      plaats: 'ZVH',
      onlineLink: null,
      voorzitter: 'V',
      notulist: 'N',
    });
  });

  it('plant een overleg en gaat naar de agenda', { timeout: 20_000 }, async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === '/casusoverleggen' && v.methode === 'GET') return lijst('casusoverleggen', []);
      if (v.pad === '/casusoverleggen' && v.methode === 'POST') return json(overleg({ agenda: [] }), 201);
      return undefined;
    });
    render(<Overleggen api={api()} magPlannen />);
    expect(await screen.findByText('Er zijn geen geplande overleggen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Overleg plannen' }));
    expect(document.activeElement?.id).toBe('veld-datum');
    fireEvent.change(screen.getByLabelText(/^Datum/), { target: { value: '2099-12-10' } });
    fireEvent.change(screen.getByLabelText(/^Aanvang/), { target: { value: '10:00' } });
    fireEvent.change(screen.getByLabelText(/^Plaats/), { target: { value: 'ZVH' } });
    fireEvent.change(screen.getByLabelText(/^Voorzitter/), { target: { value: 'V' } });
    fireEvent.change(screen.getByLabelText(/^Notulist/), { target: { value: 'N' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overleg plannen' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/casusoverleg/overleggen/${OVERLEG}`));
    expect(verzoeken(fetchMock, 'POST')).toHaveLength(1);
  });

  it('de voorzitter ziet geen planformulier', async () => {
    nepServer((v) => (v.pad === '/casusoverleggen' ? lijst('casusoverleggen', [overleg()]) : undefined));
    render(<Overleggen api={api()} magPlannen={false} />);
    expect((await screen.findByTestId('overleggen')).textContent).toMatch(/Casusoverleg 10 december 2026 om 10:00/);
    expect(screen.queryByRole('form', { name: 'Overleg plannen' })).toBeNull();
  });
});

describe('casusoverleg: de agenda', () => {
  it('toont per agendapunt wie is uitgenodigd en wie inbreng deelde', async () => {
    nepServer((v) => (v.pad === `/casusoverleggen/${OVERLEG}` ? json(overleg()) : v.pad === '/aanmeldingen' ? lijst('aanmeldingen', []) : undefined));
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen={false} />);
    const agenda = await screen.findByTestId('agenda');
    await within(agenda).findByText(/Politie Rotterdam \(inbreng gedeeld\)/);
    expect(within(agenda).getAllByTestId('genodigden')[0].textContent).toMatch(/Openbaar Ministerie Rotterdam \(nog geen inbreng gedeeld\)/);
    expect(within(agenda).getAllByTestId('genodigden')[1].textContent).toBe('Nog niemand uitgenodigd.');
    expect(screen.queryByRole('button', { name: /Omhoog/ })).toBeNull();
  });

  it('verschuift met Omhoog, houdt de focus op de knop en kondigt het aan', { timeout: 20_000 }, async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === `/casusoverleggen/${OVERLEG}/agenda`) {
        return json(overleg({ versie: 4, agenda: [regel('p2', 1, 'POL-RR'), { ...regel('p1', 2, 'WT-RDAM-FEIJ') }] }));
      }
      if (v.pad === `/casusoverleggen/${OVERLEG}`) return json(overleg());
      if (v.pad === '/aanmeldingen') return lijst('aanmeldingen', []);
      return undefined;
    });
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen />);
    await screen.findByTestId('agenda');
    const omhoog = screen.getByRole('button', { name: 'Omhoog: agendapunt 2' });
    omhoog.focus();
    fireEvent.click(omhoog);
    await waitFor(() => expect(screen.getByTestId('aankondiging').textContent).toMatch(/staat nu op plaats 1 van 2/));
    const put = verzoeken(fetchMock, 'PUT')[0];
    expect(JSON.parse(String((put[1] as RequestInit).body))).toEqual({ agendapunten: ['p2', 'p1'] });
    expect((put[1] as RequestInit).headers).toMatchObject({ 'If-Match': '"3"' });
    await waitFor(() => expect(document.activeElement?.id).toBe('omhoog-p2'));
    expect(screen.getAllByRole('heading', { level: 3 })[0].textContent).toMatch(/Agendapunt 1: casus van Politie Rotterdam/);
  });

  it('zegt bij 412 dat iemand anders het wijzigde en laadt opnieuw', async () => {
    let keer = 0;
    nepServer((v) => {
      if (v.pad === `/casusoverleggen/${OVERLEG}/agenda`) return probleem(412, 'CSO-412');
      if (v.pad === `/casusoverleggen/${OVERLEG}`) {
        keer += 1;
        return json(overleg({ versie: 2 + keer }));
      }
      if (v.pad === '/aanmeldingen') return lijst('aanmeldingen', []);
      return undefined;
    });
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen />);
    await screen.findByTestId('agenda');
    fireEvent.click(screen.getByRole('button', { name: 'Omlaag: agendapunt 1' }));
    expect(await screen.findByText('Iemand anders heeft dit intussen gewijzigd')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw laden' }));
    await waitFor(() => expect(keer).toBe(2));
    await waitFor(() => expect(screen.queryByText('Iemand anders heeft dit intussen gewijzigd')).toBeNull());
  });

  it('zet een geaccepteerde casus op de agenda en nodigt een partner uit', { timeout: 20_000 }, async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === `/casusoverleggen/${OVERLEG}/agendapunten`) return json(overleg({ versie: 4 }), 201);
      if (v.pad === '/agendapunten/p2/uitnodigingen') return json({}, 201);
      if (v.pad === `/casusoverleggen/${OVERLEG}`) return json(overleg());
      if (v.pad === '/aanmeldingen')
        return lijst('aanmeldingen', [
          { id: 'a-p1', versie: 2, status: 'GEACCEPTEERD', aanmeldendeOrganisatie: 'WT-RDAM-FEIJ', ingediendOp: null },
          { id: 'a-nieuw', versie: 2, status: 'GEACCEPTEERD', aanmeldendeOrganisatie: 'RN-RDAM', ingediendOp: null },
        ]);
      return undefined;
    });
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen />);
    const keuze = (await screen.findByLabelText('Geaccepteerde aanmelding')) as HTMLSelectElement;
    expect([...keuze.options].map((o) => o.value)).toEqual(['', 'a-nieuw']);
    fireEvent.change(keuze, { target: { value: 'a-nieuw' } });
    fireEvent.click(screen.getByRole('button', { name: 'Op de agenda zetten' }));
    await waitFor(() => expect(screen.getByTestId('aankondiging').textContent).toBe('De casus staat nu als laatste op de agenda.'));
    const post = verzoeken(fetchMock, 'POST')[0];
    expect(JSON.parse(String((post[1] as RequestInit).body))).toEqual({ aanmelding: 'a-nieuw' });

    const partner = screen.getByLabelText('Partner uitnodigen voor agendapunt 2') as HTMLSelectElement;
    expect([...partner.options].map((o) => o.value)).toEqual(['', 'POL-RR', 'OM-RDAM', 'RN-RDAM']);
    fireEvent.change(partner, { target: { value: 'RN-RDAM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen voor agendapunt 2' }));
    await waitFor(() => expect(screen.getByTestId('aankondiging').textContent).toMatch(/Reclassering Nederland Rotterdam is uitgenodigd voor agendapunt 2/));
    expect(JSON.parse(String((verzoeken(fetchMock, 'POST')[1][1] as RequestInit).body))).toEqual({ organisatie: 'RN-RDAM' });
  });
});

describe('casusoverleg: uitnodigen alleen voor een team of een persoon', () => {
  it('maakt de afbakening en noemt wat ontbreekt of niet klopt', () => {
    expect(naarAlleenVoor('', 'wordt genegeerd')).toEqual({});
    expect(naarAlleenVoor('TEAM', ' Tarwewijk ')).toEqual({ alleenVoor: { team: 'Tarwewijk' } });
    expect(naarAlleenVoor('PERSOON', 'WT.Feijenoord')).toEqual({ alleenVoor: { gebruikersnaam: 'wt.feijenoord' } });
    expect(naarAlleenVoor('TEAM', '  ').fout).toBe('Vul de naam van het team in.');
    expect(naarAlleenVoor('PERSOON', '').fout).toBe('Vul de gebruikersnaam in.');
    expect(naarAlleenVoor('PERSOON', 'naam met spaties').fout).toMatch(/ten hoogste 100 tekens/);
    expect(naarAlleenVoor('TEAM', '<script>').fout).toMatch(/teamnaam/);
    expect(alleenVoorTekst({ alleenVoor: { team: 'Tarwewijk' } })).toBe(', alleen team Tarwewijk');
    expect(alleenVoorTekst({ alleenVoor: null })).toBe('');
  });

  it('toont per genodigde voor wie de uitnodiging alleen geldt', async () => {
    nepServer((v) =>
      v.pad === `/casusoverleggen/${OVERLEG}`
        ? json(
            overleg({
              agenda: [
                regel('p1', 1, 'WT-RDAM-FEIJ', [
                  { organisatie: 'POL-RR', alleenVoor: { gebruikersnaam: 'politie.wijkagent' }, uitgenodigdOp: 'x', geldigTot: 'y', beeindigdOp: null, inbrengGedeeld: false },
                  { organisatie: 'OM-RDAM', alleenVoor: null, uitgenodigdOp: 'x', geldigTot: 'y', beeindigdOp: null, inbrengGedeeld: false },
                ]),
              ],
            }),
          )
        : v.pad === '/aanmeldingen'
          ? lijst('aanmeldingen', [])
          : undefined,
    );
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen={false} />);
    const genodigden = (await screen.findAllByTestId('genodigden'))[0];
    await waitFor(() => expect(genodigden.textContent).toMatch(/Politie Rotterdam, alleen politie\.wijkagent \(nog geen inbreng gedeeld\)/));
    expect(genodigden.textContent).toMatch(/Openbaar Ministerie Rotterdam \(nog geen inbreng gedeeld\)/);
  });

  it('nodigt alleen een team uit, en zegt bij een lege naam wat ontbreekt zonder iets te sturen', { timeout: 20_000 }, async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === '/agendapunten/p2/uitnodigingen') return json({}, 201);
      if (v.pad === `/casusoverleggen/${OVERLEG}`) return json(overleg());
      if (v.pad === '/aanmeldingen') return lijst('aanmeldingen', []);
      return undefined;
    });
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen />);
    const partner = (await screen.findByLabelText('Partner uitnodigen voor agendapunt 2')) as HTMLSelectElement;
    fireEvent.change(partner, { target: { value: 'RN-RDAM' } });
    const alleenVoor = screen.getByLabelText('Alleen voor (agendapunt 2)') as HTMLSelectElement;
    expect([...alleenVoor.options].map((o) => o.textContent)).toEqual([
      'De hele organisatie',
      'Eén team van de organisatie',
      'Eén persoon (gebruikersnaam)',
    ]);
    expect(screen.queryByLabelText(/Naam van het team/)).toBeNull();
    fireEvent.change(alleenVoor, { target: { value: 'TEAM' } });
    const naam = screen.getByLabelText(/^Naam van het team \(agendapunt 2\)/) as HTMLInputElement;

    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen voor agendapunt 2' }));
    expect(await screen.findByText('Vul de naam van het team in.')).toBeTruthy();
    expect(naam.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(naam);
    expect(verzoeken(fetchMock, 'POST')).toHaveLength(0);

    fireEvent.change(naam, { target: { value: 'Toezicht Zuid' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen voor agendapunt 2' }));
    await waitFor(() =>
      expect(screen.getByTestId('aankondiging').textContent).toMatch(/Reclassering Nederland Rotterdam, alleen team Toezicht Zuid is uitgenodigd voor agendapunt 2/),
    );
    expect(JSON.parse(String((verzoeken(fetchMock, 'POST')[0][1] as RequestInit).body))).toEqual({
      organisatie: 'RN-RDAM',
      alleenVoor: { team: 'Toezicht Zuid' },
    });
  });

  it('nodigt één persoon uit met haar gebruikersnaam in kleine letters', { timeout: 20_000 }, async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === '/agendapunten/p2/uitnodigingen') return json({}, 201);
      if (v.pad === `/casusoverleggen/${OVERLEG}`) return json(overleg());
      if (v.pad === '/aanmeldingen') return lijst('aanmeldingen', []);
      return undefined;
    });
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen />);
    fireEvent.change(await screen.findByLabelText('Partner uitnodigen voor agendapunt 2'), { target: { value: 'POL-RR' } });
    fireEvent.change(screen.getByLabelText('Alleen voor (agendapunt 2)'), { target: { value: 'PERSOON' } });
    fireEvent.change(screen.getByLabelText(/^Gebruikersnaam \(agendapunt 2\)/), { target: { value: 'Politie.Wijkagent' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen voor agendapunt 2' }));
    await waitFor(() => expect(verzoeken(fetchMock, 'POST')).toHaveLength(1));
    expect(JSON.parse(String((verzoeken(fetchMock, 'POST')[0][1] as RequestInit).body))).toEqual({
      organisatie: 'POL-RR',
      alleenVoor: { gebruikersnaam: 'politie.wijkagent' },
    });
  });
});

describe('casusoverleg: een overleg verplaatsen', () => {
  // only the date is fixed (the page asks what day it is); the timers that waitFor uses stay real
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2099-12-01T09:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('controleert de nieuwe datum zoals de server (CSO-030) en maakt de body', () => {
    expect(valideerVerplaatsing({ datum: '', aanvang: '', einde: '' }, '2026-12-02')).toEqual({
      datum: 'Vul de nieuwe datum in.',
      aanvang: 'Vul de aanvangstijd in.',
    });
    expect(valideerVerplaatsing({ datum: '2026-12-01', aanvang: '10:00', einde: '' }, '2026-12-02').datum).toBe('De datum ligt in het verleden.');
    expect(valideerVerplaatsing({ datum: '2027-12-03', aanvang: '10:00', einde: '' }, '2026-12-02').datum).toBe(
      'Verplaats een overleg hoogstens een jaar vooruit.',
    );
    expect(valideerVerplaatsing({ datum: '2027-12-02', aanvang: '10:00', einde: '' }, '2026-12-02')).toEqual({});
    // an empty end keeps the meeting's end: a new start after it is refused here, not by the server
    expect(valideerVerplaatsing({ datum: '2026-12-09', aanvang: '12:30', einde: '' }, '2026-12-02', '12:00:00').einde).toBe(
      'Het einde ligt na de aanvang.',
    );
    expect(naarVerplaatsing({ datum: '2026-12-09', aanvang: '09:00', einde: '' })).toEqual({ datum: '2026-12-09', aanvang: '09:00', einde: null });
  });

  it('verplaatst met If-Match, toont de nieuwe datum en kondigt aan dat de uitnodigingen meeschuiven', { timeout: 20_000 }, async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === `/casusoverleggen/${OVERLEG}/datum`) return json(overleg({ versie: 4, datum: '2099-12-17', aanvang: '09:30:00' }));
      if (v.pad === `/casusoverleggen/${OVERLEG}`) return json(overleg({ datum: '2099-12-10' }));
      if (v.pad === '/aanmeldingen') return lijst('aanmeldingen', []);
      return undefined;
    });
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen />);
    const formulier = await screen.findByRole('form', { name: 'Overleg verplaatsen' });
    expect((within(formulier).getByLabelText(/^Nieuwe datum/) as HTMLInputElement).value).toBe('2099-12-10');
    fireEvent.change(within(formulier).getByLabelText(/^Nieuwe datum/), { target: { value: '2099-12-17' } });
    fireEvent.change(within(formulier).getByLabelText(/^Nieuwe aanvang/), { target: { value: '09:30' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Overleg verplaatsen' }));
    await waitFor(() => expect(screen.getByTestId('aankondiging').textContent).toMatch(/verplaatst naar 17 december 2099 om 09:30; de uitnodigingen schuiven mee/));
    const put = verzoeken(fetchMock, 'PUT')[0];
    expect(String(put[0])).toMatch(new RegExp(`/casusoverleggen/${OVERLEG}/datum$`));
    expect(JSON.parse(String((put[1] as RequestInit).body))).toEqual({ datum: '2099-12-17', aanvang: '09:30', einde: null });
    expect((put[1] as RequestInit).headers).toMatchObject({ 'If-Match': '"3"' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Casusoverleg 17 december 2099 om 09:30');
    // the new version is the form's new starting point
    const nieuw = screen.getByRole('form', { name: 'Overleg verplaatsen' });
    expect((within(nieuw).getByLabelText(/^Nieuwe datum/) as HTMLInputElement).value).toBe('2099-12-17');
    expect((within(nieuw).getByLabelText(/^Nieuwe aanvang/) as HTMLInputElement).value).toBe('09:30');
  });

  it('stuurt niets bij een datum in het verleden en zet de focus op het veld', async () => {
    const fetchMock = nepServer((v) =>
      v.pad === `/casusoverleggen/${OVERLEG}` ? json(overleg({ datum: '2099-12-10' })) : v.pad === '/aanmeldingen' ? lijst('aanmeldingen', []) : undefined,
    );
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen />);
    const formulier = await screen.findByRole('form', { name: 'Overleg verplaatsen' });
    fireEvent.change(within(formulier).getByLabelText(/^Nieuwe datum/), { target: { value: '2020-01-01' } });
    fireEvent.click(within(formulier).getByRole('button', { name: 'Overleg verplaatsen' }));
    expect(await within(formulier).findByText('De datum ligt in het verleden.')).toBeTruthy();
    expect(document.activeElement?.id).toBe('veld-verplaats-datum');
    expect(verzoeken(fetchMock, 'PUT')).toHaveLength(0);
  });

  it('een overleg dat geweest is, of een kijker zonder wijzigrecht, krijgt geen verplaatsformulier', async () => {
    nepServer((v) => (v.pad === `/casusoverleggen/${OVERLEG}` ? json(overleg({ datum: '2020-01-10' })) : v.pad === '/aanmeldingen' ? lijst('aanmeldingen', []) : undefined));
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen />);
    await screen.findByTestId('agenda');
    expect(screen.queryByRole('form', { name: 'Overleg verplaatsen' })).toBeNull();
    cleanup();
    nepServer((v) => (v.pad === `/casusoverleggen/${OVERLEG}` ? json(overleg({ datum: '2099-12-10' })) : undefined));
    render(<OverlegDetail api={api()} id={OVERLEG} magWijzigen={false} />);
    await screen.findByTestId('agenda');
    expect(screen.queryByRole('form', { name: 'Overleg verplaatsen' })).toBeNull();
  });
});
