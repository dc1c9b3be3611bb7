import { readFileSync } from 'node:fs';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { navigatieVoor } from '../App';
import { ApiFout } from '../api/fouten';
import { groepeer } from '../pages/MijnWerk';
import { VERZOEKTERMIJN_ROLLEN } from '../rollen';
import { leesRoute, paden } from '../router';
import type { Verzoektermijn } from '../verzoek/api';
import { Verzoektermijnen, deelTekst } from '../verzoek/Verzoektermijnen';

afterEach(cleanup);

const ORGANISATIES = [
  { id: '1', code: 'WT-RDAM-FEIJ', naam: 'Wijkteam Feijenoord', type: 'WIJKTEAM' },
  { id: '2', code: 'ZVHRR', naam: 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond', type: 'ZVH' },
  { id: '3', code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', type: 'VEILIG_THUIS' },
];

const teLaat: Verzoektermijn = {
  id: 'aaaabbbb-0000-4000-8000-000000000001',
  soort: 'INZAGE',
  contactpunt: 'VTRR',
  status: 'IN_BEHANDELING',
  ontvangenOp: '2026-10-01',
  uiterlijkOp: '2026-11-01',
  verlengd: false,
  dagenOver: -32,
  teLaat: true,
  delen: [
    { organisatie: 'VTRR', status: 'BEANTWOORD', teLaat: false },
    { organisatie: 'WT-RDAM-FEIJ', status: 'OPEN', teLaat: true },
  ],
};
const opTijd: Verzoektermijn = {
  id: 'ccccdddd-0000-4000-8000-000000000002',
  soort: 'BEZWAAR',
  contactpunt: 'ZVHRR',
  status: 'IN_BEHANDELING',
  ontvangenOp: '2026-11-20',
  uiterlijkOp: '2027-02-20',
  verlengd: true,
  dagenOver: 79,
  teLaat: false,
  delen: [],
};

function api(verzoektermijnen = vi.fn().mockResolvedValue([teLaat, opTijd])) {
  return { organisaties: vi.fn().mockResolvedValue(ORGANISATIES), verzoektermijnen };
}

describe('Termijnen van verzoeken (functionaris gegevensbescherming)', () => {
  it('toont elk verzoek met contactpunt, termijn en per organisatie of zij te laat is, de te late eerst', async () => {
    render(<Verzoektermijnen api={api()} />);
    const tabel = await screen.findByTestId('verzoektermijnen');
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen).toHaveLength(2);
    expect(rijen[0].getAttribute('data-id')).toBe(teLaat.id);
    expect(within(rijen[0]).getByRole('rowheader').textContent).toBe('Inzage (kenmerk aaaabbbb)');
    await waitFor(() => expect(rijen[0].textContent).toContain('Veilig Thuis Rotterdam Rijnmond'));
    expect(within(rijen[0]).getByTestId('termijn').textContent).toBe('32 dagen te laat');
    const delen = within(rijen[0]).getAllByRole('listitem').map((li) => li.textContent);
    expect(delen).toEqual(['Veilig Thuis Rotterdam Rijnmond: beantwoord', 'Wijkteam Feijenoord: open, te laat']);
    expect(rijen[1].textContent).toContain('Zorg- en Veiligheidshuis Rotterdam-Rijnmond');
    expect(rijen[1].textContent).toContain('20 februari 2027 (verlengd)');
    expect(within(rijen[1]).getByTestId('termijn').textContent).toBe('nog 79 dagen');
    expect(rijen[1].textContent).toContain('geen (niemand had gegevens)');
    expect(screen.getByTestId('samenvatting').textContent).toBe('2 verzoeken, waarvan 1 over de termijn.');
    expect(document.title).toBe('Termijnen van verzoeken – Schakel');
    // a table with a caption and column and row headers, nothing to operate: read by keyboard and screen reader as it is
    expect(within(tabel).getByText('Verzoeken, die over de termijn eerst').tagName).toBe('CAPTION');
    expect(within(tabel).getAllByRole('columnheader')).toHaveLength(6);
  });

  it('zegt een andere rol dat dit overzicht voor de functionaris is', async () => {
    render(<Verzoektermijnen api={api(vi.fn().mockRejectedValue(new ApiFout('Geen toegang', 'Niet toegestaan.', 403)))} />);
    expect(await screen.findByText('U kunt de termijnen van alle verzoeken niet inzien')).toBeTruthy();
    expect(screen.queryByTestId('verzoektermijnen')).toBeNull();
  });

  it('zegt het als er geen verzoeken zijn', async () => {
    render(<Verzoektermijnen api={api(vi.fn().mockResolvedValue([]))} />);
    expect((await screen.findByTestId('samenvatting')).textContent).toBe('Er zijn geen verzoeken.');
  });

  it('noemt een deel beantwoord, open of open en te laat', () => {
    expect(deelTekst({ organisatie: 'X', status: 'BEANTWOORD', teLaat: false })).toBe('beantwoord');
    expect(deelTekst({ organisatie: 'X', status: 'OPEN', teLaat: false })).toBe('open');
    expect(deelTekst({ organisatie: 'X', status: 'OPEN', teLaat: true })).toBe('open, te laat');
  });

  it('heeft een route, een menu-item en een tegel op Mijn werk voor precies de rollen van het beleid', () => {
    const beleid = JSON.parse(readFileSync('../../../../toegang/src/main/resources/toegangsbeleid.json', 'utf8'));
    expect([...VERZOEKTERMIJN_ROLLEN].sort()).toEqual([...beleid.handelingen['verzoek.overzien'].rollen].sort());
    expect(leesRoute(paden.verzoektermijnen)).toEqual({ naam: 'verzoektermijnen' });
    const item = navigatieVoor(['functionaris-gegevensbescherming'], { naam: 'verzoektermijnen' }).find((i) => i.label === 'Termijnen van verzoeken');
    expect(item?.href).toBe('#/verzoektermijnen');
    expect(item?.actief).toBe(true);
    for (const rol of ['procesregisseur', 'zvh-procesregisseur', 'politiemedewerker']) {
      expect(navigatieVoor([rol], { naam: 'mijn-werk' }).map((i) => i.label)).not.toContain('Termijnen van verzoeken');
    }
    const tegel = { stroom: 'verzoeken', code: 'verzoeken-over-de-termijn', titel: 'Verzoeken over de termijn', aantal: 2, vraagtAandacht: true, scherm: '#/verzoektermijnen' };
    expect(groepeer([tegel]).map((g) => g.kop)).toEqual(['Verzoeken van betrokkenen']);
    expect(leesRoute(tegel.scherm)).toEqual({ naam: 'verzoektermijnen' });
  });
});
