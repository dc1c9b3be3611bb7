import { useRef, useState } from 'react';
import type { RefObject } from 'react';
import { ApiFout } from '../api/fouten';
import { Wijzigingsfout, isConflict, wijzigingsfout } from '../casusoverleg/gedeeld';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { veldId } from '../overdracht/formulier';

/** What the small forms of the file share: field errors, the API's problem, the summary that takes the focus. */

export type Veldfouten = Record<string, string>;

export interface Formulierstand {
  fouten: Veldfouten;
  fout: Fout | null;
  conflict: boolean;
  bezig: boolean;
  samenvatting: RefObject<HTMLDivElement | null>;
  /** Runs a send: own checks first, then the call; the API's `invalidParams` land at the fields (`veld` → key). */
  verstuur: (controle: Veldfouten, actie: () => Promise<void>, standaard: string) => Promise<void>;
  wis: () => void;
}

/**
 * A form's error state. Field keys are `prefix.veld` (unique on the page); the API names the body's fields (`tekst`),
 * so its `invalidParams` are put under the same prefix.
 */
export function useFormulierstand(prefix: string): Formulierstand {
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [fout, setFout] = useState<Fout | null>(null);
  const [conflict, setConflict] = useState(false);
  const [bezig, setBezig] = useState(false);
  const samenvatting = useRef<HTMLDivElement>(null);
  const focus = () => setTimeout(() => samenvatting.current?.focus(), 0);
  return {
    fouten,
    fout,
    conflict,
    bezig,
    samenvatting,
    wis: () => {
      setFouten({});
      setFout(null);
      setConflict(false);
    },
    verstuur: async (controle, actie, standaard) => {
      if (bezig) return;
      setFout(null);
      setConflict(false);
      if (Object.keys(controle).length > 0) {
        setFouten(controle);
        focus();
        return;
      }
      setFouten({});
      setBezig(true);
      try {
        await actie();
      } catch (f) {
        if (f instanceof ApiFout && f.ongeldigeVelden.length > 0) {
          const velden: Veldfouten = {};
          for (const p of f.ongeldigeVelden) velden[`${prefix}.${p.name}`] = p.reason;
          setFouten(velden);
          setFout({ titel: f.titel, detail: f.detail, kenmerk: f.kenmerk });
        } else {
          // 412: someone else changed it; 409 (CRS-011 withdrawn, CRS-012 closed): it changed under us. Either way the
          // answer is to load what is there now
          setConflict(isConflict(f) || (f instanceof ApiFout && f.status === 409));
          setFout(wijzigingsfout(f, standaard));
        }
        focus();
      } finally {
        setBezig(false);
      }
    },
  };
}

/** The summary above a form: the problem (with "Opnieuw laden" on a conflict) and each field error as a link to it. */
export function Foutsamenvatting({
  stand,
  titel,
  namen,
  onHerlaad,
}: {
  stand: Formulierstand;
  titel: string;
  namen: Readonly<Record<string, string>>;
  onHerlaad?: () => void;
}) {
  const sleutels = Object.keys(stand.fouten);
  return (
    <div ref={stand.samenvatting} tabIndex={-1} className="schakel-uitkomst">
      <Wijzigingsfout fout={stand.fout} conflict={stand.conflict && !!onHerlaad} onHerlaad={() => onHerlaad?.()} />
      {sleutels.length > 0 && (
        <Melding soort="fout" titel={titel}>
          <ul className="utrecht-unordered-list schakel-opsomming" data-testid="foutsamenvatting">
            {sleutels.map((s) => (
              <li key={s} className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link"
                  href={`#${veldId(s)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(veldId(s))?.focus();
                  }}
                >
                  {namen[s.slice(s.indexOf('.') + 1)] ?? s}: {stand.fouten[s]}
                </a>
              </li>
            ))}
          </ul>
        </Melding>
      )}
    </div>
  );
}

/** Length rules as the API checks them; `leeg` null means the field may stay empty. */
export function controleerTekst(fouten: Veldfouten, sleutel: string, waarde: string, maximum: number, leeg: string | null, minimum = 0) {
  const tekst = waarde.trim();
  if (!tekst) {
    if (leeg) fouten[sleutel] = leeg;
  } else if (tekst.length < minimum) {
    fouten[sleutel] = `Ten minste ${minimum} tekens; het zijn er nu ${tekst.length}.`;
  } else if (tekst.length > maximum) {
    fouten[sleutel] = `Ten hoogste ${maximum} tekens; het zijn er nu ${tekst.length}.`;
  }
}
