import { DOEL_LABELS, categorieLabel, label, momentTekst } from '../overdracht/labels';

/** What "Waarom zie ik dit?" needs of a grant; the overdracht's and the casusoverleg's grants both have it. */
export interface ZichtbareToegang {
  reden: string;
  doel: string;
  categorieen: readonly string[];
  organisatie: string | null;
  team: string | null;
  geldigTot: string | null;
  noodtoegang: boolean;
}

/**
 * "Waarom zie ik dit?": the caller's grants on what the page shows (reason, purpose, for whom, until when, which
 * categories), the same block in every flow; each flow names its grant reasons and what a grant without end lasts for.
 */
export function WaaromZieIkDit({
  toegangen,
  naam,
  redenLabels,
  zonderEinde,
}: {
  toegangen: readonly ZichtbareToegang[];
  naam: (code: string | null) => string;
  redenLabels: Readonly<Record<string, string>>;
  zonderEinde: string;
}) {
  return (
    <section className="schakel-waarom" aria-labelledby="kop-waarom" data-testid="waarom">
      <h2 className="utrecht-heading-2 schakel-waarom__kop" id="kop-waarom">
        Waarom zie ik dit?
      </h2>
      {toegangen.length === 0 && <p className="utrecht-paragraph">Er is geen geldige toegang meer.</p>}
      {toegangen.map((t, i) => (
        <div key={i} className="schakel-waarom__toegang">
          <p className="utrecht-paragraph">{label(redenLabels, t.reden)}</p>
          <dl className="utrecht-data-list schakel-waarom__lijst">
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">Doel</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{label(DOEL_LABELS, t.doel)}</dd>
            </div>
            {t.organisatie && (
              <div className="utrecht-data-list__item">
                <dt className="utrecht-data-list__item-key">Voor</dt>
                <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                  {naam(t.organisatie)}
                  {t.team ? `, team ${t.team}` : ''}
                </dd>
              </div>
            )}
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">Geldig tot</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="geldig-tot">
                {t.geldigTot ? momentTekst(t.geldigTot) : zonderEinde}
              </dd>
            </div>
            <div className="utrecht-data-list__item">
              <dt className="utrecht-data-list__item-key">U mag zien</dt>
              <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
                {t.categorieen.map(categorieLabel).join(', ')}
              </dd>
            </div>
          </dl>
          {t.noodtoegang && <p className="utrecht-paragraph">Dit is noodtoegang; die wordt achteraf beoordeeld.</p>}
        </div>
      ))}
      <p className="utrecht-paragraph schakel-hint">Elke inzage wordt vastgelegd.</p>
    </section>
  );
}
