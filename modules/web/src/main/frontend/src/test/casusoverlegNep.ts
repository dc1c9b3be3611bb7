import { vi } from 'vitest';
import { maakSchakelApi } from '../api/client';
import type { Overlegtafel } from '../casusoverleg/api';

/** A fake API behind `fetch` for the casusoverleg screens: one handler decides every answer. */

export interface Verzoek {
  methode: string;
  pad: string;
  zoek: URLSearchParams;
  body: unknown;
  ifMatch: string | null;
}

export function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

export function probleem(status: number, code: string, extra: Record<string, unknown> = {}): Response {
  return json({ title: 'Probleem', status, code, instance: 'urn:uuid:abc', ...extra }, status, 'application/problem+json');
}

export function lijst(collectie: string, items: unknown[]): Response {
  return json({ _embedded: { [collectie]: items }, _links: {} });
}

export const TAFEL: Overlegtafel = {
  id: 'c5000000-0000-4000-8000-000000000001',
  versie: 1,
  naam: 'Casusoverleg Huiselijk Geweld Rotterdam-Rijnmond',
  voorzitter: 'VTRR',
  organisator: 'ZVHRR',
  leden: ['VTRR', 'ZVHRR', 'POL-RR', 'OM-RDAM', 'RN-RDAM'],
  doel: 'CASUSOVERLEG',
  grondslag: 'WGS',
  criteria: [
    { code: 'MEERDERE_PROBLEEMGEBIEDEN', omschrijving: 'Er spelen meerdere problemen tegelijk.' },
    { code: 'MEERDERE_KETENS', omschrijving: 'Twee of meer ketens zijn betrokken.' },
  ],
  toegangsvensterDagen: 14,
  triagetermijnWerkdagen: 5,
  bewaartermijnMaanden: 12,
  bewaarregel: '…',
};

export const ORGANISATIES = [
  { id: '1', code: 'POL-RR', naam: 'Politie Rotterdam', type: 'POLITIE' },
  { id: '2', code: 'OM-RDAM', naam: 'Openbaar Ministerie Rotterdam', type: 'OM' },
  { id: '3', code: 'RN-RDAM', naam: 'Reclassering Nederland Rotterdam', type: 'RECLASSERING' },
  { id: '4', code: 'WT-RDAM-FEIJ', naam: 'Wijkteam Feijenoord', type: 'WIJKTEAM' },
  { id: '5', code: 'ZVHRR', naam: 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond', type: 'ZVH' },
  { id: '6', code: 'VTRR', naam: 'Veilig Thuis Rotterdam Rijnmond', type: 'VEILIG_THUIS' },
];

/** Stubs fetch; organisations and the table are answered unless the handler answers them first. */
export function nepServer(behandel: (v: Verzoek) => Response | undefined) {
  const fetchMock = vi.fn().mockImplementation(async (adres: string, init: RequestInit = {}) => {
    const url = new URL(adres, 'http://localhost');
    const headers = (init.headers ?? {}) as Record<string, string>;
    const verzoek: Verzoek = {
      methode: init.method ?? 'GET',
      pad: url.pathname.replace(/^\/api\/v1/, ''),
      zoek: url.searchParams,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      ifMatch: headers['If-Match'] ?? null,
    };
    const antwoord = behandel(verzoek);
    if (antwoord) return antwoord;
    if (verzoek.pad === '/organisaties') return lijst('organisaties', ORGANISATIES);
    if (verzoek.pad === '/overlegtafels') return lijst('overlegtafels', [TAFEL]);
    return probleem(404, 'CSO-404');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export const api = () => maakSchakelApi(async () => 'tok');

export function verzoeken(fetchMock: ReturnType<typeof vi.fn>, methode: string) {
  return fetchMock.mock.calls.filter(([, init]) => ((init as RequestInit | undefined)?.method ?? 'GET') === methode);
}
