import { foutUitAntwoord, geenVerbinding } from './fouten';
import type { Mij } from './types';

/** Gives a fresh access token (refreshing it first when it expires within 30 seconds). */
export type TokenBron = () => Promise<string>;

export interface SchakelApi {
  mij(signaal?: AbortSignal): Promise<Mij>;
}

export const API_BASIS = '/api/v1';

async function haalJson<T>(pad: string, tokenBron: TokenBron, signaal?: AbortSignal): Promise<T> {
  const token = await tokenBron();
  let antwoord: Response;
  try {
    antwoord = await fetch(`${API_BASIS}${pad}`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
      cache: 'no-store',
      signal: signaal,
    });
  } catch (fout) {
    if (fout instanceof DOMException && fout.name === 'AbortError') throw fout;
    throw geenVerbinding();
  }
  if (!antwoord.ok) {
    throw await foutUitAntwoord(antwoord);
  }
  return (await antwoord.json()) as T;
}

export function maakSchakelApi(tokenBron: TokenBron): SchakelApi {
  return {
    mij: (signaal) => haalJson<Mij>('/mij', tokenBron, signaal),
  };
}
