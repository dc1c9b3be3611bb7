import { useGeladen } from '../components/useGeladen';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import { WaaromZieIkDit as GedeeldWaarom } from '../components/WaaromZieIkDit';
import type { Fout } from '../components/ApiFoutMelding';
import { categorieLabel } from '../overdracht/labels';
import type { CasusoverlegToegang, Overlegtafel } from './api';
import { CASUS_REDEN_LABELS, CONFLICT_TITEL } from './labels';

// the generic loader lives with the shared components; re-exported so the casusoverleg screens keep importing it here
export { useGeladen };

/** The (single) standing table of the region. */
export function useTafel(api: SchakelApi) {
  return useGeladen<Overlegtafel | null>(async (s) => (await api.overlegtafels(s))[0] ?? null, [api], 'De overlegtafel kon niet worden geladen.');
}

/** A failed change as texts: a stale version (412) gets the one conflict text of the flow. */
export function wijzigingsfout(f: unknown, standaard: string): Fout {
  if (f instanceof ApiFout && f.status === 412) {
    return { titel: CONFLICT_TITEL, detail: 'Uw wijziging is niet opgeslagen. Laad opnieuw en kijk of zij nog nodig is.', kenmerk: f.kenmerk };
  }
  return alsFout(f, standaard);
}

export function isConflict(f: unknown): boolean {
  return f instanceof ApiFout && f.status === 412;
}

/** "Waarom zie ik dit?" with the casusoverleg's grant reasons. */
export function WaaromZieIkDit({ toegangen, naam }: { toegangen: CasusoverlegToegang[]; naam: (code: string | null) => string }) {
  return <GedeeldWaarom toegangen={toegangen} naam={naam} redenLabels={CASUS_REDEN_LABELS} zonderEinde="zonder einddatum" />;
}

/** A withheld list of categories, named (never shown). */
export function AchtergehoudenCategorieen({ categorieen, wat }: { categorieen: readonly string[] | null | undefined; wat: string }) {
  if (!categorieen || categorieen.length === 0) return null;
  return (
    <p className="utrecht-paragraph schakel-achtergehouden" data-testid="achtergehouden">
      <strong>Niet voor u zichtbaar</strong> in {wat}: {categorieen.map(categorieLabel).join(', ')}. Het toegangsbeleid geeft uw
      organisatie deze gegevenscategorieën niet.
    </p>
  );
}

/**
 * The answer to a failed change: the API's problem in words and, when someone else changed it meanwhile (412/428),
 * a button to load the current version — retrying the same version could never succeed.
 */
export function Wijzigingsfout({ fout, conflict, onHerlaad }: { fout: Fout | null; conflict: boolean; onHerlaad: () => void }) {
  if (!fout) return null;
  return (
    <ApiFoutMelding fout={fout}>
      {conflict && (
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onHerlaad}>
          Opnieuw laden
        </button>
      )}
    </ApiFoutMelding>
  );
}
