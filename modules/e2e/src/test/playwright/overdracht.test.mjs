// End-to-end, flow 1 (overdracht) in the browser against the real stack: Veilig Thuis composes and sends,
// Wijkteam Feijenoord receives, confirms and accepts, another wijkteam does not see it; axe on every screen.
// Run by the JUnit test in modules/e2e with the whole stack up: `npm ci && node --test`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TELEFOON_VT, logIn, nieuwePagina, screenshot, startChromium, wachtOpInlogpagina, wachtwoord, webUrl, weergavenaam } from './lib/omgeving.mjs';
import { geenAxeOvertredingen, metScreenshotBijFout, naarMenu } from './lib/schermen.mjs';

const TIJD = { timeout: 240_000 };
/** The demo partner: the wijkteams' webhook and functional mailbox (`./schakel start` serves it on 8191). */
const DEMO_PARTNER = (process.env.SCHAKEL_DEMO_PARTNER_URL || 'http://127.0.0.1:8191').replace(/\/+$/, '');
const kenmerk = `e2e-${Date.now().toString(36)}`;
/** A fictional family name unique to this run: the wijkteam finds the case by it. */
const FAMILIE = `Voorbeeld${Date.now().toString(36).replace(/[0-9]/g, '')}`;
/** A week ahead (YYYY-MM-DD, Dutch date): the warm handover the wijkteam plans. */
const WARME_OVERDRACHT_DATUM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
  new Date(Date.now() + 7 * 24 * 3600 * 1000),
);

let browser;
/** The id of the overdracht this run sends (set by the first test, used by the next ones). */
let overdrachtId;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

