/**
 * When the Keycloak session has really ended (the refresh token too), keycloak-js must navigate to the login
 * page, and whatever is typed on the screen would be lost. A screen with unsaved input registers a keeper
 * here; it is called just before that navigation and puts the input in this tab's sessionStorage, which the
 * screen takes back (and removes) once the user is logged in again. Nothing is kept otherwise.
 */

const ROUTE_SLEUTEL = 'schakel.herlogin.route';

let bewaarder: (() => void) | null = null;

export function zetHerloginBewaarder(functie: (() => void) | null): void {
  bewaarder = functie;
}

/** Called by the token source just before it sends the user to the login page. */
export function bewaarVoorHerlogin(): void {
  try {
    if (window.location.hash.startsWith('#/')) sessionStorage.setItem(ROUTE_SLEUTEL, window.location.hash);
    bewaarder?.();
  } catch {
    // no storage (private mode): the input cannot be kept
  }
}

/** The screen the user was on before logging in again (once). */
export function neemHerloginRoute(): string | null {
  try {
    const route = sessionStorage.getItem(ROUTE_SLEUTEL);
    sessionStorage.removeItem(ROUTE_SLEUTEL);
    return route;
  } catch {
    return null;
  }
}
