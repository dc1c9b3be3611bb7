import type { Verslag } from './api';

/** The minutes of an item as invited partners read them (after the statement). */
export function VerslagWeergave({ verslag, naam }: { verslag: Verslag; naam: (code: string | null) => string }) {
  return (
    <section className="schakel-kaart" aria-labelledby="kop-verslag" data-testid="verslag">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-verslag">
        Verslag
      </h2>
      {(
        [
          ['Analyse', verslag.analyse],
          ['Besluiten', verslag.besluiten],
          ['Plan van aanpak', verslag.planVanAanpak],
        ] as const
      ).map(([kop, tekst]) =>
        tekst ? (
          <div key={kop}>
            <h3 className="utrecht-heading-3">{kop}</h3>
            <p className="utrecht-paragraph schakel-tekst">{tekst}</p>
          </div>
        ) : null,
      )}
      {verslag.casusregisseur && (
        <p className="utrecht-paragraph">
          <strong>Casusregisseur:</strong> {verslag.casusregisseur.naam} ({naam(verslag.casusregisseur.organisatieCode)})
        </p>
      )}
    </section>
  );
}
