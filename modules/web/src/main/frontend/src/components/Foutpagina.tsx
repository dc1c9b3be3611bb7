import { useEffect } from 'react';
import type { ApiFout } from '../api/fouten';
import { Pagina } from './Pagina';
import { Melding } from './Melding';

export interface FoutpaginaProps {
  /** What could not be done, as the page heading. */
  kop: string;
  fout: Pick<ApiFout, 'titel' | 'detail' | 'kenmerk'>;
}

/** Shown instead of a blank screen when the configuration or Keycloak cannot be reached. */
export function Foutpagina({ kop, fout }: FoutpaginaProps) {
  useEffect(() => {
    document.title = `${kop} – Schakel`;
  }, [kop]);
  return (
    <Pagina>
      <h1 className="utrecht-heading-1">{kop}</h1>
      <Melding soort="fout" titel={fout.titel}>
        {fout.detail && <p className="utrecht-paragraph">{fout.detail}</p>}
        {fout.kenmerk && (
          <p className="utrecht-paragraph schakel-kenmerk">
            Kenmerk voor de servicedesk: <code className="utrecht-code">{fout.kenmerk}</code>
          </p>
        )}
      </Melding>
      <p className="utrecht-paragraph">
        Lukt het na een paar minuten nog steeds niet, neem dan contact op met de functioneel beheerder van uw
        organisatie.
      </p>
      <p className="utrecht-paragraph">
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          onClick={() => window.location.reload()}
        >
          Opnieuw proberen
        </button>
      </p>
    </Pagina>
  );
}
