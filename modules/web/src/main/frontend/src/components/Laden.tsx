import { Pagina } from './Pagina';

/** Shown while the configuration is read and the login is checked. */
export function Laden() {
  return (
    <Pagina>
      <div className="schakel-laden" role="status" aria-live="polite">
        <span className="schakel-laden__stip" aria-hidden="true" />
        <p className="utrecht-paragraph">Schakel wordt geladen…</p>
      </div>
    </Pagina>
  );
}
