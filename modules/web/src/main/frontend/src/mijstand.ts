import { useCallback, useEffect, useState } from 'react';
import type { SchakelApi } from './api/client';
import { ApiFout } from './api/fouten';
import type { Mij } from './api/types';

/** Who is logged in, as the app shell fetched it once (`GET /mij`): the menu and Mijn werk both read it. */
export type Mijstand =
  | { soort: 'laden' }
  | { soort: 'klaar'; mij: Mij }
  | { soort: 'fout'; fout: Pick<ApiFout, 'titel' | 'detail' | 'kenmerk'> };

/**
 * Fetches `/mij` once per api (one request per visit, where the shell and the start page each fetched it before), and
 * again when asked: a failed fetch is not retried on its own, the start page offers it.
 */
export function useMijstand(api: SchakelApi): { stand: Mijstand; opnieuw: () => void } {
  const [stand, setStand] = useState<Mijstand>({ soort: 'laden' });
  const [poging, setPoging] = useState(0);

  useEffect(() => {
    const stop = new AbortController();
    setStand({ soort: 'laden' });
    api
      .mij(stop.signal)
      .then((mij) => setStand({ soort: 'klaar', mij }))
      .catch((fout: unknown) => {
        if (stop.signal.aborted) return;
        setStand({
          soort: 'fout',
          fout:
            fout instanceof ApiFout
              ? fout
              : { titel: 'Er ging iets mis', detail: 'Uw gegevens konden niet worden geladen.', kenmerk: null },
        });
      });
    return () => stop.abort();
  }, [api, poging]);

  const opnieuw = useCallback(() => setPoging((p) => p + 1), []);
  return { stand, opnieuw };
}
