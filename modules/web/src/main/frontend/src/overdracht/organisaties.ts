import { useEffect, useMemo, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Organisatie } from '../api/overdracht';

/** Code → name of every organisation in the register (for lists that only carry codes); empty until loaded. */
export function useOrganisatieNamen(api: Pick<SchakelApi, 'organisaties'>): Map<string, string> {
  const organisaties = useOrganisaties(api);
  return useMemo(() => new Map([...organisaties].map(([code, o]) => [code, o.naam])), [organisaties]);
}

/** Code → every organisation in the register, with what it tells beyond the name (its functional mailbox). */
export function useOrganisaties(api: Pick<SchakelApi, 'organisaties'>): Map<string, Organisatie> {
  const [organisaties, setOrganisaties] = useState<Map<string, Organisatie>>(new Map());
  useEffect(() => {
    const stop = new AbortController();
    api
      .organisaties(undefined, stop.signal)
      .then((lijst) => setOrganisaties(new Map(lijst.map((o) => [o.code, o]))))
      .catch(() => {
        // the codes are shown instead
      });
    return () => stop.abort();
  }, [api]);
  return organisaties;
}

export function organisatieNaam(namen: Map<string, string>, code: string | null | undefined): string {
  if (!code) return '';
  return namen.get(code) ?? code;
}
