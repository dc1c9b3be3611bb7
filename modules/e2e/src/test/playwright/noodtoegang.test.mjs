// End-to-end, break-glass review in the browser against the real stack: Veilig Thuis sends an overdracht, the
// Crisis Interventie Team opens it without a grant (noodtoegang, with a reason), the functionaris
// gegevensbescherming judges it not justified and Veilig Thuis (the owner) judges it justified; axe on every screen.
// Run by the JUnit test in modules/e2e with the whole stack up: `npm ci && node --test`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TELEFOON_VT, logIn, nieuwePagina, screenshot, startChromium, webUrl, weergavenaam } from './lib/omgeving.mjs';
import { geenAxeOvertredingen, metScreenshotBijFout, naarMenu } from './lib/schermen.mjs';

const TIJD = { timeout: 240_000 };
const kenmerk = `e2e-${Date.now().toString(36)}`;
const REDEN = `Acute onveiligheid: kind alleen thuis aangetroffen, Veilig Thuis niet bereikbaar (${kenmerk}).`;
// (no "Veilig Thuis" in it: the rows are told apart by the reviewer's name)
const OPMERKING_FG = `Geen acute situatie: de piketdienst was gewoon bereikbaar (${kenmerk}).`;
/** A Dutch moment as the UI writes it: "2 december 2026 om 11:00". */
const MOMENT = /^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/;

let browser;
/** The overdracht this run sends and the CIT opens (set by the first test, used by the next ones). */
let overdrachtId;
/** Set once the CIT has broken the glass; the review tests need it. */
let noodtoegangGeopend = false;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

/** "Noodtoegang beoordelen" via the menu; the card of this run's break-glass (found by the reason's kenmerk). */
async function naarBeoordelen(page) {
  await naarMenu(page, 'Noodtoegang beoordelen');
  await page.getByRole('heading', { level: 1, name: 'Noodtoegang beoordelen' }).waitFor();
  assert.equal(await page.title(), 'Noodtoegang beoordelen – Schakel');
  const kaart = page.getByTestId('noodtoegang').filter({ hasText: kenmerk });
  await kaart.waitFor();
  return kaart;
}

async function naarTab(page, naam) {
  await page.getByRole('navigation', { name: 'Noodtoegang' }).getByRole('link', { name: new RegExp(`^${naam}`) }).click();
  await page
    .getByRole('navigation', { name: 'Noodtoegang' })
    .locator('a[aria-current="page"]', { hasText: naam })
    .waitFor();
}

/** The facts every reviewer sees: who (organisation and person), when, until when, what, the reason in full. */
async function controleerKerngegevens(kaart) {
  const cit = weergavenaam('cit');
  const kop = await kaart.getByRole('heading', { level: 3 }).innerText();
  assert.match(kop, /Crisis Interventie Team/);
  if (cit) assert.match(kop, new RegExp(cit));
  assert.match((await kaart.getByTestId('geopend-op').innerText()).trim(), MOMENT);
  assert.match((await kaart.getByTestId('geldig-tot').innerText()).trim(), MOMENT);
  assert.equal((await kaart.getByTestId('reden').innerText()).trim(), REDEN);
  assert.match(await kaart.getByTestId('betreft').innerText(), /^Overdracht/);
  assert.doesNotMatch(await kaart.innerText(), /CIT-JBRR|VTRR|OVERDRACHT|NIET_GERECHTVAARDIGD/, 'Nederlandse woorden, geen codes');
}

