import { useEffect, useState } from 'react';
import type { SchakelApi } from '../api/client';

/** Code → name of every organisation in the register (for lists that only carry codes); empty until loaded. */
export function useOrganisatieNamen(api: SchakelApi): Map<string, string> {
  const [namen, setNamen] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    const stop = new AbortController();
    api
      .organisaties(undefined, stop.signal)
      .then((lijst) => setNamen(new Map(lijst.map((o) => [o.code, o.naam]))))
      .catch(() => {
        // the codes are shown instead
      });
    return () => stop.abort();
  }, [api]);
  return namen;
}

export function organisatieNaam(namen: Map<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return namen.get(code) ?? code;
}
