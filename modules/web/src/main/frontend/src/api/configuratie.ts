import { ApiFout, foutUitAntwoord, geenVerbinding } from './fouten';
import type { UiConfiguratie } from './types';

export const CONFIGURATIE_PAD = '/api/v1/ui-configuratie';

function isTekst(waarde: unknown): waarde is string {
  return typeof waarde === 'string' && waarde.trim().length > 0;
}

/** Reads where Keycloak is; the platform answers this without a token. */
export async function haalUiConfiguratie(doeFetch: typeof fetch = fetch): Promise<UiConfiguratie> {
  let antwoord: Response;
  try {
    antwoord = await doeFetch(CONFIGURATIE_PAD, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  } catch {
    throw geenVerbinding();
  }
  if (!antwoord.ok) {
    throw await foutUitAntwoord(antwoord);
  }
  let gegevens: Partial<UiConfiguratie>;
  try {
    gegevens = (await antwoord.json()) as Partial<UiConfiguratie>;
  } catch {
    throw new ApiFout('Onverwacht antwoord van Schakel', 'De instellingen voor het inloggen zijn onleesbaar.', antwoord.status);
  }
  if (!isTekst(gegevens.keycloakUrl) || !isTekst(gegevens.realm) || !isTekst(gegevens.clientId)) {
    throw new ApiFout('Onvolledige instellingen', 'De instellingen voor het inloggen zijn onvolledig.', antwoord.status);
  }
  return {
    keycloakUrl: gegevens.keycloakUrl.replace(/\/+$/, ''),
    realm: gegevens.realm,
    clientId: gegevens.clientId,
  };
}