describe('noodtoegang: het Crisis Interventie Team opent een overdracht van Veilig Thuis, die wordt beoordeeld', () => {
  it('vt.procesregisseur stelt een overdracht op en verstuurt hem naar Wijkteam Feijenoord', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'noodtoegang-overdracht', async () => {
      await logIn(page, 'vt.procesregisseur');
      await naarMenu(page, 'Nieuwe overdracht');
      await page.getByRole('heading', { level: 1, name: 'Nieuwe overdracht' }).waitFor();
      await page.getByLabel('Samenvatting van de melding').fill(`Buren horen een kind huilen (${kenmerk}).`);
      await page.getByLabel('Uitkomst').selectOption('OVERDRACHT_LOKAAL_VELD');
      await page.getByLabel('Psychisch geweld').check();
      await page.getByLabel('Rol (verplicht)').selectOption('KIND');
      await page.getByLabel('Voornaam').fill('Fictief');
      await page.getByLabel('Achternaam').fill('Noodgeval');
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByText('De overdracht is opgeslagen als concept.').waitFor();
      overdrachtId = /#\/overdrachten\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
      assert.ok(overdrachtId, `id van de overdracht in ${page.url()}`);

      await page.getByRole('link', { name: 'Versturen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Overdracht versturen' }).waitFor();
      await page.getByLabel('Wijkteam (verplicht)').selectOption({ label: 'Wijkteam Feijenoord' });
      await page.getByRole('group', { name: 'Gegevenscategorieën' }).getByRole('checkbox').first().waitFor();
      // this minimal case holds nothing the wijkteam may not see: wait for the preview of its content instead
      await page.getByTestId('voorbeeld').getByText(kenmerk, { exact: false }).waitFor();
      await page.getByLabel('Telefoonnummer (werk) (verplicht)').fill(TELEFOON_VT);
      await page.getByRole('button', { name: 'Versturen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Verstuurde overdrachten' }).waitFor();
      await page.locator(`tr[data-id="${overdrachtId}"]`).waitFor();
    });
    await context.close();
  });

  it('cit heeft geen toegang, opent de overdracht met noodtoegang en een reden, en ziet dat die beoordeeld wordt', TIJD, async () => {
    assert.ok(overdrachtId, 'de vorige test heeft een overdracht verstuurd');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'noodtoegang-cit', async () => {
      // Schakel has no screen to break the glass yet: the test calls the API with the token of this browser session
      const mijVerzoek = page.waitForRequest((verzoek) => verzoek.url().endsWith('/api/v1/mij'), { timeout: 120_000 });
      await logIn(page, 'cit');
      const bearer = (await (await mijVerzoek).allHeaders()).authorization;
      assert.match(bearer ?? '', /^Bearer /, 'het token van de ingelogde crisismedewerker');
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.equal(await menu.getByRole('link', { name: 'Noodtoegang beoordelen' }).count(), 0, 'de CIT beoordeelt niet');

      // without a grant the overdracht does not exist for the CIT
      await page.goto(`${page.url().split('#')[0]}#/overdrachten/${overdrachtId}`);
      await page.getByRole('alert').waitFor();
      assert.match(await page.getByRole('alert').innerText(), /bestaat niet|Niet gevonden/);

      const geopend = await context.request.post(`${webUrl}/api/v1/overdrachten/${overdrachtId}/noodtoegang`, {
        headers: { Authorization: bearer, Accept: 'application/json' },
        data: { reden: REDEN },
      });
      assert.equal(geopend.status(), 201, await geopend.text());
      const toegang = await geopend.json();
      assert.equal(toegang.noodtoegang, true);
      assert.ok(toegang.geldigTot, 'noodtoegang is kort');
      noodtoegangGeopend = true;

      // now the overdracht opens, flagged as break-glass under review
      await naarMenu(page, 'Mijn werk');
      await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
      await page.goto(`${page.url().split('#')[0]}#/overdrachten/${overdrachtId}`);
      const waarom = page.getByTestId('waarom');
      await waarom.waitFor();
      assert.match(await waarom.innerText(), /U heeft noodtoegang gevraagd; dit wordt beoordeeld\./);
      assert.match(await waarom.innerText(), /Dit is noodtoegang; die wordt achteraf beoordeeld\./);
      await screenshot(page, 'noodtoegang-1-cit-overdracht');
    });
    await context.close();
  });

  it('fg vindt de noodtoegang niet gerechtvaardigd: eerst zonder opmerking (fout naast het veld), dan met', TIJD, async () => {
    assert.ok(noodtoegangGeopend, 'de vorige test heeft de noodtoegang geopend');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'noodtoegang-fg', async () => {
      await logIn(page, 'fg');
      const kaart = await naarBeoordelen(page);
      await controleerKerngegevens(kaart);
      assert.equal(await kaart.getByRole('link', { name: /^Openen/ }).count(), 0, 'de functionaris krijgt geen link naar de zaak');
      assert.equal(await kaart.getByTestId('beoordelingen').count(), 0, 'andere oordelen pas na het eigen oordeel');
      await geenAxeOvertredingen(page, 'Noodtoegang beoordelen (functionaris)');
      await screenshot(page, 'noodtoegang-2-fg-te-beoordelen');

      // not justified needs a note: the error is next to the field, nothing is sent, the choice stays
      await kaart.getByLabel('Niet gerechtvaardigd', { exact: true }).check();
      await kaart.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      await kaart.getByText('Vul in waarom de noodtoegang niet gerechtvaardigd was.').waitFor();
      const opmerking = kaart.getByLabel(/^Opmerking/);
      assert.equal(await opmerking.getAttribute('aria-invalid'), 'true');
      const beschrijving = await opmerking.getAttribute('aria-describedby');
      const foutTekst = await page.locator(`[id="${beschrijving.split(' ').pop()}"]`).innerText();
      assert.match(foutTekst, /Vul in waarom de noodtoegang niet gerechtvaardigd was\./);
      assert.ok(await opmerking.evaluate((el) => el === document.activeElement), 'de focus staat in het opmerkingveld');
      assert.ok(await kaart.getByLabel('Niet gerechtvaardigd', { exact: true }).isChecked());
      await geenAxeOvertredingen(page, 'Noodtoegang beoordelen (opmerking ontbreekt)');
      await screenshot(page, 'noodtoegang-3-fg-fout');

      await opmerking.fill(OPMERKING_FG);
      await kaart.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      await page.getByText(/Uw oordeel is vastgelegd: niet gerechtvaardigd\./).waitFor();
      assert.equal(await page.getByTestId('noodtoegang').filter({ hasText: kenmerk }).count(), 0, 'niet meer te beoordelen');

      await naarTab(page, 'Beoordeeld');
      const beoordeeld = page.getByTestId('noodtoegang').filter({ hasText: kenmerk });
      await beoordeeld.waitFor();
      await controleerKerngegevens(beoordeeld);
      // unmistakable, not by colour alone: the text with a symbol, a "Let op" line, and the verdict in the heading
      assert.equal(await beoordeeld.getAttribute('data-oordeel'), 'NIET_GERECHTVAARDIGD');
      assert.equal((await beoordeeld.getByTestId('oordeel').innerText()).trim(), '✕ Niet gerechtvaardigd');
      assert.match(await beoordeeld.getByTestId('niet-gerechtvaardigd-uitleg').innerText(), /niet gerechtvaardigd/);
      assert.match(await beoordeeld.getByRole('heading', { level: 3 }).textContent(), /oordeel: Niet gerechtvaardigd/);
      const regels = beoordeeld.getByTestId('beoordeling');
      const fg = regels.filter({ hasText: 'Functionaris gegevensbescherming' });
      assert.match(await fg.innerText(), /\(uw beoordeling\)/);
      assert.match(await fg.innerText(), /Niet gerechtvaardigd/);
      assert.ok((await fg.innerText()).includes(OPMERKING_FG), 'de opmerking staat bij het oordeel');
      assert.match(await regels.filter({ hasText: 'Veilig Thuis' }).innerText(), /Nog niet beoordeeld/);
      await geenAxeOvertredingen(page, 'Noodtoegang beoordeeld (functionaris)');
      await screenshot(page, 'noodtoegang-4-fg-beoordeeld');
    });
    await context.close();
  });

  it('vt.procesregisseur vindt hem gerechtvaardigd (toetsenbord) en ziet het oordeel van de functionaris gemarkeerd', TIJD, async () => {
    assert.ok(noodtoegangGeopend, 'de tweede test heeft de noodtoegang geopend');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'noodtoegang-vt', async () => {
      await logIn(page, 'vt.procesregisseur');
      const kaart = await naarBeoordelen(page);
      await controleerKerngegevens(kaart);
      const openen = kaart.getByRole('link', { name: /^Openen/ });
      assert.match(await openen.getAttribute('href'), new RegExp(`#/overdrachten/${overdrachtId}$`), 'de eigenaar kan de zaak openen');
      await geenAxeOvertredingen(page, 'Noodtoegang beoordelen (Veilig Thuis)');
      await screenshot(page, 'noodtoegang-5-vt-te-beoordelen');

      // with the keyboard only: the choice with Space, Tab past the note to the button, Enter
      await kaart.getByLabel('Gerechtvaardigd', { exact: true }).focus();
      await page.keyboard.press('Space');
      assert.ok(await kaart.getByLabel('Gerechtvaardigd', { exact: true }).isChecked());
      await page.keyboard.press('Tab');
      assert.ok(await kaart.getByLabel(/^Opmerking/).evaluate((el) => el === document.activeElement), 'Tab gaat naar de opmerking');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByText(/Uw oordeel is vastgelegd: gerechtvaardigd\./).waitFor();

      await naarTab(page, 'Beoordeeld');
      const beoordeeld = page.getByTestId('noodtoegang').filter({ hasText: kenmerk });
      await beoordeeld.waitFor();
      // the owner said justified, the functionaris did not: overall not justified, and marked as such
      assert.equal(await beoordeeld.getAttribute('data-oordeel'), 'NIET_GERECHTVAARDIGD');
      assert.equal((await beoordeeld.getByTestId('oordeel').innerText()).trim(), '✕ Niet gerechtvaardigd');
      await beoordeeld.getByTestId('niet-gerechtvaardigd-uitleg').waitFor();
      const regels = beoordeeld.getByTestId('beoordeling');
      const vt = regels.filter({ hasText: 'Veilig Thuis' });
      assert.match(await vt.innerText(), /\(uw beoordeling\)/);
      assert.match(await vt.innerText(), /✓ Gerechtvaardigd/);
      const fg = regels.filter({ hasText: 'Functionaris gegevensbescherming' });
      assert.match(await fg.innerText(), /✕ Niet gerechtvaardigd/);
      assert.ok((await fg.innerText()).includes(OPMERKING_FG), 'Veilig Thuis ziet de opmerking van de functionaris');
      await geenAxeOvertredingen(page, 'Noodtoegang beoordeeld (Veilig Thuis)');
      await screenshot(page, 'noodtoegang-6-vt-beoordeeld');

      // "Openen" leads to the overdracht itself
      await beoordeeld.getByRole('link', { name: /^Openen/ }).click();
      await page.getByTestId('status').waitFor();
      assert.match(page.url(), new RegExp(`#/overdrachten/${overdrachtId}$`));
    });
    await context.close();
  });
});
