import type { SchakelApi } from '../api/client';
import { ApiFoutMelding } from '../components/ApiFoutMelding';
import { useDownload } from '../components/useDownload';

/**
 * The item's minutes to take along as PDF: the verslag, the plan with its casusregisseur and the actions with owner,
 * date and status; the case only by its reference. The API decides who may have it (those who may read the item) and
 * logs every download as an export; a refusal is shown as the API words it.
 */
export function VerslagPdf({ api, agendapuntId }: { api: SchakelApi; agendapuntId: string }) {
  const { bezig, fout, klaar, melding, haal } = useDownload<'verslag'>();
  const haalVerslag = () =>
    haal('verslag', () => api.verslagPdf(agendapuntId), 'Het verslag (PDF) is gedownload.', 'Het verslag kon niet als PDF worden gemaakt.');

  return (
    <section className="schakel-kaart" aria-labelledby="kop-verslag-pdf">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-verslag-pdf">
        Verslag meenemen
      </h2>
      <p className="utrecht-paragraph">
        Het verslag, het plan van aanpak en de acties van dit agendapunt. Het downloaden wordt vastgelegd in het logboek.
      </p>
      <div className="schakel-knoppen">
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => void haalVerslag()} aria-disabled={bezig !== null || undefined}>
          Verslag als PDF
        </button>
      </div>
      <div ref={melding} tabIndex={-1} className="schakel-uitkomst" aria-live="polite">
        {klaar && <p className="utrecht-paragraph">{klaar}</p>}
        {fout && <ApiFoutMelding fout={fout} />}
      </div>
    </section>
  );
}
