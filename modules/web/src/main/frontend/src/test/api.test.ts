import { afterEach, describe, expect, it, vi } from 'vitest';
import { haalUiConfiguratie } from '../api/configuratie';
import { maakSchakelApi, wachttijd } from '../api/client';
import { ApiFout, kenmerkVan } from '../api/fouten';
import { controleerBereikbaar } from '../auth/aanmelding';

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('haalUiConfiguratie', () => {
  it('leest keycloakUrl, realm en clientId', async () => {
    const doeFetch = vi.fn().mockResolvedValue(
      json({ keycloakUrl: 'http://localhost:8180/', realm: 'schakel', clientId: 'schakel-web' }),
    );
    await expect(haalUiConfiguratie(doeFetch)).resolves.toEqual({
      keycloakUrl: 'http://localhost:8180',
      realm: 'schakel',
      clientId: 'schakel-web',
    });
    expect(doeFetch).toHaveBeenCalledWith('/api/v1/ui-configuratie', expect.anything());
  });

  it('geeft een Nederlandse fout als de server niet antwoordt', async () => {
    const doeFetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(haalUiConfiguratie(doeFetch)).rejects.toMatchObject({ titel: 'Geen verbinding met Schakel' });
  });

  it('neemt title en detail over uit problem+json', async () => {
    const doeFetch = vi
      .fn()
      .mockResolvedValue(
        json({ title: 'Storing', detail: 'Onderhoud tot 14:00.', status: 503 }, 503, 'application/problem+json'),
      );
    await expect(haalUiConfiguratie(doeFetch)).rejects.toMatchObject({
      titel: 'Storing',
      detail: 'Onderhoud tot 14:00.',
      status: 503,
    });
  });

  it('weigert onvolledige instellingen', async () => {
    const doeFetch = vi.fn().mockResolvedValue(json({ realm: 'schakel' }));
    await expect(haalUiConfiguratie(doeFetch)).rejects.toBeInstanceOf(ApiFout);
  });
});

describe('controleerBereikbaar', () => {
  it('vraagt het discovery-document van de realm op', async () => {
    const doeFetch = vi.fn().mockResolvedValue(new Response(null, { status: 200 }));
    await controleerBereikbaar({ keycloakUrl: 'http://kc:8180', realm: 'schakel', clientId: 'schakel-web' }, doeFetch);
    expect(doeFetch).toHaveBeenCalledWith(
      'http://kc:8180/realms/schakel/.well-known/openid-configuration',
      expect.objectContaining({ mode: 'no-cors' }),
    );
  });

  it('meldt in het Nederlands dat de inlogdienst onbereikbaar is', async () => {
    const doeFetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(
      controleerBereikbaar({ keycloakUrl: 'http://kc:8180', realm: 'schakel', clientId: 'schakel-web' }, doeFetch),
    ).rejects.toMatchObject({ titel: 'De inlogdienst is niet bereikbaar' });
  });
});

describe('maakSchakelApi', () => {
  it('stuurt het (ververste) token mee als Bearer', async () => {
    const fetchMock = vi.fn().mockResolvedValue(json({ id: '1', naam: 'A', gebruikersnaam: 'a', organisatie: null, team: null, rollen: [] }));
    vi.stubGlobal('fetch', fetchMock);
    const tokenBron = vi.fn().mockResolvedValue('abc.def.ghi');
    await maakSchakelApi(tokenBron).mij();
    expect(tokenBron).toHaveBeenCalledOnce();
    const [pad, opties] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(pad).toBe('/api/v1/mij');
    expect((opties.headers as Record<string, string>).Authorization).toBe('Bearer abc.def.ghi');
  });

  it('probeert een 503 van de belastingsbegrenzing na Retry-After opnieuw, ook een wijziging (er is niets gedaan)', async () => {
    const druk = () => {
      const antwoord = json({ title: 'Even te druk', status: 503, code: 'API-503' }, 503, 'application/problem+json');
      antwoord.headers.set('Retry-After', '1');
      return antwoord;
    };
    const fetchMock = vi.fn().mockResolvedValueOnce(druk()).mockResolvedValueOnce(json({ id: 'o1', versie: 1 }, 201));
    vi.stubGlobal('fetch', fetchMock);
    vi.useFakeTimers();
    try {
      const belofte = maakSchakelApi(async () => 't').stelOverdrachtOp({} as never);
      await vi.advanceTimersByTimeAsync(999);
      expect(fetchMock).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(belofte).resolves.toMatchObject({ id: 'o1' });
      expect(fetchMock).toHaveBeenCalledTimes(2);
      expect((fetchMock.mock.calls[1][1] as RequestInit).method).toBe('POST');
    } finally {
      vi.useRealTimers();
    }
  });

  it('geeft na twee herhalingen de 503 als leesbare fout, en wacht tussen 0,5 en 5 s', async () => {
    vi.useFakeTimers();
    try {
      const fetchMock = vi.fn().mockImplementation(async () => {
        const antwoord = json({ title: 'Even te druk', status: 503, code: 'API-503' }, 503, 'application/problem+json');
        antwoord.headers.set('Retry-After', '1');
        return antwoord;
      });
      vi.stubGlobal('fetch', fetchMock);
      const belofte = maakSchakelApi(async () => 't').mij();
      const uitkomst = expect(belofte).rejects.toMatchObject({ titel: 'Even te druk', status: 503 });
      await vi.advanceTimersByTimeAsync(2000);
      await uitkomst;
      expect(fetchMock).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
    expect([wachttijd('1'), wachttijd('0.1'), wachttijd('120'), wachttijd(null), wachttijd('morgen')]).toEqual([1000, 500, 5000, 1000, 1000]);
  });

  it('zet een 403 om in een leesbare fout', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json({ title: 'Geen toegang', status: 403 }, 403, 'application/problem+json')));
    await expect(maakSchakelApi(async () => 't').mij()).rejects.toMatchObject({ titel: 'Geen toegang', status: 403 });
  });
});

describe('kenmerkVan', () => {
  it('toont het kenmerk voor de servicedesk zonder urn:uuid:', () => {
    expect(kenmerkVan('urn:uuid:cf5050e3-de28-4368-bc77-d7def11bf317')).toBe('cf5050e3-de28-4368-bc77-d7def11bf317');
    expect(kenmerkVan('  ')).toBeNull();
    expect(kenmerkVan(undefined)).toBeNull();
    expect(kenmerkVan('abc')).toBe('abc');
  });
});
