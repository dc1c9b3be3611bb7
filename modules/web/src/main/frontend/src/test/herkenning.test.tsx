import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Overdracht, OverdrachtSamenvatting, Toegang } from '../api/overdracht';
import { OverdrachtDetail } from '../pages/OverdrachtDetail';
import { herkenningUitInhoud, herkenningsdetails, herkenningsnaam } from '../overdracht/labels';
import { sorteer } from '../overdracht/Zoeken';
import { Inbox } from '../pages/Inbox';
import { Verstuurd } from '../pages/Verstuurd';

afterEach(cleanup);

const jansen: OverdrachtSamenvatting = {
  id: '2e255cde-0000-4000-8000-000000000001',
  versie: 3,
  laatstGewijzigd: '2026-11-20T10:00:00Z',
  status: 'VERZONDEN',
  eigenaarOrganisatie: 'VTRR',
  ontvangendeOrganisatie: 'WT-RDAM-FEIJ',
  herkenning: {
    naamGedeeld: true,
    achternaam: 'Jansen',
    kindVoornaam: 'Noor',
    kindGeboortejaar: 2018,
    gemeente: 'GM0599',
    gemeenteNaam: 'Rotterdam',
    meldingDatum: '2026-11-10',
  },
};

const verborgen: OverdrachtSamenvatting = {
  ...jansen,
  id: '7a000000-0000-4000-8000-000000000002',
  laatstGewijzigd: '2026-11-25T10:00:00Z',
  herkenning: { naamGedeeld: false, meldingDatum: '2026-11-12' },
};

const bakker: OverdrachtSamenvatting = {
  ...jansen,
  id: '9b000000-0000-4000-8000-000000000003',
  laatstGewijzigd: '2026-11-01T10:00:00Z',
  herkenning: { ...jansen.herkenning!, achternaam: 'Bakker', meldingDatum: '2026-11-15' },
};

function api(overdrachten: SchakelApi['overdrachten']): SchakelApi {
  return { overdrachten, organisaties: vi.fn().mockResolvedValue([]) } as unknown as SchakelApi;
}

describe('een herkenbare zaak', () => {
  it('noemt familie, kind en geboortejaar, gemeente bij naam, meldingsdatum en zaaknummer', () => {
    expect(herkenningsnaam(jansen.herkenning)).toBe('Familie Jansen – Noor (2018)');
    expect(herkenningsdetails(jansen)).toBe('Rotterdam · melding 10 november 2026 · zaaknummer 2e255cde');
    expect(herkenningsdetails(jansen)).not.toContain('GM0599');
  });

  it('zegt dat de naam niet gedeeld is als de toegang die niet toont', () => {
    expect(herkenningsnaam(verborgen.herkenning)).toBe('Naam niet gedeeld');
    expect(herkenningsdetails(verborgen)).toBe('melding 12 november 2026 · zaaknummer 7a000000');
    expect(herkenningUitInhoud({ betrokkenen: [] } as never, ['IDENTITEIT']).naamGedeeld).toBe(false);
  });

  it('sorteert alleen op wat getoond wordt: niet gedeelde namen achteraan', () => {
    expect(sorteer([verborgen, jansen, bakker], 'naam').map((o) => o.id)).toEqual([bakker.id, jansen.id, verborgen.id]);
    expect(sorteer([jansen, verborgen, bakker], 'melding').map((o) => o.id)).toEqual([bakker.id, verborgen.id, jansen.id]);
    expect(sorteer([bakker, jansen, verborgen], 'gewijzigd').map((o) => o.id)).toEqual([verborgen.id, jansen.id, bakker.id]);
  });
});

describe('zoeken op achternaam', () => {
  it('vraagt de API om de naam, toont de namen in de inbox en meldt het resultaat', async () => {
    const overdrachten = vi.fn().mockImplementation(async (_s: unknown, _sig: unknown, naam?: string) =>
      naam ? [jansen] : [jansen, verborgen],
    );
    render(<Inbox api={api(overdrachten)} />);
    const tabel = await screen.findByTestId('overdrachten');
    expect(within(tabel).getByRole('link', { name: 'Familie Jansen – Noor (2018)' })).toBeTruthy();
    expect(within(tabel).getByRole('link', { name: 'Naam niet gedeeld' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Zoek op achternaam/), { target: { value: ' jans ' } });
    fireEvent.click(within(screen.getByRole('search')).getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => expect(overdrachten).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), 'jans'));
    expect((await screen.findByTestId('zoekresultaat')).textContent).toBe('1 overdracht met ‘jans’ in een achternaam.');
    fireEvent.click(screen.getByRole('button', { name: 'Toon alles' }));
    await waitFor(() => expect(overdrachten).toHaveBeenLastCalledWith(expect.anything(), expect.anything(), undefined));
  }, 20000);

  it('sorteert de verstuurde overdrachten op achternaam', async () => {
    render(<Verstuurd api={api(vi.fn().mockResolvedValue([jansen, bakker]))} />);
    await screen.findByTestId('overdrachten');
    fireEvent.change(screen.getByLabelText('Sorteer op'), { target: { value: 'naam' } });
    const links = within(screen.getByTestId('overdrachten')).getAllByRole('link').map((a) => a.textContent);
    expect(links).toEqual(['Familie Bakker – Noor (2018)', 'Familie Jansen – Noor (2018)']);
  });
});

