import type { SchakelApi } from '../api/client';
import type { Overdracht, Toegang } from '../api/overdracht';
import type { PdfSoort } from '../api/pdf';
import type { Mij } from '../api/types';
import { ApiFoutMelding } from './ApiFoutMelding';
import { Melding } from './Melding';
import { useDownload } from './useDownload';

function heeftRol(mij: Mij | null, rol: string): boolean {
  return (mij?.rollen ?? []).some((r) => (typeof r === 'string' ? r : r.code) === rol);
}

/**
 * The PDF downloads of an overdracht. "Download als PDF" for whoever sees it as owner or receiver (break-glass
 * access reads but does not export, see docs/toegangsbeleid.md); the feedback letter to the melder for the
 * owner's procesregisseur once the overdracht has been sent. The server decides in the end; its problem is shown.
 */
export function PdfKnoppen({ api, overdracht, toegangen, mij }: { api: SchakelApi; overdracht: Overdracht; toegangen: Toegang[]; mij: Mij | null }) {
  const { bezig, fout, klaar, haal } = useDownload<PdfSoort>();

  const eigenaar = toegangen.some((t) => t.reden === 'EIGENAAR');
  const ontvanger = toegangen.some((t) => t.reden === 'ONTVANGER');
  const magExporteren = eigenaar || ontvanger;
  const magBrief = eigenaar && overdracht.status !== 'CONCEPT' && (mij === null || heeftRol(mij, 'procesregisseur'));
  if (!magExporteren && !magBrief) return null;

  const download = (soort: PdfSoort) =>
    haal(
      soort,
      () => api.pdf(overdracht.id, soort),
      soort === 'export' ? 'De PDF van de overdracht is gedownload.' : 'De terugkoppelingsbrief is gedownload.',
      'De PDF kon niet worden gemaakt.',
    );

  return (
    <section className="schakel-kaart schakel-acties" aria-labelledby="kop-pdf" data-testid="pdf-knoppen">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-pdf">
        PDF
      </h2>
      <div className="schakel-knoppen">
        {magExporteren && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => void download('export')} aria-disabled={bezig !== null || undefined}>
            Download als PDF
          </button>
        )}
        {magBrief && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => void download('terugkoppelingsbrief')} aria-disabled={bezig !== null || undefined}>
            Terugkoppelingsbrief melder (PDF)
          </button>
        )}
      </div>
      <p className="utrecht-paragraph schakel-hint">Een download wordt vastgelegd in het logboek. Bewaar de PDF alleen waar dat mag.</p>
      <div aria-live="polite">
        {bezig && (
          <p className="utrecht-paragraph" role="status">
            De PDF wordt gemaakt…
          </p>
        )}
        {klaar && <Melding soort="info" titel={klaar} />}
      </div>
      {fout && <ApiFoutMelding fout={fout} />}
    </section>
  );
}
