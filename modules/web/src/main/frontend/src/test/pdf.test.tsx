import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SchakelApi } from '../api/client';
import { maakSchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Overdracht, Toegang } from '../api/overdracht';
import { bestandsnaamUit } from '../api/pdf';
import type { Mij } from '../api/types';
import { PdfKnoppen } from '../components/PdfKnoppen';

// jsdom has no object URLs: the download test puts stand-ins on URL and this puts the originals back
const { createObjectURL, revokeObjectURL } = URL;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

const ID = '11111111-2222-3333-4444-555555555555';

const verzonden: Overdracht = {
  id: ID,
  versie: 2,
  laatstGewijzigd: '2026-11-25T10:00:00Z',
  status: 'VERZONDEN',
  eigenaarOrganisatie: 'VTRR',
  ontvangendeOrganisatie: 'WT-RDAM-FEIJ',
  gedeeldeCategorieen: ['IDENTITEIT'],
  verzondenOp: '2026-11-25T10:00:00Z',
  inhoud: {},
  achtergehouden: [],
};

function toegang(reden: string, noodtoegang = false): Toegang {
  return {
    reden,
    doel: noodtoegang ? 'CRISIS' : 'OVERDRACHT',
    categorieen: ['IDENTITEIT'],
    organisatie: 'VTRR',
    team: null,
    medewerker: null,
    geldigVan: null,
    geldigTot: null,
    noodtoegang,
    toelichting: null,
  };
}

function mij(...rollen: string[]): Mij {
  return { id: 'x', naam: 'Test', gebruikersnaam: 'test', organisatie: null, team: null, rollen };
}

function api(pdf: SchakelApi['pdf']): SchakelApi {
  return { pdf } as unknown as SchakelApi;
}

