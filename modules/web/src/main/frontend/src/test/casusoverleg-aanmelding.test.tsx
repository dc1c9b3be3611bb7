import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigatieVoor } from '../App';
import type { Aanmelding, AanmeldingSamenvatting } from '../casusoverleg/api';
import { koppelFouten, leegFormulier, naarGegevens, valideer } from '../casusoverleg/aanmelding';
import { triageTekst, triageUitkomst, verplaats } from '../casusoverleg/labels';
import { AanmeldingDetail } from '../casusoverleg/pages/AanmeldingDetail';
import { Aanmelden } from '../casusoverleg/pages/Aanmelden';
import { MijnAanmeldingen } from '../casusoverleg/pages/MijnAanmeldingen';
import { Triage, triageVolgorde } from '../casusoverleg/pages/Triage';
import { leesRoute } from '../router';
import { TAFEL, api, json, lijst, nepServer, probleem, verzoeken } from './casusoverlegNep';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const ID = 'a1000000-0000-4000-8000-000000000001';

function samenvatting(delen: Partial<AanmeldingSamenvatting> = {}): AanmeldingSamenvatting {
  return {
    id: ID,
    versie: 1,
    laatstGewijzigd: '2026-12-01T09:00:00Z',
    overlegtafel: TAFEL.id,
    status: 'INGEDIEND',
    aanmeldendeOrganisatie: 'WT-RDAM-FEIJ',
    ingediendOp: '2026-12-01T09:00:00Z',
    triageUiterlijk: '2026-12-08',
    triageVerlopen: false,
    ...delen,
  };
}

function aanmelding(delen: Partial<Aanmelding> = {}): Aanmelding {
  return {
    ...samenvatting(),
    vraag: 'Wie pakt wat op?',
    criteria: [
      { criterium: 'MEERDERE_PROBLEEMGEBIEDEN', voldaan: true, toelichting: 'Geweld en schulden.' },
      { criterium: 'MEERDERE_KETENS', voldaan: false, toelichting: 'Alleen zorg.' },
    ],
    betrokkenen: [{ id: 'b1', rol: 'SLACHTOFFER', voornaam: 'Fictief', achternaam: 'Voorbeeld', geboortedatum: null }],
    voorgesteldePartners: ['POL-RR'],
    afgeschaaldOp: null,
    bewarenTot: null,
    achtergehouden: [],
    overgangen: [{ van: null, naar: 'INGEDIEND', door: 'Wijkteam', organisatie: 'WT-RDAM-FEIJ', op: '2026-12-01T09:00:00Z', reden: null }],
    ...delen,
  };
}

describe('casusoverleg: routes en menu', () => {
  it('kent de routes van het contract', () => {
    expect(leesRoute('#/casusoverleg/aanmeldingen')).toEqual({ naam: 'co-aanmeldingen' });
    expect(leesRoute('#/casusoverleg/aanmeldingen/nieuw')).toEqual({ naam: 'co-aanmelden' });
    expect(leesRoute(`#/casusoverleg/aanmeldingen/${ID}`)).toEqual({ naam: 'co-aanmelding', id: ID });
    expect(leesRoute('#/casusoverleg/triage')).toEqual({ naam: 'co-triage' });
    expect(leesRoute('#/casusoverleg/overleggen/x1')).toEqual({ naam: 'co-overleg', id: 'x1' });
    expect(leesRoute('#/casusoverleg/agendapunten/p1')).toEqual({ naam: 'co-agendapunt', id: 'p1' });
    expect(leesRoute('#/casusoverleg/acties')).toEqual({ naam: 'co-acties' });
    expect(leesRoute('#/casusoverleg/acties/a1')).toEqual({ naam: 'co-actie', id: 'a1' });
    expect(leesRoute('#/casusoverleg/onzin/a1')).toEqual({ naam: 'onbekend', pad: '/casusoverleg/onzin/a1' });
  });

  it('toont per rol het juiste menu', () => {
    const labels = (rollen: string[]) => navigatieVoor(rollen, { naam: 'mijn-werk' }).map((i) => i.label);
    expect(labels(['zvh-procesregisseur'])).toEqual(['Mijn werk', 'Triage', 'Overleggen', 'Bekendheidscheck', 'Verzoeken van betrokkenen', 'Te beantwoorden verzoeken', 'Verwerkingsregister']);
    expect(labels(['procesregisseur'])).toContain('Overleggen');
    expect(labels(['procesregisseur'])).not.toContain('Triage');
    expect(labels(['politiemedewerker'])).toEqual(['Mijn werk', 'Aanmelden', 'Mijn aanmeldingen', 'Mijn agendapunten', 'Mijn acties', 'Te beantwoorden verzoeken']);
    expect(labels(['wijkteammedewerker'])).toContain('Mijn agendapunten');
    expect(labels(['functionaris-gegevensbescherming'])).not.toContain('Mijn agendapunten');
    const actief = navigatieVoor(['officier-van-justitie'], { naam: 'co-agendapunt', id: 'p1' }).filter((i) => i.actief);
    expect(actief.map((i) => i.label)).toEqual(['Mijn agendapunten']);
  });
});

