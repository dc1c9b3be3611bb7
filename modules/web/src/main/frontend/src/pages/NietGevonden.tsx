import { useEffect } from 'react';
import { paden } from '../router';

export function NietGevonden() {
  useEffect(() => {
    document.title = 'Pagina niet gevonden – Schakel';
  }, []);
  return (
    <>
      <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
      <p className="utrecht-paragraph">
        Deze pagina bestaat niet. Ga naar{' '}
        <a className="utrecht-link" href={paden.mijnWerk}>
          Mijn werk
        </a>
        .
      </p>
    </>
  );
}
