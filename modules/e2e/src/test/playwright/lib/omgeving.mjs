// Shared set-up for the end-to-end tests: the environment the Java test (modules/e2e) passes in,
// Debian's Chromium through playwright-core, logging in on the real Keycloak login page.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const hier = dirname(fileURLToPath(import.meta.url));

function verplicht(naam) {
  const waarde = process.env[naam];
  if (!waarde) {
    throw new Error(`Omgevingsvariabele ${naam} ontbreekt (zie README.md in deze map)`);
  }
  return waarde;
}

export const webUrl = verplicht('SCHAKEL_WEB_URL').replace(/\/+$/, '');
export const wachtwoord = process.env.SCHAKEL_DEMO_WACHTWOORD || 'schakel-demo';
export const chromiumPad = process.env.SCHAKEL_CHROMIUM || '/usr/bin/chromium';
export const screenshotMap = resolve(process.env.SCHAKEL_SCREENSHOTS || join(hier, '..', 'screenshots'));
mkdirSync(screenshotMap, { recursive: true });

/** Fixed in docs/afspraken-tussen-onderdelen.md: organisation, its code and the realm role. */
/** The work number Veilig Thuis's sender gives as contact person with every overdracht (fictional). */
export const TELEFOON_VT = '010-799 12 34';

export const DEMO_GEBRUIKERS = {
  'vt.procesregisseur': {
    organisatie: 'Veilig Thuis Rotterdam Rijnmond',
    organisatieCode: 'VTRR',
    rol: 'procesregisseur',
    rolLabel: 'Procesregisseur Veilig Thuis',
  },
  'wt.feijenoord': {
    organisatie: 'Wijkteam Feijenoord',
    organisatieCode: 'WT-RDAM-FEIJ',
    rol: 'wijkteammedewerker',
    rolLabel: 'Medewerker wijkteam',
  },
  politie: {
    organisatie: 'Politie eenheid Rotterdam',
    organisatieCode: 'POL-RR',
    rol: 'politiemedewerker',
    rolLabel: 'Medewerker politie',
  },
};

/**
 * The display name of a demo user as Keycloak puts it in the token's `name` claim (first + last name),
 * read from the realm file so the test and the realm cannot drift apart; null when it is not there.
 */
export function weergavenaam(gebruikersnaam) {
  const realmBestand =
    process.env.SCHAKEL_REALM_BESTAND || resolve(hier, '../../../../../../keycloak-realm/realm/schakel-realm.json');
  if (!existsSync(realmBestand)) return null;
  try {
    const realm = JSON.parse(readFileSync(realmBestand, 'utf8'));
    const gebruiker = (realm.users ?? []).find((u) => u.username === gebruikersnaam);
    const naam = [gebruiker?.firstName, gebruiker?.lastName].filter(Boolean).join(' ').trim();
    return naam || null;
  } catch {
    return null;
  }
}

export async function startChromium() {
  return chromium.launch({
    executablePath: chromiumPad,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh context (own cookies, so its own Keycloak session); axe-core needs a page from a context. */
export async function nieuwePagina(browser) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(60_000);
  const page = await context.newPage();
  return { context, page };
}

/** Waits until the real Keycloak login form is shown (the app redirects there itself). */
export async function wachtOpInlogpagina(page) {
  await page.locator('#username').waitFor({ state: 'visible', timeout: 60_000 });
  const adres = new URL(page.url());
  if (!adres.pathname.includes('/protocol/openid-connect/auth') && !adres.pathname.includes('/login-actions/')) {
    throw new Error(`Verwacht de Keycloak-inlogpagina, maar de browser staat op ${page.url()}`);
  }
  if (adres.origin === new URL(webUrl).origin && !adres.pathname.startsWith('/realms/')) {
    throw new Error(`De inlogpagina komt niet van Keycloak: ${page.url()}`);
  }
}

/** Opens Schakel, is sent to Keycloak, logs in, and waits for "Mijn werk" with the user's data. */
export async function logIn(page, gebruikersnaam) {
  await page.goto(webUrl);
  await wachtOpInlogpagina(page);
  await page.fill('#username', gebruikersnaam);
  await page.fill('#password', wachtwoord);
  await Promise.all([page.waitForURL((url) => url.href.startsWith(webUrl), { timeout: 60_000 }), page.click('#kc-login')]);
  await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
  await page.getByTestId('naam').waitFor();
}

export async function screenshot(page, naam) {
  const pad = join(screenshotMap, `${naam}.png`);
  await page.screenshot({ path: pad, fullPage: true });
  return pad;
}
