import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mij } from '../api/types';
import type { Agendapunt, Inbreng } from '../casusoverleg/api';
import { naarDelen, valideerDelen } from '../casusoverleg/inbreng';
import { AgendapuntDetail } from '../casusoverleg/pages/AgendapuntDetail';
import { MijnAgendapunten } from '../casusoverleg/pages/MijnAgendapunten';
import { api, json, lijst, nepServer, probleem, verzoeken } from './casusoverlegNep';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const PUNT = 'p1000000-0000-4000-8000-000000000001';
const OVERLEG = 'o1000000-0000-4000-8000-000000000001';
const POLITIE: Mij = { id: 'm1', naam: 'Agent', gebruikersnaam: 'politie', organisatie: { code: 'POL-RR', naam: 'Politie' }, team: null, rollen: ['politiemedewerker'] };
const OM: Mij = { ...POLITIE, organisatie: { code: 'OM-RDAM', naam: 'OM' }, rollen: ['officier-van-justitie'] };

const OVERLEG_KORT = {
  id: OVERLEG,
  versie: 1,
  laatstGewijzigd: 'x',
  overlegtafel: 't',
  datum: '2026-12-10',
  aanvang: '10:00:00',
  einde: null,
  plaats: 'ZVH',
  onlineLink: null,
  voorzitter: 'V',
  notulist: 'N',
};

function inbreng(delen: Partial<Inbreng> = {}): Inbreng {
  return {
    id: 'i1',
    versie: 1,
    laatstGewijzigd: 'x',
    agendapunt: PUNT,
    organisatie: 'POL-RR',
    status: 'GEDEELD',
    gedeeldOp: '2026-12-02T10:00:00Z',
    ingetrokkenOp: null,
    delen: [{ categorie: 'JUSTITIEEL', grondslag: 'art. 16 Wpg', tekst: 'Twee eerdere aanhoudingen (fictief).' }],
    achtergehouden: [],
    ...delen,
  };
}

function punt(delen: Partial<Agendapunt> = {}): Agendapunt {
  return {
    id: PUNT,
    versie: 2,
    laatstGewijzigd: 'x',
    volgnummer: 1,
    status: 'OPEN',
    overleg: OVERLEG_KORT,
    casus: {
      aanmelding: 'a1',
      aanmeldendeOrganisatie: 'WT-RDAM-FEIJ',
      vraag: 'Wie pakt wat op?',
      criteria: null,
      betrokkenen: [{ id: 'b1', rol: 'SLACHTOFFER', voornaam: 'Fictief', achternaam: 'Voorbeeld' }],
      achtergehouden: [],
    },
    uitnodigingen: [
      { organisatie: 'POL-RR', uitgenodigdOp: 'x', geldigTot: 'y', beeindigdOp: null, inbrengGedeeld: true },
      { organisatie: 'OM-RDAM', uitgenodigdOp: 'x', geldigTot: 'y', beeindigdOp: null, inbrengGedeeld: false },
    ],
    inbreng: [],
    ...delen,
  };
}

const TOEGANG = () => lijst('toegangen', [
  { reden: 'UITGENODIGD', doel: 'CASUSOVERLEG', categorieen: ['IDENTITEIT', 'JUSTITIEEL'], organisatie: 'OM-RDAM', team: null, geldigVan: null, geldigTot: '2026-12-25T23:00:00Z', noodtoegang: false },
]);

describe('casusoverleg: mijn agendapunten', () => {
  it('toont alleen de eigen agendapunten met de datum van het overleg', async () => {
    const fetchMock = nepServer((v) =>
      v.pad === '/agendapunten' ? lijst('agendapunten', [{ id: PUNT, versie: 1, laatstGewijzigd: 'x', volgnummer: 2, status: 'OPEN', overleg: OVERLEG_KORT, geheimhoudingBevestigd: false }]) : undefined,
    );
    render(<MijnAgendapunten api={api()} />);
    const tabel = await screen.findByTestId('agendapunten');
    expect(document.title).toBe('Mijn agendapunten – Schakel');
    expect(within(tabel).getByRole('link', { name: 'Agendapunt 2' }).getAttribute('href')).toBe(`#/casusoverleg/agendapunten/${PUNT}`);
    expect(tabel.textContent).toMatch(/10 december 2026 om 10:00/);
    expect(tabel.textContent).toMatch(/Nog te bevestigen/);
    expect(String(fetchMock.mock.calls.find(([a]) => String(a).includes('/agendapunten'))![0])).toMatch(/vanaf=\d{4}-\d{2}-\d{2}/);
  });
});

