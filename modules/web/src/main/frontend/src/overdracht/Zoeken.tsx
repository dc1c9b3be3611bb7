import { useState } from 'react';
import type { FormEvent } from 'react';
import type { OverdrachtSamenvatting } from '../api/overdracht';
import { Keuzelijst, Tekstveld } from '../components/Velden';

export type Sortering = 'gewijzigd' | 'melding' | 'naam';

export const SORTERINGEN: Readonly<Record<Sortering, string>> = {
  gewijzigd: 'Laatst gewijzigd (nieuwste eerst)',
  melding: 'Meldingsdatum (nieuwste eerst)',
  naam: 'Achternaam (A–Z)',
};

/**
 * Orders the list already on screen. It sorts only by what the rows show: a row whose name or melding date is not
 * shared to the caller goes last, so the order never hints at what is withheld.
 */
export function sorteer(lijst: readonly OverdrachtSamenvatting[], sortering: Sortering): OverdrachtSamenvatting[] {
  const kopie = [...lijst];
  if (sortering === 'gewijzigd') return kopie.sort((a, b) => b.laatstGewijzigd.localeCompare(a.laatstGewijzigd));
  const sleutel = (o: OverdrachtSamenvatting) =>
    sortering === 'melding' ? o.herkenning?.meldingDatum ?? null : o.herkenning?.naamGedeeld ? o.herkenning.achternaam ?? null : null;
  return kopie.sort((a, b) => {
    const x = sleutel(a);
    const y = sleutel(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return sortering === 'melding' ? y.localeCompare(x) : x.localeCompare(y, 'nl', { sensitivity: 'base' });
  });
}

/** Search by family name (asked of the API) and the order of the list (on screen). */
export function Zoekbalk({
  naam,
  onZoek,
  sortering,
  onSorteer,
}: {
  naam: string;
  onZoek: (naam: string) => void;
  sortering: Sortering;
  onSorteer: (sortering: Sortering) => void;
}) {
  const [invoer, setInvoer] = useState(naam);
  const zoek = (e: FormEvent) => {
    e.preventDefault();
    onZoek(invoer.trim());
  };
  return (
    <form className="schakel-zoekbalk" role="search" aria-label="Zoek een overdracht" onSubmit={zoek} noValidate>
      <Tekstveld sleutel="zoek.naam" label="Zoek op achternaam" waarde={invoer} onWijzig={setInvoer} breedte="midden"
        hint="Een deel van de naam is genoeg. U vindt alleen overdrachten waarvan u de namen mag zien." />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Zoeken
        </button>
        {naam && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
            onClick={() => {
              setInvoer('');
              onZoek('');
            }}>
            Toon alles
          </button>
        )}
      </div>
      <Keuzelijst sleutel="zoek.sortering" label="Sorteer op" waarde={sortering === 'gewijzigd' ? '' : sortering} leeg="Laatst gewijzigd (nieuwste eerst)"
        onWijzig={(waarde) => onSorteer((waarde || 'gewijzigd') as Sortering)}
        opties={Object.entries(SORTERINGEN).filter(([code]) => code !== 'gewijzigd') as [string, string][]} />
    </form>
  );
}
