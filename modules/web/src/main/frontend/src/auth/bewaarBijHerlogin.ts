import { useEffect, useRef } from 'react';
import { zetHerloginBewaarder } from './herlogin';

/**
 * Keeps a form's typed input across a forced re-login (see herlogin.ts): while {@code actief}, the input is put in
 * this tab's sessionStorage under {@code sleutel} just before the navigation to the login page; {@link neemBewaard}
 * takes it back once (and removes it). Only for open forms, never for data that was loaded.
 */
export function useBewaarBijHerlogin<T>(sleutel: string, waarde: T, actief: boolean): void {
  const laatste = useRef(waarde);
  laatste.current = waarde;
  useEffect(() => {
    if (!actief) return undefined;
    zetHerloginBewaarder(() => sessionStorage.setItem(sleutel, JSON.stringify(laatste.current)));
    return () => zetHerloginBewaarder(null);
  }, [sleutel, actief]);
}

/** The input kept under {@code sleutel} before a re-login, once; null when there is none (or it is unreadable). */
export function neemBewaard<T>(sleutel: string): T | null {
  try {
    const tekst = sessionStorage.getItem(sleutel);
    sessionStorage.removeItem(sleutel);
    return tekst ? (JSON.parse(tekst) as T) : null;
  } catch {
    return null;
  }
}
