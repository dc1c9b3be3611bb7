import type { SchakelApi } from '../api/client';
import { ApiFoutMelding } from '../components/ApiFoutMelding';
import { useDownload } from '../components/useDownload';

/**
 * The agenda to take along: as PDF and as calendar invitation, each holding only the items of the caller's organisation
 * (the chair and organiser get all). The calendar file carries no names or case words, only the table, the time, the
 * place and the item numbers. Fetched with the token in the header, saved through a temporary object URL.
 */
export function Agendabestanden({ api, overlegId }: { api: SchakelApi; overlegId: string }) {
  const { bezig, fout, klaar, melding, haal } = useDownload<'pdf' | 'ics'>();
  const haalBestand = (soort: 'pdf' | 'ics') =>
    haal(
      soort,
      () => api.agendabestand(overlegId, soort),
      soort === 'pdf' ? 'De agenda (PDF) is gedownload.' : 'De agenda-uitnodiging is gedownload.',
      'Het bestand kon niet worden gemaakt.',
    );

  return (
    <section className="schakel-kaart" aria-labelledby="kop-agendabestanden">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-agendabestanden">
        Agenda meenemen
      </h2>
      <p className="utrecht-paragraph">Met alleen de agendapunten van uw organisatie. Het downloaden wordt vastgelegd in het logboek.</p>
      <div className="schakel-knoppen">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void haalBestand('pdf')} aria-disabled={bezig !== null || undefined}>
          Agenda (PDF)
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void haalBestand('ics')} aria-disabled={bezig !== null || undefined}>
          Uitnodiging voor uw agenda (iCalendar)
        </button>
      </div>
      <div ref={melding} tabIndex={-1} className="schakel-uitkomst" aria-live="polite">
        {klaar && <p className="utrecht-paragraph">{klaar}</p>}
        {fout && <ApiFoutMelding fout={fout} />}
      </div>
    </section>
  );
}