describe('een teruggelegde overdracht gaat ergens heen', () => {
  const teruggelegd: Overdracht = {
    id: '2e255cde-0000-4000-8000-000000000001',
    versie: 5,
    laatstGewijzigd: '2026-11-25T10:00:00Z',
    status: 'TERUGGELEGD',
    eigenaarOrganisatie: 'VTRR',
    ontvangendeOrganisatie: 'WT-RDAM-FEIJ',
    gedeeldeCategorieen: ['IDENTITEIT', 'VEILIGHEID'],
    verzondenOp: '2026-11-20T10:00:00Z',
    inhoud: {
      aanleiding: { meldingSamenvatting: 'Geschreeuw', meldingDatum: '2026-11-10' },
      betrokkenen: [{ rol: 'KIND', identiteit: { voornaam: 'Noor', achternaam: 'Jansen', geboortedatum: '2018-05-20' } }],
    },
    achtergehouden: [],
    overgangen: [
      { volgnummer: 2, van: 'CONCEPT', naar: 'VERZONDEN', op: '2026-11-20T10:00:00Z', door: 'A', organisatie: 'VTRR', reden: null },
      { volgnummer: 4, van: 'ONTVANGEN', naar: 'TERUGGELEGD', op: '2026-11-24T10:00:00Z', door: 'B', organisatie: 'WT-RDAM-FEIJ', reden: 'Gezin woont in Charlois.' },
    ],
  };
  const eigenaar: Toegang = {
    reden: 'EIGENAAR', doel: 'OVERDRACHT', categorieen: ['IDENTITEIT', 'VEILIGHEID'], organisatie: 'VTRR', team: null,
    medewerker: null, geldigVan: '2026-11-20T10:00:00Z', geldigTot: null, noodtoegang: false, toelichting: null,
  };

  it('Veilig Thuis leest de reden, kan opnieuw versturen of eerst verbeteren, en de tab heet naar de zaak', async () => {
    render(
      <OverdrachtDetail
        id={teruggelegd.id}
        mij={null}
        api={{
          overdracht: vi.fn().mockResolvedValue(teruggelegd),
          toegang: vi.fn().mockResolvedValue([eigenaar]),
          organisaties: vi.fn().mockResolvedValue([{ id: 'w', code: 'WT-RDAM-FEIJ', naam: 'Wijkteam Feijenoord', type: 'WIJKTEAM' }]),
          monitoringmomenten: vi.fn().mockResolvedValue([]),
        } as unknown as SchakelApi}
      />,
    );
    const reden = await screen.findByTestId('teruggelegd');
    await waitFor(() => expect(reden.textContent).toContain('Wijkteam Feijenoord'));
    expect(reden.textContent).toContain('Gezin woont in Charlois.');
    expect(screen.getByRole('link', { name: 'Opnieuw versturen' }).getAttribute('href')).toBe(`#/overdrachten/${teruggelegd.id}/versturen`);
    expect(screen.getByRole('link', { name: 'Eerst verbeteren' }).getAttribute('href')).toBe(`#/overdrachten/${teruggelegd.id}/bewerken`);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Familie Jansen – Noor (2018)');
    expect(document.title).toBe('Familie Jansen – Noor (2018), zaaknummer 2e255cde – Schakel');
  }, 20000);

  it('het wijkteam dat hem teruglegde leest dat, niet "bestaat niet"', async () => {
    const fout = new ApiFout('Niet meer met u gedeeld', 'U heeft deze overdracht op 24 november 2026 teruggelegd: Gezin woont in Charlois.', 410);
    const toegang = vi.fn();
    render(
      <OverdrachtDetail
        id={teruggelegd.id}
        mij={null}
        api={{ overdracht: vi.fn().mockRejectedValue(fout), toegang, organisaties: vi.fn().mockResolvedValue([]) } as unknown as SchakelApi}
      />,
    );
    const melding = await screen.findByRole('alert');
    expect(melding.textContent).toContain('Niet meer met u gedeeld');
    expect(melding.textContent).toContain('teruggelegd: Gezin woont in Charlois.');
    expect(toegang).not.toHaveBeenCalled();
  });
});