describe('casusoverleg: het aanmeldformulier (logica)', () => {
  it('noemt elke fout tegelijk, met de sleutels van de API', () => {
    const leeg = leegFormulier(TAFEL);
    const fouten = valideer(leeg, '2026-12-02');
    expect(Object.keys(fouten)).toEqual([
      'vraag',
      'criteria[0].voldaan',
      'criteria[0].toelichting',
      'criteria[1].voldaan',
      'criteria[1].toelichting',
      'betrokkenen[0].rol',
      'betrokkenen[0].voornaam',
      'betrokkenen[0].achternaam',
    ]);
    const toekomst = { ...leeg, betrokkenen: [{ rol: 'KIND', voornaam: 'A', achternaam: 'B', geboortedatum: '2027-01-01' }] };
    expect(valideer(toekomst, '2026-12-02')['betrokkenen[0].geboortedatum']).toMatch(/toekomst/);
    expect(valideer({ ...leeg, vraag: 'x'.repeat(1001) }, '2026-12-02').vraag).toMatch(/1000 tekens/);
  });

  it('maakt er de body van de API van, en koppelt de fouten van de API aan de velden', () => {
    const formulier = {
      ...leegFormulier(TAFEL),
      vraag: ' Wie doet wat? ',
      criteria: leegFormulier(TAFEL).criteria.map((c, i) => ({ ...c, voldaan: (i === 0 ? 'ja' : 'nee') as 'ja' | 'nee', toelichting: ' reden ' })),
      betrokkenen: [{ rol: 'OUDER', voornaam: ' Fictief ', achternaam: 'Voorbeeld', geboortedatum: '' }],
      voorgesteldePartners: ['POL-RR'],
    };
    expect(naarGegevens(TAFEL.id, formulier)).toEqual({
      overlegtafel: TAFEL.id,
      vraag: 'Wie doet wat?',
      criteria: [
        { criterium: 'MEERDERE_PROBLEEMGEBIEDEN', voldaan: true, toelichting: 'reden' },
        { criterium: 'MEERDERE_KETENS', voldaan: false, toelichting: 'reden' },
      ],
      betrokkenen: [{ id: null, rol: 'OUDER', voornaam: 'Fictief', achternaam: 'Voorbeeld', geboortedatum: null }],
      voorgesteldePartners: ['POL-RR'],
    });
    const { velden, algemeen } = koppelFouten(
      [
        { name: 'betrokkenen[0].achternaam', reason: 'Verplicht.' },
        { name: 'criteria', reason: 'Beantwoord het criterium X precies één keer.' },
      ],
      formulier,
    );
    expect(velden).toEqual({ 'betrokkenen[0].achternaam': 'Verplicht.' });
    expect(algemeen).toEqual(['Criteria: Beantwoord het criterium X precies één keer.']);
  });

  it('zegt de triagetermijn in woorden, ook als die verlopen is, en vindt de uitkomst', () => {
    const d = (x: string) => x;
    expect(triageTekst(samenvatting(), d)).toBe('Uiterlijk 2026-12-08');
    expect(triageTekst(samenvatting({ triageVerlopen: true }), d)).toBe('Verlopen: uiterlijk 2026-12-08');
    expect(triageTekst(samenvatting({ status: 'GEACCEPTEERD' }), d)).toBe('');
    expect(triageUitkomst(aanmelding().overgangen)).toBeNull();
    expect(
      triageUitkomst([...aanmelding().overgangen, { van: 'INGEDIEND', naar: 'AFGEWEZEN', door: 'z', organisatie: 'ZVHRR', op: 'x', reden: 'Past niet.' }])
        ?.reden,
    ).toBe('Past niet.');
    expect(verplaats(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(verplaats(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(triageVolgorde([samenvatting({ id: '1' }), samenvatting({ id: '2', triageVerlopen: true })]).map((a) => a.id)).toEqual(['2', '1']);
  });
});

describe('casusoverleg: aanmelden in het scherm', () => {
  it('toont fouten naast de velden, houdt wat getypt is, en verstuurt daarna', { timeout: 20_000 }, async () => {
    const fetchMock = nepServer((v) => (v.methode === 'POST' && v.pad === '/aanmeldingen' ? json(aanmelding(), 201) : undefined));
    render(<Aanmelden api={api()} />);
    await screen.findByRole('group', { name: /Criterium 1/ });
    expect(document.title).toBe('Casus aanmelden – Schakel');

    fireEvent.change(screen.getByLabelText(/Vraag aan het casusoverleg/), { target: { value: 'Wie pakt wat op?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));
    const samenvattingFout = await screen.findByTestId('foutsamenvatting');
    expect(samenvattingFout.textContent).toMatch(/Criterium 1 \(MEERDERE_PROBLEEMGEBIEDEN\): voldaan/);
    const voornaam = screen.getByLabelText(/^Voornaam/);
    expect(voornaam.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(voornaam.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toMatch(/Vul de voornaam in/);
    expect((screen.getByLabelText(/Vraag aan het casusoverleg/) as HTMLTextAreaElement).value).toBe('Wie pakt wat op?');
    expect(verzoeken(fetchMock, 'POST')).toHaveLength(0);

    for (const [i, groep] of screen.getAllByRole('group', { name: /^Criterium \d/ }).entries()) {
      fireEvent.click(within(groep).getByLabelText(i === 0 ? 'Ja' : 'Nee'));
      fireEvent.change(within(groep).getByLabelText(/Reden/), { target: { value: 'Omdat het zo is.' } });
    }
    fireEvent.change(screen.getByLabelText(/^Rol/), { target: { value: 'SLACHTOFFER' } });
    fireEvent.change(voornaam, { target: { value: 'Fictief' } });
    fireEvent.change(screen.getByLabelText(/^Achternaam/), { target: { value: 'Voorbeeld' } });
    fireEvent.click(screen.getByLabelText('Politie Rotterdam'));
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));
    await waitFor(() => expect(verzoeken(fetchMock, 'POST')).toHaveLength(1));
    const body = JSON.parse(String((verzoeken(fetchMock, 'POST')[0][1] as RequestInit).body));
    expect(body.voorgesteldePartners).toEqual(['POL-RR']);
    expect(body.criteria.map((c: { voldaan: boolean }) => c.voldaan)).toEqual([true, false]);
    await waitFor(() => expect(window.location.hash).toBe(`#/casusoverleg/aanmeldingen/${ID}`));
  });

  it('zet de fouten van de API naast de velden', { timeout: 20_000 }, async () => {
    nepServer((v) =>
      v.methode === 'POST'
        ? probleem(400, 'CSO-001', { title: 'De aanmelding is niet volledig', invalidParams: [{ name: 'betrokkenen[0].achternaam', reason: 'Te lang.' }] })
        : undefined,
    );
    render(<Aanmelden api={api()} />);
    await screen.findByRole('group', { name: /Criterium 1/ });
    fireEvent.change(screen.getByLabelText(/Vraag aan het casusoverleg/), { target: { value: 'Vraag' } });
    for (const groep of screen.getAllByRole('group', { name: /^Criterium \d/ })) {
      fireEvent.click(within(groep).getByLabelText('Ja'));
      fireEvent.change(within(groep).getByLabelText(/Reden/), { target: { value: 'r' } });
    }
    fireEvent.change(screen.getByLabelText(/^Rol/), { target: { value: 'KIND' } });
    fireEvent.change(screen.getByLabelText(/^Voornaam/), { target: { value: 'A' } });
    fireEvent.change(screen.getByLabelText(/^Achternaam/), { target: { value: 'B' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelding versturen' }));
    await screen.findByText('De aanmelding is niet volledig');
    expect(screen.getByLabelText(/^Achternaam/).getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByLabelText(/^Achternaam/) as HTMLInputElement).value).toBe('B');
  });

  it('Mijn aanmeldingen toont de status; de detailpagina de uitkomst met reden', async () => {
    nepServer((v) => {
      if (v.pad === '/aanmeldingen') return lijst('aanmeldingen', [samenvatting({ status: 'AFGEWEZEN' })]);
      if (v.pad === `/aanmeldingen/${ID}`)
        return json(
          aanmelding({
            status: 'AFGEWEZEN',
            overgangen: [
              ...aanmelding().overgangen,
              { van: 'INGEDIEND', naar: 'AFGEWEZEN', door: 'ZVH', organisatie: 'ZVHRR', op: '2026-12-02T10:00:00Z', reden: 'Hoort bij het wijkteam.' },
            ],
          }),
        );
      return undefined;
    });
    render(<MijnAanmeldingen api={api()} />);
    const tabel = await screen.findByTestId('aanmeldingen');
    expect(tabel.textContent).toMatch(/Afgewezen/);
    cleanup();
    render(<AanmeldingDetail api={api()} id={ID} magTriageren={false} />);
    expect((await screen.findByTestId('uitkomst')).textContent).toMatch(/Afgewezen op .*: Hoort bij het wijkteam\./);
    expect(screen.queryByRole('button', { name: 'Accepteren' })).toBeNull();
  });
});

describe('casusoverleg: triage', () => {
  it('markeert een verlopen termijn in tekst en accepteert met If-Match', async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === '/aanmeldingen') return lijst('aanmeldingen', [samenvatting({ triageVerlopen: true })]);
      if (v.pad === `/aanmeldingen/${ID}` && v.methode === 'GET') return json(aanmelding());
      if (v.pad === `/aanmeldingen/${ID}/acceptatie`) return json(aanmelding({ status: 'GEACCEPTEERD', versie: 2 }));
      if (v.pad === `/aanmeldingen/${ID}/afwijzing`) return probleem(412, 'CSO-412', { title: 'Iemand anders heeft dit intussen gewijzigd' });
      return undefined;
    });
    render(<Triage api={api()} />);
    expect((await screen.findByTestId('termijn')).textContent).toMatch(/^Verlopen: uiterlijk 8 december 2026$/);
    expect(screen.getByText('1 aanmelding is over de triagetermijn')).toBeTruthy();
    cleanup();

    render(<AanmeldingDetail api={api()} id={ID} magTriageren />);
    fireEvent.click(await screen.findByRole('button', { name: 'Afwijzen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelding afwijzen' }));
    expect(await screen.findByText('Vul in waarom u de aanmelding afwijst.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Waarom wijst u/), { target: { value: 'Past niet.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelding afwijzen' }));
    expect(await screen.findByText('Iemand anders heeft dit intussen gewijzigd')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Accepteren' }));
    // the status is on the page before the answer comes: wait for it to change, not for it to be there
    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Geaccepteerd'));
    const acceptatie = fetchMock.mock.calls.find(([a]) => String(a).endsWith('/acceptatie'))!;
    expect((acceptatie[1] as RequestInit).headers).toMatchObject({ 'If-Match': '"1"' });
  });
});