describe('overdracht van Veilig Thuis naar Wijkteam Feijenoord', () => {
  it('vt.procesregisseur stelt een overdracht op, kiest de categorieën, ziet het voorbeeld en verstuurt', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'overdracht-opstellen', async () => {
      await logIn(page, 'vt.procesregisseur');
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.equal(await menu.getByRole('link', { name: 'Inbox' }).count(), 0, 'geen inbox voor Veilig Thuis');

      await naarMenu(page, 'Nieuwe overdracht');
      await page.getByRole('heading', { level: 1, name: 'Nieuwe overdracht' }).waitFor();
      assert.equal(await page.title(), 'Nieuwe overdracht – Schakel');
      await geenAxeOvertredingen(page, 'Nieuwe overdracht (leeg)');

      await page.getByLabel('Samenvatting van de melding').fill(`Buren horen 's nachts geschreeuw (${kenmerk}).`);
      await page.getByLabel('Uitkomst').selectOption('OVERDRACHT_LOKAAL_VELD');
      await page.getByLabel('Psychisch geweld').check();
      await page.getByLabel('Rol (verplicht)').selectOption('SLACHTOFFER');
      await page.getByLabel('Voornaam').fill('Fictief');
      await page.getByLabel('Achternaam').fill(FAMILIE);
      await page.getByLabel('BSN (niet verplicht)').fill('123456789');
      await page.getByLabel('Naam', { exact: true }).fill('Fictieve buurvrouw');
      await page.getByLabel('Justitiële informatie').fill('Eerdere melding bij de politie (fictief).');

      // a mistake: the error appears next to the field, in Dutch, and nothing typed is lost
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      const samenvatting = page.getByRole('alert');
      await samenvatting.waitFor();
      assert.match(await samenvatting.innerText(), /Betrokkene 1: BSN/);
      const bsn = page.getByLabel('BSN (niet verplicht)');
      assert.equal(await bsn.getAttribute('aria-invalid'), 'true');
      const beschrijving = await bsn.getAttribute('aria-describedby');
      const foutTekst = await page.locator(`[id="${beschrijving.split(' ').pop()}"]`).innerText();
      assert.match(foutTekst, /geen geldig burgerservicenummer/);
      assert.match(await page.getByLabel('Samenvatting van de melding').inputValue(), new RegExp(kenmerk));
      assert.equal(await page.getByLabel('Voornaam').inputValue(), 'Fictief');
      await geenAxeOvertredingen(page, 'Nieuwe overdracht (met fout)');
      await screenshot(page, 'overdracht-1-formulier-fout');

      // a second betrokkene, added and removed again with the keyboard-usable buttons
      await page.getByRole('button', { name: 'Betrokkene toevoegen' }).click();
      assert.equal(await page.getByRole('group', { name: 'Betrokkene 2' }).count(), 1);
      await page.getByRole('button', { name: 'Betrokkene 2 verwijderen' }).click();
      assert.equal(await page.getByRole('group', { name: 'Betrokkene 2' }).count(), 0);

      await bsn.fill('111222333');
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByText('De overdracht is opgeslagen als concept.').waitFor();
      overdrachtId = /#\/overdrachten\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
      assert.ok(overdrachtId, `id van de overdracht in ${page.url()}`);
      assert.equal((await page.getByTestId('status').innerText()).trim(), 'Concept');
      await geenAxeOvertredingen(page, 'Concept');
      await screenshot(page, 'overdracht-2-concept');

      await page.getByRole('link', { name: 'Versturen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Overdracht versturen' }).waitFor();
      await page.getByLabel('Wijkteam (verplicht)').selectOption({ label: 'Wijkteam Feijenoord' });
      const categorieen = page.getByRole('group', { name: 'Gegevenscategorieën' });
      await categorieen.getByRole('checkbox').first().waitFor();
      const labels = await categorieen.getByRole('checkbox').evaluateAll((vakjes) =>
        vakjes.map((v) => ({ label: v.labels[0].textContent, aan: v.checked })),
      );
      assert.ok(labels.length > 0, 'er is te kiezen');
      for (const { label, aan } of labels) {
        // privacy by default: BSN and shelter address only when chosen, the rest the policy allows is ticked
        assert.equal(aan, !/Burgerservicenummer|Afgeschermd adres/.test(label), `standaardkeuze voor ${label}`);
      }
      assert.ok(!labels.some((l) => /Justitiële|melder/.test(l.label)), 'justitieel en melder zijn niet te kiezen');
      // the contact person at Veilig Thuis: the sender by name (from the login), a work number typed
      const contactNaam = await page.getByLabel('Naam (verplicht)').inputValue();
      assert.ok(contactNaam.trim().length > 0, 'de naam van de afzender staat er al');
      const verwachteNaam = weergavenaam('vt.procesregisseur');
      if (verwachteNaam) assert.equal(contactNaam, verwachteNaam);
      await page.getByLabel('Telefoonnummer (werk) (verplicht)').fill(TELEFOON_VT);
      const voorbeeld = page.getByTestId('voorbeeld');
      await voorbeeld.getByTestId('achtergehouden').waitFor();
      const achtergehouden = await voorbeeld.getByTestId('achtergehouden').innerText();
      assert.match(achtergehouden, /Justitiële informatie/);
      assert.match(achtergehouden, /Gegevens van de melder/);
      assert.match(await voorbeeld.innerText(), new RegExp(kenmerk), 'het voorbeeld toont de inhoud');
      assert.doesNotMatch(await voorbeeld.innerText(), /Fictieve buurvrouw/, 'de melder staat niet in het voorbeeld');

      // the BSN is withheld until chosen, and the preview says so
      await voorbeeld.getByText('Burgerservicenummer (BSN)').waitFor();
      assert.doesNotMatch(await voorbeeld.innerText(), /111222333/);
      assert.match(await page.getByTestId('bewust-gedeeld').innerText(), /Het BSN wordt niet gedeeld/);
      await categorieen.getByLabel(/Burgerservicenummer/).check();
      await voorbeeld.getByText('111222333').waitFor();
      assert.match(await page.getByTestId('bewust-gedeeld').innerText(), /Het BSN wordt gedeeld/);
      await geenAxeOvertredingen(page, 'Versturen met voorbeeld');
      await screenshot(page, 'overdracht-3-versturen-voorbeeld');

      await page.getByRole('button', { name: 'Versturen', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Verstuurde overdrachten' }).waitFor();
      await page.getByText('De overdracht is verstuurd naar Wijkteam Feijenoord.').waitFor();
      const rij = page.locator(`tr[data-id="${overdrachtId}"]`);
      await rij.getByText('Wijkteam Feijenoord').waitFor();
      assert.match(await rij.innerText(), /Verzonden/);
      await geenAxeOvertredingen(page, 'Verstuurde overdrachten');
      await screenshot(page, 'overdracht-4-verstuurd');
    });
    await context.close();
  });

  it('de mail in de functionele mailbox van het wijkteam noemt het zaaknummer en zijn link opent de overdracht na het inloggen', TIJD, async () => {
    assert.ok(overdrachtId, 'de vorige test heeft een overdracht verstuurd');
    const zaaknummer = overdrachtId.slice(0, 8);
    // the routes deliver asynchronously: ask the mailbox until this case's mail is there (at most 90 s)
    let mail;
    const uiterlijk = Date.now() + 90_000;
    while (!mail) {
      const ontvangen = await (await fetch(`${DEMO_PARTNER}/api/ontvangen`)).json();
      mail = ontvangen.mails.find((m) => m.aan === 'meldingen@wt-rdam-feij.demo.schakel.example' && m.onderwerp.includes(zaaknummer));
      if (!mail) {
        assert.ok(Date.now() < uiterlijk, `binnen 90 s een mail met zaaknummer ${zaaknummer}`);
        await new Promise((klaar) => setTimeout(klaar, 500));
      }
    }
    assert.equal(mail.onderwerp, `Nieuwe overdracht in Schakel (zaaknummer ${zaaknummer})`);
    assert.doesNotMatch(mail.tekst, new RegExp(`${FAMILIE}|Fictief|${kenmerk}`), 'geen naam of inhoud in de mail');
    const link = /(https?:\/\/\S+\/#\/overdrachten\/[0-9a-f-]{36})/.exec(mail.tekst)?.[1];
    assert.equal(link, `${webUrl}/#/overdrachten/${overdrachtId}`, 'de link leidt naar de zaak zelf');

    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'overdracht-maillink', async () => {
      await page.goto(link);
      await wachtOpInlogpagina(page);
      await page.fill('#username', 'wt.feijenoord');
      await page.fill('#password', wachtwoord);
      await Promise.all([page.waitForURL((url) => url.href.startsWith(webUrl), { timeout: 60_000 }), page.click('#kc-login')]);
      const kop = page.getByRole('heading', { level: 1, name: new RegExp(`Familie ${FAMILIE}`) });
      await kop.waitFor();
      assert.match(await kop.innerText(), new RegExp(`Overdracht, zaaknummer ${zaaknummer}`));
      assert.equal(new URL(page.url()).hash, `#/overdrachten/${overdrachtId}`, 'na het inloggen op de zaak uit de mail');
      await screenshot(page, 'overdracht-4b-via-maillink');
    });
    await context.close();
  });

  it('wt.feijenoord ziet de overdracht in de inbox, ziet waarom en wat is achtergehouden, bevestigt en accepteert', TIJD, async () => {
    assert.ok(overdrachtId, 'de vorige test heeft een overdracht verstuurd');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'overdracht-inbox', async () => {
      await logIn(page, 'wt.feijenoord');
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.equal(await menu.getByRole('link', { name: 'Nieuwe overdracht' }).count(), 0, 'geen opstellen voor een wijkteam');
      await naarMenu(page, 'Inbox');
      await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
      const rij = page.locator(`tr[data-id="${overdrachtId}"]`);
      await rij.waitFor();
      assert.match(await rij.innerText(), /Verzonden/);
      const nieuw = Number((await page.getByTestId('telling-nieuw').innerText()).match(/\d+/)[0]);
      assert.ok(nieuw >= 1, 'de teller "Nieuw" telt de overdracht mee');
      await geenAxeOvertredingen(page, 'Inbox');
      await screenshot(page, 'overdracht-5-inbox');
      // the logo's accessible name starts with its visible text (axe label-content-name-mismatch, WCAG 2.5.3)
      assert.equal(await page.getByRole('link', { name: /^Schakel Samen veilig · Rotterdam Rijnmond ?, naar Mijn werk$/ }).count(), 1);

      // on a 390 px phone: the first case within the first screen, nothing scrolls sideways, axe finds nothing
      await page.setViewportSize({ width: 390, height: 844 });
      await rij.waitFor();
      const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(breedte <= 390, `de inbox past op 390 px (scrollWidth ${breedte})`);
      const eerste = await page.locator('tr[data-id]').first().boundingBox();
      assert.ok(eerste && eerste.y < 844, `de eerste zaak staat op het eerste scherm (y ${eerste?.y})`);
      await geenAxeOvertredingen(page, 'Inbox op 390 px');
      await screenshot(page, 'overdracht-5b-inbox-telefoon');
      await page.setViewportSize({ width: 1280, height: 900 });

      // recognisable: the family name, not a bare number; and found by searching for it
      assert.match(await rij.innerText(), new RegExp(`Familie ${FAMILIE}`));
      await page.getByLabel(/Zoek op achternaam/).fill(FAMILIE.slice(0, -2).toLowerCase());
      await page.getByLabel(/Zoek op achternaam/).press('Enter');
      await page.getByTestId('zoekresultaat').waitFor();
      assert.match(await page.getByTestId('zoekresultaat').innerText(), /^1 overdracht met/);
      await rij.waitFor();
      assert.equal(await page.locator('tr[data-id]').count(), 1, 'alleen de gezochte overdracht');
      await geenAxeOvertredingen(page, 'Inbox (gezocht op naam)');
      await page.getByRole('button', { name: 'Toon alles' }).click();
      await page.getByTestId('zoekresultaat').waitFor({ state: 'detached' });

      // filter on "In behandeling": the new one is not there
      await page.getByTestId('telling-in-behandeling').click();
      assert.equal(await page.getByTestId('telling-in-behandeling').getAttribute('aria-pressed'), 'true');
      // the change is said aloud: a status line names the group and how many the list shows
      assert.match(await page.getByTestId('filtermelding').innerText(), /^Gefilterd op in behandeling: \d+ overdracht/);
      assert.equal(await rij.count(), 0);
      await page.getByTestId('telling-nieuw').click();
      await rij.waitFor();

      await rij.getByRole('link').click();
      const waarom = page.getByTestId('waarom');
      await waarom.waitFor();
      assert.match(await waarom.innerText(), /Waarom zie ik dit\?/);
      assert.match(await waarom.innerText(), /Veilig Thuis heeft deze overdracht aan uw organisatie gestuurd/);
      assert.match(await waarom.innerText(), /Overdracht van zicht op veiligheid/);
      assert.ok((await waarom.getByTestId('geldig-tot').innerText()).trim().length > 0, 'geldig tot');
      const achtergehouden = await page.getByTestId('achtergehouden').innerText();
      assert.match(achtergehouden, /Justitiële informatie/);
      assert.match(achtergehouden, /Gegevens van de melder/);
      assert.doesNotMatch(achtergehouden, /JUSTITIEEL|MELDER/, 'Nederlandse namen, geen codes');
      // whom to ask at Veilig Thuis: the sender's name and work number, where the page says to ask
      assert.match(await page.getByTestId('contactpersoon-vt').innerText(), new RegExp(TELEFOON_VT));
      assert.match(await page.getByTestId('vraag-bij-veilig-thuis').innerText(), new RegExp(`${TELEFOON_VT}\\.$`));
      const inhoud = await page.locator('main').innerText();
      assert.match(inhoud, new RegExp(kenmerk));
      assert.doesNotMatch(inhoud, /Fictieve buurvrouw/);
      assert.doesNotMatch(inhoud, /Eerdere melding bij de politie/);
      await geenAxeOvertredingen(page, 'Overdracht (ontvanger)');
      await screenshot(page, 'overdracht-6-detail-wijkteam');

      await page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
      await page.getByText('De ontvangst is bevestigd.').waitFor();
      assert.equal((await page.getByTestId('status').innerText()).trim(), 'Ontvangen');

      // terugleggen needs a reason: the error is next to the field; then cancel
      await page.getByRole('button', { name: 'Terugleggen' }).click();
      await page.getByRole('button', { name: 'Overdracht terugleggen' }).click();
      await page.getByText('Vul in waarom u de overdracht teruglegt.').waitFor();
      await geenAxeOvertredingen(page, 'Terugleggen zonder reden');
      await page.getByRole('button', { name: 'Annuleren' }).click();

      // plan the warm handover: a date in the past is refused next to the field, then a real plan
      await page.getByRole('button', { name: 'Warme overdracht plannen' }).click();
      await page.getByLabel(/^Datum/).fill('2020-01-06');
      await page.getByLabel(/^Tijd/).fill('10:30');
      await page.getByLabel(/^Plaats/).fill('Wijkteamkantoor Feijenoord');
      await page.getByRole('button', { name: 'Planning opslaan' }).click();
      await page.getByText('Kies een datum vanaf vandaag.').waitFor();
      await page.getByLabel(/^Datum/).fill(WARME_OVERDRACHT_DATUM);
      await page.getByRole('button', { name: 'Planning opslaan' }).click();
      await page.getByText('De warme overdracht is gepland. Veilig Thuis ziet de planning.').waitFor();
      // the focus goes to that message, not to the top of the page
      await page.waitForFunction(() => document.activeElement?.textContent?.includes('De warme overdracht is gepland.'));
      assert.match(await page.getByTestId('warme-overdracht-gepland').innerText(), /om 10:30, Wijkteamkantoor Feijenoord/);
      await geenAxeOvertredingen(page, 'Warme overdracht gepland');

      await page.getByRole('button', { name: 'Accepteren' }).click();
      await page.getByText(/De overdracht is geaccepteerd/).waitFor();
      assert.equal((await page.getByTestId('status').innerText()).trim(), 'Geaccepteerd');
      await geenAxeOvertredingen(page, 'Overdracht geaccepteerd');
      await screenshot(page, 'overdracht-7-geaccepteerd');
    });
    await context.close();
  });

  it('vt.procesregisseur ziet de overdracht geaccepteerd, de warme overdracht en de geplande monitoringmomenten', TIJD, async () => {
    assert.ok(overdrachtId, 'de eerste test heeft een overdracht verstuurd');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'overdracht-vt-geaccepteerd', async () => {
      await logIn(page, 'vt.procesregisseur');
      await naarMenu(page, 'Verstuurd');
      const rij = page.locator(`tr[data-id="${overdrachtId}"]`);
      await rij.waitFor();
      assert.match(await rij.innerText(), /Geaccepteerd/);
      await rij.getByRole('link').click();
      await page.getByTestId('status').waitFor();
      assert.equal((await page.getByTestId('status').innerText()).trim(), 'Geaccepteerd');
      assert.match(await page.getByTestId('warme-overdracht-gepland').innerText(), /om 10:30, Wijkteamkantoor Feijenoord/);
      assert.equal(await page.getByRole('button', { name: /Warme overdracht plannen|Verzetten/ }).count(), 0,
        'Veilig Thuis ziet de planning, de ontvanger plant');
      // accepted: Veilig Thuis's monitoring moments at 3 and 12 months are planned
      const monitoring = page.getByTestId('monitoring');
      await monitoring.getByText(/gepland op/i).first().waitFor();
      const momenten = await monitoring.innerText();
      assert.match(momenten, /3 maanden/);
      assert.match(momenten, /12 maanden/);
      assert.equal((momenten.match(/gepland op \d{1,2} \w+ \d{4}/gi) ?? []).length, 2, momenten);
      await geenAxeOvertredingen(page, 'Overdracht geaccepteerd (Veilig Thuis)');
      await screenshot(page, 'overdracht-8-geaccepteerd-bij-veilig-thuis');
      await naarMenu(page, 'Monitoring');
      await page.getByRole('heading', { level: 1, name: 'Monitoring' }).waitFor();
      await page.locator(`a[href*="${overdrachtId}"]`).first().waitFor();
      await geenAxeOvertredingen(page, 'Monitoring');
      await screenshot(page, 'overdracht-8b-monitoring');
    });
    await context.close();
  });

  it('wt.schiedam ziet de overdracht niet in de inbox', TIJD, async () => {
    assert.ok(overdrachtId, 'de eerste test heeft een overdracht verstuurd');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'overdracht-schiedam', async () => {
      await logIn(page, 'wt.schiedam');
      await naarMenu(page, 'Inbox');
      await page.getByRole('heading', { level: 1, name: 'Inbox' }).waitFor();
      await page.getByTestId('tellingen').waitFor();
      assert.equal(await page.locator(`tr[data-id="${overdrachtId}"]`).count(), 0);
      await geenAxeOvertredingen(page, 'Inbox (Schiedam)');
      await screenshot(page, 'overdracht-9-inbox-schiedam');

      // and the overdracht itself does not exist for this team
      await page.goto(`${page.url().split('#')[0]}#/overdrachten/${overdrachtId}`);
      await page.getByRole('alert').waitFor();
      assert.match(await page.getByRole('alert').innerText(), /bestaat niet|Niet gevonden/);
    });
    await context.close();
  });

  it('wt.feijenoord legt een overdracht terug en vindt haar met de reden onder "Door ons teruggelegd"; Veilig Thuis verbetert en stuurt naar Charlois', TIJD, async () => {
    const vt = await nieuwePagina(browser);
    let terugId;
    await metScreenshotBijFout(vt.page, 'overdracht-terug-versturen', async () => {
      await logIn(vt.page, 'vt.procesregisseur');
      await naarMenu(vt.page, 'Nieuwe overdracht');
      await vt.page.getByLabel('Samenvatting van de melding').fill(`Terug te leggen (${kenmerk}).`);
      await vt.page.getByLabel('Uitkomst').selectOption('OVERDRACHT_LOKAAL_VELD');
      await vt.page.getByLabel('Rol (verplicht)').selectOption('KIND');
      await vt.page.getByLabel('Voornaam').fill('Fictief');
      await vt.page.getByLabel('Achternaam').fill(FAMILIE);
      await vt.page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await vt.page.getByText('De overdracht is opgeslagen als concept.').waitFor();
      terugId = /#\/overdrachten\/([0-9a-f-]{36})$/.exec(vt.page.url())?.[1];
      assert.ok(terugId, `id van de overdracht in ${vt.page.url()}`);
      await vt.page.getByRole('link', { name: 'Versturen', exact: true }).click();
      await vt.page.getByLabel('Wijkteam (verplicht)').selectOption({ label: 'Wijkteam Feijenoord' });
      await vt.page.getByRole('group', { name: 'Gegevenscategorieën' }).getByRole('checkbox').first().waitFor();
      await vt.page.getByLabel('Telefoonnummer (werk) (verplicht)').fill(TELEFOON_VT);
      await vt.page.getByRole('button', { name: 'Versturen', exact: true }).click();
      await vt.page.getByText('De overdracht is verstuurd naar Wijkteam Feijenoord.').waitFor();
    });
    await vt.context.close();

    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'overdracht-door-ons-teruggelegd', async () => {
      await logIn(page, 'wt.feijenoord');
      await page.goto(`${page.url().split('#')[0]}#/overdrachten/${terugId}`);
      await page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
      await page.getByText('De ontvangst is bevestigd.').waitFor();
      await page.getByRole('button', { name: 'Terugleggen' }).click();
      await page.getByLabel(/Waarom legt u/).fill(`Gezin woont in Charlois (${kenmerk}).`);
      await page.getByRole('button', { name: 'Overdracht terugleggen' }).click();
      await page.getByText('De overdracht is teruggelegd bij Veilig Thuis.').waitFor();

      await naarMenu(page, 'Door ons teruggelegd');
      await page.getByRole('heading', { level: 1, name: 'Door ons teruggelegd' }).waitFor();
      const rij = page.locator(`tr[data-zaaknummer="${terugId.slice(0, 8)}"]`);
      await rij.waitFor();
      assert.match(await rij.innerText(), new RegExp(`Gezin woont in Charlois \\(${kenmerk}\\)`));
      // the organisation's name follows the row when the partner register has answered (its own request)
      await rij.filter({ hasText: 'Veilig Thuis Rotterdam Rijnmond' }).waitFor();
      assert.match(await rij.innerText(), /Veilig Thuis Rotterdam Rijnmond/);
      assert.doesNotMatch(await page.locator('main').innerText(), new RegExp(FAMILIE), 'niets van de zaak zelf');
      await geenAxeOvertredingen(page, 'Door ons teruggelegd');
      await screenshot(page, 'overdracht-9b-door-ons-teruggelegd');
    });
    await context.close();

    // Veilig Thuis sees who returned it and why, corrects it and sends it to the wijkteam the reason points to
    const vt2 = await nieuwePagina(browser);
    await metScreenshotBijFout(vt2.page, 'overdracht-naar-charlois', async () => {
      const p = vt2.page;
      await logIn(p, 'vt.procesregisseur');
      await p.goto(`${webUrl}/#/overdrachten/${terugId}`);
      const terug = p.getByTestId('teruggelegd');
      await terug.filter({ hasText: 'Wijkteam Feijenoord' }).waitFor();
      assert.match(await terug.innerText(), new RegExp(`Wijkteam Feijenoord.*Gezin woont in Charlois \\(${kenmerk}\\)`, 's'));
      await geenAxeOvertredingen(p, 'Teruggelegde overdracht (Veilig Thuis)');
      await p.getByRole('link', { name: 'Eerst verbeteren' }).click();
      const samenvatting = p.getByLabel('Samenvatting van de melding');
      await samenvatting.waitFor();
      await samenvatting.fill(`Gezin verhuisd naar Charlois (${kenmerk}).`);
      await p.getByRole('button', { name: 'Opslaan als concept' }).click();
      await p.getByText('De wijzigingen in het concept zijn opgeslagen.').waitFor();
      await p.getByRole('link', { name: 'Opnieuw versturen' }).click();
      await p.getByLabel('Wijkteam (verplicht)').selectOption({ label: 'Wijkteam Charlois' });
      await p.getByRole('group', { name: 'Gegevenscategorieën' }).getByRole('checkbox').first().waitFor();
      await p.getByLabel('Telefoonnummer (werk) (verplicht)').fill(TELEFOON_VT);
      await p.getByRole('button', { name: 'Versturen', exact: true }).click();
      await p.getByText('De overdracht is verstuurd naar Wijkteam Charlois.').waitFor();
    });
    await vt2.context.close();

    const charlois = await nieuwePagina(browser);
    await metScreenshotBijFout(charlois.page, 'overdracht-charlois', async () => {
      const p = charlois.page;
      await logIn(p, 'wt.charlois');
      await p.goto(`${webUrl}/#/overdrachten/${terugId}`);
      await p.getByRole('heading', { level: 1, name: new RegExp(`Familie ${FAMILIE}`) }).waitFor();
      await p.getByText(`Gezin verhuisd naar Charlois (${kenmerk}).`).waitFor();
      await screenshot(p, 'overdracht-9c-charlois');
    });
    await charlois.context.close();
  });

  it('vt.procesregisseur bewerkt een concept en trekt het in met een reden (toetsenbord)', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'overdracht-intrekken', async () => {
      await logIn(page, 'vt.procesregisseur');
      await naarMenu(page, 'Nieuwe overdracht');
      await page.getByLabel('Samenvatting van de melding').fill(`In te trekken (${kenmerk}).`);
      await page.getByLabel('Rol (verplicht)').selectOption('KIND');
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByText('De overdracht is opgeslagen als concept.').waitFor();

      // edit the concept: the saved content comes back in the form
      await page.getByRole('link', { name: 'Concept bewerken' }).click();
      await page.getByRole('heading', { level: 1, name: 'Concept bewerken' }).waitFor();
      const samenvatting = page.getByLabel('Samenvatting van de melding');
      await page.waitForFunction(() => document.querySelector('textarea')?.value.includes('In te trekken'));
      assert.equal(await page.getByLabel('Rol (verplicht)').inputValue(), 'KIND');
      await samenvatting.fill(`In te trekken, gewijzigd (${kenmerk}).`);
      await page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await page.getByText('De wijzigingen in het concept zijn opgeslagen.').waitFor();
      assert.match(await page.locator('main').innerText(), /In te trekken, gewijzigd/);

      // a concept was never sent: no "Intrekken" but "Niet versturen"; with the keyboard only: the button, the reason, Enter
      assert.equal(await page.getByRole('button', { name: 'Intrekken' }).count(), 0, 'een concept biedt geen Intrekken');
      await page.getByRole('button', { name: 'Niet versturen' }).focus();
      await page.keyboard.press('Enter');
      const reden = page.getByLabel(/Waarom verstuurt u dit concept niet\?/);
      await reden.waitFor();
      assert.ok(await reden.evaluate((el) => el === document.activeElement), 'de focus staat in het redenveld');
      await page.keyboard.type('Dubbel aangemaakt (e2e).');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.getByText('Het concept is afgesloten; het wordt niet verstuurd.').waitFor();
      assert.equal((await page.getByTestId('status').innerText()).trim(), 'Ingetrokken');
      await geenAxeOvertredingen(page, 'Overdracht ingetrokken');
      await screenshot(page, 'overdracht-10-ingetrokken');

      await naarMenu(page, 'Verstuurd');
      await page.getByRole('heading', { level: 1, name: 'Verstuurde overdrachten' }).waitFor();
      const id = overdrachtId;
      if (id) assert.match(await page.locator(`tr[data-id="${id}"]`).innerText(), /Geaccepteerd/);
    });
    await context.close();
  });
});
