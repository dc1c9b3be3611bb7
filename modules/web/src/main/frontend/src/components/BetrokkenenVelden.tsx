import { Keuzelijst, Tekstveld } from './Velden';
import { veldId } from '../overdracht/formulier';

/** A betrokkene at minimal identity as a form holds it: role and name, birth date (and BSN where the flow asks it). */
export interface MinimaleBetrokkene {
  rol: string;
  voornaam: string;
  achternaam: string;
  geboortedatum: string;
  bsn?: string;
}

/**
 * The betrokkenen rows of an intake form (the aanmelding of a casusoverleg, the crisismelding): one fieldset per person
 * with its fields named `betrokkenen[i].<veld>` (so the API's invalidParams land on them), remove and add buttons that
 * keep the focus where the user expects it. The BSN field only where the flow may receive one.
 */
export function BetrokkenenVelden<B extends MinimaleBetrokkene>({
  betrokkenen,
  rollen,
  fouten,
  maximum,
  metBsn = false,
  nieuw,
  onWijzig,
  onVerwijderd,
}: {
  betrokkenen: B[];
  rollen: Readonly<Record<string, string>>;
  fouten: Readonly<Record<string, string | undefined>>;
  maximum: number;
  metBsn?: boolean;
  nieuw: () => B;
  onWijzig: (wijzig: (lijst: B[]) => B[]) => void;
  onVerwijderd: () => void;
}) {
  const zet = (i: number, veld: keyof MinimaleBetrokkene, waarde: string) =>
    onWijzig((lijst) => lijst.map((b, j) => (j === i ? { ...b, [veld]: waarde } : b)));
  return (
    <>
      {betrokkenen.map((b, i) => (
        <fieldset key={i} className="utrecht-fieldset schakel-groep" aria-labelledby={`betrokkene-${i}`}>
          <legend className="utrecht-fieldset__legend schakel-label" id={`betrokkene-${i}`}>
            Betrokkene {i + 1}
          </legend>
          <Keuzelijst
            sleutel={`betrokkenen[${i}].rol`}
            label="Rol"
            verplicht
            opties={rollen}
            waarde={b.rol}
            onWijzig={(v) => zet(i, 'rol', v)}
            fout={fouten[`betrokkenen[${i}].rol`]}
          />
          <Tekstveld
            sleutel={`betrokkenen[${i}].voornaam`}
            label="Voornaam"
            verplicht
            breedte="midden"
            waarde={b.voornaam}
            onWijzig={(v) => zet(i, 'voornaam', v)}
            fout={fouten[`betrokkenen[${i}].voornaam`]}
          />
          <Tekstveld
            sleutel={`betrokkenen[${i}].achternaam`}
            label="Achternaam"
            verplicht
            breedte="midden"
            waarde={b.achternaam}
            onWijzig={(v) => zet(i, 'achternaam', v)}
            fout={fouten[`betrokkenen[${i}].achternaam`]}
          />
          <Tekstveld
            sleutel={`betrokkenen[${i}].geboortedatum`}
            label="Geboortedatum (niet verplicht)"
            type="date"
            breedte="smal"
            waarde={b.geboortedatum}
            onWijzig={(v) => zet(i, 'geboortedatum', v)}
            fout={fouten[`betrokkenen[${i}].geboortedatum`]}
          />
          {metBsn && (
            <Tekstveld
              sleutel={`betrokkenen[${i}].bsn`}
              label="BSN (niet verplicht)"
              hint="9 cijfers."
              inputMode="numeric"
              breedte="smal"
              waarde={b.bsn ?? ''}
              onWijzig={(v) => zet(i, 'bsn', v)}
              fout={fouten[`betrokkenen[${i}].bsn`]}
            />
          )}
          {betrokkenen.length > 1 && (
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action schakel-knop-verwijder"
              onClick={() => {
                onWijzig((lijst) => lijst.filter((_, j) => j !== i));
                onVerwijderd();
                setTimeout(() => document.getElementById('knop-betrokkene-toevoegen')?.focus(), 0);
              }}
            >
              Betrokkene {i + 1} verwijderen
            </button>
          )}
        </fieldset>
      ))}
      {betrokkenen.length < maximum && (
        <button
          type="button"
          id="knop-betrokkene-toevoegen"
          className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
          onClick={() => {
            const nummer = betrokkenen.length;
            onWijzig((lijst) => [...lijst, nieuw()]);
            setTimeout(() => document.getElementById(veldId(`betrokkenen[${nummer}].rol`))?.focus(), 0);
          }}
        >
          Betrokkene toevoegen
        </button>
      )}
    </>
  );
}
