import Keycloak from 'keycloak-js';
import type { UiConfiguratie } from '../api/types';
import { ApiFout } from '../api/fouten';
import type { TokenBron } from '../api/client';
import { bewaarVoorHerlogin } from './herlogin';

export interface Sessie {
  /** Display name from the token, for the page header (the page itself uses /mij). */
  naam: string | null;
  tokenBron: TokenBron;
  uitloggen: () => void;
}

const BEREIKBAAR_WACHTTIJD_MS = 8000;

/**
 * keycloak-js builds its URLs from url + realm without contacting Keycloak, and `login-required`
 * then simply navigates there: if Keycloak is down the user would get the browser's own error page.
 * So first check that the realm's discovery document can be reached at all (an opaque no-cors
 * request: it fails only when the server cannot be reached).
 */
export async function controleerBereikbaar(configuratie: UiConfiguratie, doeFetch: typeof fetch = fetch): Promise<void> {
  const adres = `${configuratie.keycloakUrl}/realms/${encodeURIComponent(configuratie.realm)}/.well-known/openid-configuration`;
  const stop = new AbortController();
  const wekker = setTimeout(() => stop.abort(), BEREIKBAAR_WACHTTIJD_MS);
  try {
    await doeFetch(adres, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: stop.signal });
  } catch {
    throw new ApiFout(
      'De inlogdienst is niet bereikbaar',
      'Schakel kan de inlogdienst (Keycloak) nu niet bereiken. Probeer het over enkele minuten opnieuw.',
      null,
    );
  } finally {
    clearTimeout(wekker);
  }
}

/** Logs in through Keycloak (authorization code flow with PKCE); redirects to the login page when needed. */
export async function meldAan(configuratie: UiConfiguratie): Promise<Sessie> {
  await controleerBereikbaar(configuratie);
  const keycloak = new Keycloak({
    url: configuratie.keycloakUrl,
    realm: configuratie.realm,
    clientId: configuratie.clientId,
  });
  let aangemeld: boolean;
  try {
    aangemeld = await keycloak.init({
      onLoad: 'login-required',
      pkceMethod: 'S256',
      checkLoginIframe: false,
    });
  } catch (fout) {
    const reden = fout instanceof Error ? fout.message : (fout as { error_description?: string })?.error_description;
    throw new ApiFout(
      'Inloggen is niet gelukt',
      `De inlogdienst gaf een fout${reden ? ` (${reden})` : ''}. Probeer het opnieuw.`,
      null,
    );
  }
  if (!aangemeld) {
    throw new ApiFout('Inloggen is niet gelukt', 'U bent niet aangemeld. Probeer het opnieuw.', null);
  }

  const tokenBron: TokenBron = async () => {
    try {
      await keycloak.updateToken(30);
    } catch {
      // the session at Keycloak has ended: keep unsaved input, then log in again (this navigates away)
      bewaarVoorHerlogin();
      await keycloak.login({ redirectUri: `${window.location.origin}/` });
    }
    if (!keycloak.token) {
      throw new ApiFout('U bent niet (meer) aangemeld', 'Log opnieuw in om verder te gaan.', 401);
    }
    return keycloak.token;
  };

  const geparseerd = keycloak.tokenParsed as { name?: string; preferred_username?: string } | undefined;
  return {
    naam: geparseerd?.name ?? geparseerd?.preferred_username ?? null,
    tokenBron,
    uitloggen: () => {
      void keycloak.logout({ redirectUri: window.location.origin });
    },
  };
}