describe('casusoverleg: een agendapunt', () => {
  it('vraagt eerst de geheimhoudingsverklaring (CSO-020) en toont daarna het agendapunt', async () => {
    let bevestigd = false;
    const fetchMock = nepServer((v) => {
      if (v.pad === `/casusoverleggen/${OVERLEG}/geheimhoudingsverklaring`) {
        bevestigd = true;
        return json({ overlegId: OVERLEG, bevestigdOp: '2026-12-02T10:00:00Z' }, 201);
      }
      if (v.pad === `/agendapunten/${PUNT}`)
        return bevestigd ? json(punt()) : probleem(403, 'CSO-020', { title: 'Geheimhoudingsverklaring nog niet bevestigd', overlegId: OVERLEG });
      if (v.pad === `/agendapunten/${PUNT}/toegang`) return TOEGANG();
      return undefined;
    });
    render(<AgendapuntDetail api={api()} id={PUNT} mij={POLITIE} />);
    const verklaring = await screen.findByTestId('geheimhouding');
    expect(within(verklaring).getByRole('heading', { name: 'Geheimhoudingsverklaring' })).toBeTruthy();
    expect(screen.queryByText('Wie pakt wat op?')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ik bevestig de geheimhoudingsverklaring' }));
    expect(await screen.findByText('Wie pakt wat op?')).toBeTruthy();
    expect(screen.getByText('U heeft de geheimhoudingsverklaring bevestigd.')).toBeTruthy();
    expect(verzoeken(fetchMock, 'POST')).toHaveLength(1);
  });

  it('toont andermans inbreng met de achtergehouden categorieën bij naam, en waarom u het ziet', async () => {
    nepServer((v) => {
      if (v.pad === `/agendapunten/${PUNT}`)
        return json(
          punt({
            casus: { ...punt().casus, achtergehouden: ['GEZONDHEID'] },
            inbreng: [inbreng({ achtergehouden: ['GEZONDHEID'] })],
          }),
        );
      if (v.pad === `/agendapunten/${PUNT}/toegang`) return TOEGANG();
      return undefined;
    });
    render(<AgendapuntDetail api={api()} id={PUNT} mij={OM} />);
    const kaart = await screen.findByTestId('inbreng');
    expect(within(kaart).getByRole('heading', { level: 3 }).textContent).toBe('Politie Rotterdam');
    expect(kaart.textContent).toMatch(/Justitiële informatie/);
    expect(kaart.textContent).toMatch(/Twee eerdere aanhoudingen/);
    expect(within(kaart).getByTestId('achtergehouden').textContent).toMatch(/Niet voor u zichtbaar.*Gezondheid/);
    const waarom = await screen.findByTestId('waarom');
    expect(waarom.textContent).toMatch(/uitgenodigd, en alleen voor dit agendapunt/);
    expect(waarom.textContent).toMatch(/Identiteit, Justitiële informatie/);
    expect(screen.getByTestId('inbreng-status').textContent).toMatch(/nog geen inbreng/);
    expect(screen.queryByRole('link', { name: /Naar de aanmelding/ }), 'een partner schaalt niet af').toBeNull();
  });

  it('de organisator gaat van het agendapunt naar de aanmelding van de casus, waar hij afschaalt', async () => {
    nepServer((v) => {
      if (v.pad === `/agendapunten/${PUNT}`) return json(punt());
      if (v.pad === `/agendapunten/${PUNT}/toegang`) return TOEGANG();
      return undefined;
    });
    render(<AgendapuntDetail api={api()} id={PUNT} mij={OM} naarAanmelding />);
    const link = await screen.findByRole('link', { name: 'Naar de aanmelding van deze casus (afschalen)' });
    expect(link.getAttribute('href')).toBe('#/casusoverleg/aanmeldingen/a1');
  });

  it('de inbreng: fouten per veld, opslaan als concept en delen met If-Match', { timeout: 20_000 }, async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === `/agendapunten/${PUNT}`) return json(punt());
      if (v.pad === `/agendapunten/${PUNT}/toegang`) return TOEGANG();
      if (v.pad === `/agendapunten/${PUNT}/inbreng` && v.methode === 'POST') return json(inbreng({ status: 'CONCEPT', versie: 1, gedeeldOp: null }), 201);
      if (v.pad === `/agendapunten/${PUNT}/inbreng/i1/deling`) return json(inbreng({ versie: 2, vernietigingsdatum: '2031-03-01' }));
      return undefined;
    });
    render(<AgendapuntDetail api={api()} id={PUNT} mij={POLITIE} />);
    await screen.findByTestId('eigen-inbreng');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan en delen' }));
    expect(document.activeElement?.id).toBe('veld-delen-0--categorie');
    expect(screen.getByLabelText(/^Gegevenscategorie/).getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Opslaan en delen' }).getAttribute('aria-disabled')).toBeNull());
    fireEvent.change(screen.getByLabelText(/^Tekst/), { target: { value: 'Twee eerdere aanhoudingen (fictief).' } });
    fireEvent.change(screen.getByLabelText(/^Gegevenscategorie/), { target: { value: 'JUSTITIEEL' } });
    fireEvent.change(screen.getByLabelText(/^Grondslag/), { target: { value: 'art. 16 Wpg' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan en delen' }));
    expect(await screen.findByText('Uw inbreng is gedeeld met de genodigden van dit agendapunt.')).toBeTruthy();
    const [lever, deel] = verzoeken(fetchMock, 'POST');
    expect(JSON.parse(String((lever[1] as RequestInit).body))).toEqual({
      delen: [{ categorie: 'JUSTITIEEL', grondslag: 'art. 16 Wpg', tekst: 'Twee eerdere aanhoudingen (fictief).' }],
    });
    expect((deel[1] as RequestInit).headers).toMatchObject({ 'If-Match': '"1"' });
    expect(screen.getByTestId('inbreng-status').textContent).toMatch(/Gedeeld met de genodigden/);
    // issue 15: the owner's own retention date, from the API
    expect(screen.getByTestId('inbreng-bewaartermijn').textContent).toMatch(/Uw bewaartermijn: Wordt vernietigd op .*2031/);
    expect(screen.getByRole('button', { name: 'Inbreng intrekken' })).toBeTruthy();
  });

  it('zegt bij een verouderde versie dat iemand anders het wijzigde', async () => {
    nepServer((v) => {
      if (v.pad === `/agendapunten/${PUNT}`) return json(punt({ inbreng: [inbreng()] }));
      if (v.pad === `/agendapunten/${PUNT}/toegang`) return TOEGANG();
      if (v.pad === `/agendapunten/${PUNT}/inbreng/i1/intrekking`) return probleem(412, 'CSO-412');
      return undefined;
    });
    render(<AgendapuntDetail api={api()} id={PUNT} mij={POLITIE} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Inbreng intrekken' }));
    expect(await screen.findByText('Iemand anders heeft dit intussen gewijzigd')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Opnieuw laden' })).toBeTruthy());
  });

  it('"Verslag als PDF" haalt verslag.pdf met het token en bewaart het; een weigering toont de API-fout', async () => {
    let weigeren = false;
    const fetchMock = nepServer((v) => {
      if (v.pad === `/agendapunten/${PUNT}`) return json(punt());
      if (v.pad === `/agendapunten/${PUNT}/toegang`) return TOEGANG();
      if (v.pad === `/agendapunten/${PUNT}/verslag.pdf`)
        return weigeren
          ? probleem(403, 'CSO-020', { title: 'Geheimhoudingsverklaring nog niet bevestigd', overlegId: OVERLEG })
          : new Response(new Blob(['%PDF-1.7']), {
              status: 200,
              headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="verslag-${PUNT}.pdf"` },
            });
      return undefined;
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    const bewaard: string[] = [];
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      bewaard.push(this.download);
    });

    render(<AgendapuntDetail api={api()} id={PUNT} mij={POLITIE} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Verslag als PDF' }));
    expect(await screen.findByText('Het verslag (PDF) is gedownload.')).toBeTruthy();
    expect(bewaard).toEqual([`verslag-${PUNT}.pdf`]);
    const [adres, init] = fetchMock.mock.calls.find(([a]) => String(a).endsWith('/verslag.pdf'))!;
    expect(String(adres)).toBe(`/api/v1/agendapunten/${PUNT}/verslag.pdf`);
    expect((init as RequestInit).headers).toMatchObject({ Authorization: 'Bearer tok', Accept: 'application/pdf' });

    weigeren = true;
    fireEvent.click(screen.getByRole('button', { name: 'Verslag als PDF' }));
    expect(await screen.findByText('Geheimhoudingsverklaring nog niet bevestigd')).toBeTruthy();
    expect(screen.queryByText('Het verslag (PDF) is gedownload.')).toBeNull();
    expect(bewaard).toHaveLength(1);
    klik.mockRestore();
  });

  it('een niet-uitgenodigde partner krijgt "niet gevonden"', async () => {
    nepServer((v) => (v.pad.startsWith(`/agendapunten/${PUNT}`) ? probleem(404, 'CSO-404', { title: 'Dit agendapunt bestaat niet' }) : undefined));
    render(<AgendapuntDetail api={api()} id={PUNT} mij={POLITIE} />);
    expect(await screen.findByText('Dit agendapunt bestaat niet')).toBeTruthy();
    expect(screen.queryByTestId('geheimhouding')).toBeNull();
  });

  it('controleert de delen zoals de API', () => {
    expect(Object.keys(valideerDelen([{ categorie: '', grondslag: '', tekst: '' }]))).toEqual(['delen[0].categorie', 'delen[0].grondslag', 'delen[0].tekst']);
    expect(valideerDelen([])).toEqual({ delen: 'Voeg ten minste één deel toe.' });
    expect(valideerDelen([{ categorie: 'VEILIGHEID', grondslag: 'g', tekst: 'x'.repeat(4001) }])['delen[0].tekst']).toMatch(/4000/);
    expect(naarDelen([{ categorie: 'VEILIGHEID', grondslag: ' g ', tekst: ' t ' }])).toEqual([{ categorie: 'VEILIGHEID', grondslag: 'g', tekst: 't' }]);
  });
});