function pdfAntwoord(): Response {
  return new Response(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), {
    status: 200,
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="overdracht-${ID}.pdf"` },
  });
}

describe('PDF ophalen', () => {
  it('haalt de export met het Bearer-token in de kop, niet in het adres', async () => {
    const fetchMock = vi.fn().mockResolvedValue(pdfAntwoord());
    vi.stubGlobal('fetch', fetchMock);

    const bestand = await maakSchakelApi(async () => 'geheim-token').pdf(ID, 'export');

    const [adres, opties] = fetchMock.mock.calls[0];
    expect(adres).toBe(`/api/v1/overdrachten/${ID}/export`);
    expect(adres).not.toContain('token');
    expect(adres).not.toContain('?');
    expect(opties.headers).toMatchObject({ Authorization: 'Bearer geheim-token', Accept: 'application/pdf' });
    expect(opties.cache).toBe('no-store');
    expect(bestand.bestandsnaam).toBe(`overdracht-${ID}.pdf`);
    expect(bestand.inhoud.size).toBeGreaterThan(0);
  });

  it('maakt van een problem-antwoord een ApiFout met titel, detail en code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(
        new Response(JSON.stringify({ title: 'Conflict', status: 409, code: 'OVD-020', detail: 'De melder is anoniem.' }), {
          status: 409,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      ),
    );

    const fout = await maakSchakelApi(async () => 'tok').pdf(ID, 'terugkoppelingsbrief').catch((f: unknown) => f);

    expect(fout).toBeInstanceOf(ApiFout);
    expect((fout as ApiFout).code).toBe('OVD-020');
    expect((fout as ApiFout).detail).toBe('De melder is anoniem.');
  });

  it('weigert een antwoord dat geen PDF is', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    await expect(maakSchakelApi(async () => 'tok').pdf(ID, 'export')).rejects.toThrow('Er kwam geen PDF terug.');
  });

  it('neemt alleen een veilige bestandsnaam uit Content-Disposition over', () => {
    expect(bestandsnaamUit('attachment; filename="overdracht-1.pdf"', 'x.pdf')).toBe('overdracht-1.pdf');
    expect(bestandsnaamUit('attachment; filename="../../etc/passwd"', 'x.pdf')).toBe('x.pdf');
    expect(bestandsnaamUit(null, 'x.pdf')).toBe('x.pdf');
  });
});

describe('PDF-knoppen op de detailpagina', () => {
  it('de eigenaar ziet export en terugkoppelingsbrief', () => {
    render(<PdfKnoppen api={api(vi.fn())} overdracht={verzonden} toegangen={[toegang('EIGENAAR')]} mij={mij('procesregisseur')} />);
    expect(screen.getByRole('button', { name: 'Download als PDF' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Terugkoppelingsbrief melder (PDF)' })).toBeTruthy();
  });

  it('de ontvanger ziet alleen de export', () => {
    render(<PdfKnoppen api={api(vi.fn())} overdracht={verzonden} toegangen={[toegang('ONTVANGER')]} mij={mij('wijkteammedewerker')} />);
    expect(screen.getByRole('button', { name: 'Download als PDF' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Terugkoppelingsbrief/ })).toBeNull();
  });

  it('geen brief bij een concept of voor een andere rol dan de procesregisseur', () => {
    render(<PdfKnoppen api={api(vi.fn())} overdracht={{ ...verzonden, status: 'CONCEPT' }} toegangen={[toegang('EIGENAAR')]} mij={mij('procesregisseur')} />);
    expect(screen.queryByRole('button', { name: /Terugkoppelingsbrief/ })).toBeNull();
    cleanup();
    render(<PdfKnoppen api={api(vi.fn())} overdracht={verzonden} toegangen={[toegang('EIGENAAR')]} mij={mij('crisismedewerker')} />);
    expect(screen.queryByRole('button', { name: /Terugkoppelingsbrief/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Download als PDF' })).toBeTruthy();
  });

  it('noodtoegang geeft geen PDF-knoppen', () => {
    render(<PdfKnoppen api={api(vi.fn())} overdracht={verzonden} toegangen={[toegang('NOODTOEGANG', true)]} mij={mij('cit-medewerker')} />);
    expect(screen.queryByTestId('pdf-knoppen')).toBeNull();
  });

  it('downloadt via een tijdelijke object-URL met de bestandsnaam van de server', async () => {
    const inhoud = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const pdf = vi.fn().mockResolvedValue({ inhoud, bestandsnaam: `overdracht-${ID}.pdf` });
    const maakUrl = vi.fn().mockReturnValue('blob:schakel/1');
    Object.assign(URL, { createObjectURL: maakUrl, revokeObjectURL: vi.fn() });
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe(`overdracht-${ID}.pdf`);
      expect(this.href).toBe('blob:schakel/1');
    });
    render(<PdfKnoppen api={api(pdf)} overdracht={verzonden} toegangen={[toegang('ONTVANGER')]} mij={null} />);

    fireEvent.click(screen.getByRole('button', { name: 'Download als PDF' }));

    expect(await screen.findByText('De PDF van de overdracht is gedownload.')).toBeTruthy();
    expect(pdf).toHaveBeenCalledWith(ID, 'export');
    expect(maakUrl).toHaveBeenCalledWith(inhoud);
    expect(klik).toHaveBeenCalledTimes(1);
  });

  it('toont de fout van de server duidelijk', async () => {
    const pdf = vi.fn().mockRejectedValue(new ApiFout('Conflict', 'Er is geen terugkoppelingsbrief mogelijk: de melder is anoniem.', 409, 'urn:uuid:1', 'OVD-020'));
    render(<PdfKnoppen api={api(pdf)} overdracht={verzonden} toegangen={[toegang('EIGENAAR')]} mij={mij('procesregisseur')} />);

    fireEvent.click(screen.getByRole('button', { name: 'Terugkoppelingsbrief melder (PDF)' }));

    const melding = await screen.findByRole('alert');
    expect(melding.textContent).toContain('Conflict');
    expect(melding.textContent).toContain('de melder is anoniem');
    expect(melding.textContent).toContain('urn:uuid:1');
    await waitFor(() => expect(screen.queryByText('De PDF wordt gemaakt…')).toBeNull());
  });
});
