import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Aanmelding } from '../casusoverleg/api';
import { Agendabestanden } from '../casusoverleg/Agendabestanden';
import { AanmeldingDetail } from '../casusoverleg/pages/AanmeldingDetail';
import { TAFEL, api, json, nepServer, probleem } from './casusoverlegNep';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

const ID = 'a1000000-0000-4000-8000-000000000002';
const OVERLEG = 'c6000000-0000-4000-8000-000000000003';

function aanmelding(delen: Partial<Aanmelding> = {}): Aanmelding {
  return {
    id: ID,
    versie: 3,
    laatstGewijzigd: '2026-12-01T09:00:00Z',
    overlegtafel: TAFEL.id,
    status: 'GEACCEPTEERD',
    aanmeldendeOrganisatie: 'WT-RDAM-FEIJ',
    ingediendOp: '2026-12-01T09:00:00Z',
    triageUiterlijk: null,
    triageVerlopen: false,
    vraag: 'Wie pakt wat op?',
    criteria: [],
    betrokkenen: [],
    voorgesteldePartners: [],
    afgeschaaldOp: null,
    bewarenTot: null,
    achtergehouden: [],
    overgangen: [],
    ...delen,
  } as Aanmelding;
}

describe('casusoverleg: afschalen', () => {
  it('vraagt een reden, schaalt af met If-Match en toont de bewaartermijn', async () => {
    const fetchMock = nepServer((v) => {
      if (v.pad === `/aanmeldingen/${ID}` && v.methode === 'GET') return json(aanmelding());
      if (v.pad === `/aanmeldingen/${ID}/afschaling`) {
        return json(
          aanmelding({ status: 'AFGESCHAALD', versie: 4, afgeschaaldOp: '2026-12-02T10:00:00Z', bewarenTot: '2027-12-02', vernietigingsdatum: '2027-12-02' }),
        );
      }
      return undefined;
    });
    render(<AanmeldingDetail api={api()} id={ID} magTriageren />);
    expect((await screen.findByTestId('bewaartermijn')).textContent).toBe('Bewaartermijn loopt nog niet (start bij afschaling)');
    fireEvent.click(await screen.findByRole('button', { name: 'Casus afschalen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Afschalen bevestigen' }));
    expect(await screen.findByText('Vul in waarom u de casus afschaalt.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([a]) => String(a).endsWith('/afschaling'))).toBe(false);

    fireEvent.change(screen.getByLabelText(/Waarom schaalt u/), { target: { value: 'Plan loopt, zorg is geregeld.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afschalen bevestigen' }));

    await waitFor(() => expect(screen.getByTestId('status').textContent).toBe('Afgeschaald'));
    expect(screen.getByText('2 december 2027')).toBeTruthy();
    expect(screen.getByTestId('bewaartermijn').textContent).toBe('Wordt vernietigd op 2 december 2027');
    const afschaling = fetchMock.mock.calls.find(([a]) => String(a).endsWith('/afschaling'))!;
    expect((afschaling[1] as RequestInit).headers).toMatchObject({ 'If-Match': '"3"' });
    expect(JSON.parse(String((afschaling[1] as RequestInit).body))).toEqual({ reden: 'Plan loopt, zorg is geregeld.' });
    expect(screen.queryByRole('button', { name: 'Casus afschalen' })).toBeNull();
  });

  it('biedt afschalen niet aan wie niet trieert, en niet voor een aanmelding die nog niet geaccepteerd is', async () => {
    nepServer((v) => (v.pad === `/aanmeldingen/${ID}` ? json(aanmelding()) : undefined));
    render(<AanmeldingDetail api={api()} id={ID} magTriageren={false} />);
    expect(await screen.findByTestId('status')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Casus afschalen' })).toBeNull();
    cleanup();

    nepServer((v) => (v.pad === `/aanmeldingen/${ID}` ? json(aanmelding({ status: 'INGEDIEND' })) : undefined));
    render(<AanmeldingDetail api={api()} id={ID} magTriageren />);
    expect(await screen.findByRole('button', { name: 'Accepteren' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Casus afschalen' })).toBeNull();
  });
});

describe('casusoverleg: agenda meenemen', () => {
  it('haalt de PDF en de agenda-uitnodiging met het token in de kop en bewaart ze als bestand', async () => {
    const fetchMock = vi.fn().mockImplementation(async (adres: string) =>
      String(adres).endsWith('.pdf')
        ? new Response(new Blob(['%PDF-1.7']), { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="agenda-x.pdf"' } })
        : new Response('BEGIN:VCALENDAR', { status: 200, headers: { 'Content-Type': 'text/calendar; charset=UTF-8' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const bewaard: string[] = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined }));
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      bewaard.push(this.download);
    });

    render(<Agendabestanden api={api()} overlegId={OVERLEG} />);
    fireEvent.click(screen.getByRole('button', { name: 'Agenda (PDF)' }));
    expect(await screen.findByText('De agenda (PDF) is gedownload.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging voor uw agenda (iCalendar)' }));
    expect(await screen.findByText('De agenda-uitnodiging is gedownload.')).toBeTruthy();

    expect(bewaard).toEqual(['agenda-x.pdf', `casusoverleg-${OVERLEG}.ics`]);
    const [pdfAdres, pdfInit] = fetchMock.mock.calls[0];
    expect(String(pdfAdres)).toBe(`/api/v1/casusoverleggen/${OVERLEG}/agenda.pdf`);
    expect((pdfInit as RequestInit).headers).toMatchObject({ Authorization: 'Bearer tok', Accept: 'application/pdf' });
    expect((fetchMock.mock.calls[1][1] as RequestInit).headers).toMatchObject({ Accept: 'text/calendar' });
    klik.mockRestore();
  });

  it('toont de fout van de API als het overleg niet bestaat voor de beller', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(probleem(404, 'CSO-404', { title: 'Niet gevonden', detail: 'Dit overleg bestaat niet.' })));
    render(<Agendabestanden api={api()} overlegId={OVERLEG} />);
    fireEvent.click(screen.getByRole('button', { name: 'Agenda (PDF)' }));
    expect(await screen.findByText('Niet gevonden')).toBeTruthy();
  });
});
