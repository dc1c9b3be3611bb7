import { useMemo } from 'react';
import { maakSchakelApi } from './api/client';
import type { Sessie } from './auth/aanmelding';
import { Pagina } from './components/Pagina';
import { MijnWerk } from './pages/MijnWerk';

/** The application once the user is logged in. */
export function App({ sessie }: { sessie: Sessie }) {
  const api = useMemo(() => maakSchakelApi(sessie.tokenBron), [sessie]);
  return (
    <Pagina naam={sessie.naam} onUitloggen={sessie.uitloggen} metNavigatie>
      <MijnWerk api={api} />
    </Pagina>
  );
}
