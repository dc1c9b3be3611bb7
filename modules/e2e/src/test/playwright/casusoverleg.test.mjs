// End-to-end, flow 2 (casusoverleg) in the browser against the real stack: Wijkteam Feijenoord registers a case, the
// Zorg- en Veiligheidshuis accepts it, plans a meeting, puts it on the agenda and invites the police and the OM; the
// police confirms the confidentiality statement (when the API asks for it) and shares criminal information; the OM
// reads it; the probation service, not invited, is told the item does not exist. axe on every new screen.
// Run by the JUnit test in modules/e2e with the whole stack up: `npm ci && node --test`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { logIn, nieuwePagina, screenshot, startChromium, webUrl } from './lib/omgeving.mjs';
import { geenAxeOvertredingen, metScreenshotBijFout, naarMenu } from './lib/schermen.mjs';

const TIJD = { timeout: 240_000 };
const kenmerk = `e2e-${Date.now().toString(36)}`;
/** A week ahead (YYYY-MM-DD, Dutch date): the meeting's date. */
const OVERLEG_DATUM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + 7 * 24 * 3600 * 1000));

let browser;
/** Set by the earlier tests, used by the later ones. */
let aanmeldingId;
let agendapuntId;
/** The second case, for the probation service only. */
let tweedeAanmeldingId;
let tweedeAgendapuntId;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

/** The item page: confirms the confidentiality statement when the API asks for it (403 CSO-020), then waits for the case. */
async function openAgendapunt(page, zoek = kenmerk) {
  await page.getByRole('heading', { level: 1, name: /Agendapunt/ }).waitFor();
  const verklaring = page.getByTestId('geheimhouding');
  const casus = page.getByRole('heading', { level: 2, name: 'De casus' });
  await verklaring.or(casus).first().waitFor();
  if (await verklaring.isVisible()) {
    assert.equal(await page.getByText(new RegExp(zoek)).count(), 0, 'de casus is verborgen tot de verklaring is bevestigd');
    await geenAxeOvertredingen(page, 'Geheimhoudingsverklaring');
    await page.getByRole('button', { name: 'Ik bevestig de geheimhoudingsverklaring' }).click();
    await page.getByText('U heeft de geheimhoudingsverklaring bevestigd.').waitFor();
  }
  await casus.waitFor();
}

describe('casusoverleg: aanmelden, triage, agenda, inbreng', () => {
  it('wt.feijenoord meldt een casus aan; een fout staat naast het veld en niets gaat verloren', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'casusoverleg-aanmelden', async () => {
      await logIn(page, 'wt.feijenoord');
      await naarMenu(page, 'Aanmelden');
      await page.getByRole('heading', { level: 1, name: 'Casus aanmelden' }).waitFor();
      assert.equal(await page.title(), 'Casus aanmelden – Schakel');
      const criteria = page.getByRole('group', { name: /^Criterium \d/ });
      await criteria.first().waitFor();
      await geenAxeOvertredingen(page, 'Casus aanmelden (leeg)');

      await page.getByLabel(/Vraag aan het casusoverleg/).fill(`Wie pakt wat op in dit gezin? (${kenmerk})`);
      const aantal = await criteria.count();
      assert.ok(aantal >= 1, 'de overlegtafel heeft criteria');
      for (let i = 0; i < aantal; i++) {
        const groep = criteria.nth(i);
        await groep.getByLabel('Ja', { exact: true }).check();
        await groep.getByLabel(/^Reden/).fill('Geweld, schulden en een kind in huis (fictief).');
      }
      await page.getByLabel(/^Rol/).selectOption('SLACHTOFFER');
      await page.getByLabel(/^Voornaam/).fill('Fictief');
      await page.locator('#veld-voorgesteldePartners-POL-RR').check();

      // a mistake: the error is next to the field, in Dutch, and what was typed stays
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await page.getByTestId('foutsamenvatting').waitFor();
      const achternaam = page.getByLabel(/^Achternaam/);
      assert.equal(await achternaam.getAttribute('aria-invalid'), 'true');
      const beschrijving = await achternaam.getAttribute('aria-describedby');
      assert.match(await page.locator(`[id="${beschrijving.split(' ').pop()}"]`).innerText(), /Vul de achternaam in/);
      assert.match(await page.getByLabel(/Vraag aan het casusoverleg/).inputValue(), new RegExp(kenmerk));
      assert.equal(await page.getByLabel(/^Voornaam/).inputValue(), 'Fictief');
      await geenAxeOvertredingen(page, 'Casus aanmelden (met fout)');
      await screenshot(page, 'casusoverleg-1-aanmelden-fout');

      await achternaam.fill('Voorbeeld');
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await page.getByText('De aanmelding is verstuurd naar het Zorg- en Veiligheidshuis.').waitFor();
      aanmeldingId = /#\/casusoverleg\/aanmeldingen\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
      assert.ok(aanmeldingId, `id van de aanmelding in ${page.url()}`);
      assert.equal((await page.getByTestId('status').innerText()).trim(), 'Ingediend, wacht op triage');
      await geenAxeOvertredingen(page, 'Aanmelding');

      // a second case (for the probation service), registered without mistakes
      await naarMenu(page, 'Aanmelden');
      await page.getByRole('group', { name: /^Criterium \d/ }).first().waitFor();
      await page.getByLabel(/Vraag aan het casusoverleg/).fill(`Tweede casus: toezicht na detentie? (${kenmerk}-2)`);
      for (let i = 0; i < aantal; i++) {
        const groep = page.getByRole('group', { name: /^Criterium \d/ }).nth(i);
        await groep.getByLabel('Nee', { exact: true }).check();
        await groep.getByLabel(/^Reden/).fill('Alleen de strafketen (fictief).');
      }
      await page.getByLabel(/^Rol/).selectOption('VERMOEDELIJKE_PLEGER');
      await page.getByLabel(/^Voornaam/).fill('Fictieve');
      await page.getByLabel(/^Achternaam/).fill('Tweede');
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await page.getByText('De aanmelding is verstuurd naar het Zorg- en Veiligheidshuis.').waitFor();
      tweedeAanmeldingId = /#\/casusoverleg\/aanmeldingen\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
      assert.ok(tweedeAanmeldingId && tweedeAanmeldingId !== aanmeldingId, 'een tweede aanmelding');

      await naarMenu(page, 'Mijn aanmeldingen');
      await page.locator(`tr[data-id="${aanmeldingId}"]`).waitFor();
      assert.match(await page.locator(`tr[data-id="${aanmeldingId}"]`).innerText(), /Ingediend/);
      await geenAxeOvertredingen(page, 'Mijn aanmeldingen');
      await screenshot(page, 'casusoverleg-2-mijn-aanmeldingen');
    });
    await context.close();
  });

  it('zvh accepteert, plant een overleg, zet de casus op de agenda en nodigt politie en OM uit', TIJD, async () => {
    assert.ok(aanmeldingId, 'de eerste test heeft een casus aangemeld');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'casusoverleg-zvh', async () => {
      await logIn(page, 'zvh');
      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      assert.equal(await menu.getByRole('link', { name: 'Mijn agendapunten' }).count(), 0, 'het ZVH heeft geen partnermenu');
      await naarMenu(page, 'Triage');
      await page.getByRole('heading', { level: 1, name: 'Triage' }).waitFor();
      const rij = page.locator(`tr[data-id="${aanmeldingId}"]`);
      await rij.waitFor();
      assert.match(await rij.getByTestId('termijn').innerText(), /Uiterlijk/);
      await geenAxeOvertredingen(page, 'Triage');
      await screenshot(page, 'casusoverleg-3-triage');

      await rij.getByRole('link').click();
      await page.getByRole('heading', { level: 2, name: 'Triage' }).waitFor();
      assert.match(await page.getByText(new RegExp(kenmerk)).innerText(), /Wie pakt wat op/);
      await geenAxeOvertredingen(page, 'Aanmelding (triage)');
      await page.getByRole('button', { name: 'Accepteren' }).click();
      await page.getByText('De aanmelding is geaccepteerd; de casus kan nu op een agenda.').waitFor();
      assert.equal((await page.getByTestId('status').innerText()).trim(), 'Geaccepteerd');

      await naarMenu(page, 'Triage');
      await page.locator(`tr[data-id="${tweedeAanmeldingId}"]`).getByRole('link').click();
      await page.getByRole('heading', { level: 2, name: 'Triage' }).waitFor();
      await page.getByRole('button', { name: 'Accepteren' }).click();
      await page.getByText('De aanmelding is geaccepteerd; de casus kan nu op een agenda.').waitFor();

      await naarMenu(page, 'Overleggen');
      await page.getByRole('heading', { level: 1, name: 'Overleggen' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Overleg plannen' }).waitFor();
      await geenAxeOvertredingen(page, 'Overleggen');
      await page.getByLabel(/^Datum/).fill(OVERLEG_DATUM);
      await page.getByLabel(/^Aanvang/).fill('10:00');
      await page.getByLabel(/^Plaats/).fill('Zorg- en Veiligheidshuis, zaal 2');
      await page.getByLabel(/^Voorzitter/).fill('Fictieve voorzitter');
      await page.getByLabel(/^Notulist/).fill('Fictieve notulist');
      await page.getByRole('button', { name: 'Overleg plannen' }).click();
      await page.getByText('Het overleg is gepland. Zet er nu casussen op de agenda.').waitFor();
      await page.getByText('Er staat nog niets op de agenda.').waitFor();

      await page.getByLabel('Geaccepteerde aanmelding').selectOption(aanmeldingId);
      await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
      const punt = page.getByTestId('agenda').locator('li').first();
      await punt.waitFor();
      agendapuntId = await punt.getAttribute('data-id');
      assert.ok(agendapuntId, 'het agendapunt heeft een id');
      assert.match(await punt.getByRole('heading', { level: 3 }).innerText(), /Agendapunt 1: casus van Wijkteam Feijenoord/);

      for (const [code, naam] of [
        ['POL-RR', /Politie/],
        ['OM-RDAM', /Openbaar Ministerie|OM/],
      ]) {
        await punt.getByLabel('Partner uitnodigen voor agendapunt 1').selectOption(code);
        await punt.getByRole('button', { name: 'Uitnodigen voor agendapunt 1' }).click();
        await punt.getByTestId('genodigden').getByText(naam).first().waitFor();
      }
      assert.match(await punt.getByTestId('genodigden').innerText(), /nog geen inbreng gedeeld/);

      // the second case, for the probation service only; then moved up with the keyboard-usable button
      await page.getByLabel('Geaccepteerde aanmelding').selectOption(tweedeAanmeldingId);
      await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
      const tweede = page.getByTestId('agenda').locator('li').nth(1);
      await tweede.waitFor();
      tweedeAgendapuntId = await tweede.getAttribute('data-id');
      await tweede.getByLabel('Partner uitnodigen voor agendapunt 2').selectOption('RN-RDAM');
      await tweede.getByRole('button', { name: 'Uitnodigen voor agendapunt 2' }).click();
      await tweede.getByTestId('genodigden').getByText(/Reclassering/).waitFor();
      await geenAxeOvertredingen(page, 'Agenda van het overleg');
      // the button of the second item (its full name is "Omhoog" plus the visually hidden item number)
      await tweede.getByRole('button', { name: /^Omhoog/ }).click();
      await page.getByTestId('aankondiging').getByText(/staat nu op plaats 1 van 2/).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), `omhoog-${tweedeAgendapuntId}`, 'de focus blijft op de verplaatste knop');
      assert.equal(await page.getByTestId('agenda').locator('li').first().getAttribute('data-id'), tweedeAgendapuntId);
      // after the move too: the pointer now rests on the moved-down item's "Omhoog" (hover colours of our own, stop 18)
      await geenAxeOvertredingen(page, 'Agenda na het verplaatsen');
      await screenshot(page, 'casusoverleg-4-agenda');
    });
    await context.close();
  });

  it('politie ziet alleen zijn agendapunt, bevestigt de verklaring en deelt justitiële inbreng', TIJD, async () => {
    assert.ok(agendapuntId, 'de vorige test heeft een agendapunt gemaakt');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'casusoverleg-politie', async () => {
      await logIn(page, 'politie');
      await naarMenu(page, 'Mijn agendapunten');
      await page.getByRole('heading', { level: 1, name: 'Mijn agendapunten' }).waitFor();
      const rij = page.locator(`tr[data-id="${agendapuntId}"]`);
      await rij.waitFor();
      assert.equal(await page.locator(`tr[data-id="${tweedeAgendapuntId}"]`).count(), 0, 'niet het agendapunt van de reclassering');
      await geenAxeOvertredingen(page, 'Mijn agendapunten');
      await rij.getByRole('link').click();
      await openAgendapunt(page);

      assert.match(await page.getByText(new RegExp(kenmerk)).innerText(), /Wie pakt wat op/);
      const waarom = page.getByTestId('waarom');
      await waarom.waitFor();
      assert.match(await waarom.innerText(), /uitgenodigd, en alleen voor dit agendapunt/);
      await geenAxeOvertredingen(page, 'Agendapunt (politie)');

      const inbreng = page.getByTestId('eigen-inbreng');
      await inbreng.getByRole('button', { name: 'Opslaan en delen' }).click();
      assert.equal(await inbreng.getByLabel(/^Gegevenscategorie/).getAttribute('aria-invalid'), 'true');
      await inbreng.getByLabel(/^Gegevenscategorie/).selectOption('JUSTITIEEL');
      await inbreng.getByLabel(/^Grondslag/).fill('art. 16 Wpg (fictief)');
      await inbreng.getByLabel(/^Tekst/).fill(`Twee eerdere aanhoudingen, fictief (${kenmerk}).`);
      await inbreng.getByRole('button', { name: 'Opslaan en delen' }).click();
      await page.getByText('Uw inbreng is gedeeld met de genodigden van dit agendapunt.').waitFor();
      assert.match(await page.getByTestId('inbreng-status').innerText(), /Gedeeld met de genodigden/);
      await geenAxeOvertredingen(page, 'Agendapunt met gedeelde inbreng');
      await screenshot(page, 'casusoverleg-5-inbreng-politie');

      // narrow screen (390 px): still no violations
      await page.setViewportSize({ width: 390, height: 844 });
      await geenAxeOvertredingen(page, 'Agendapunt op 390 px');
      await screenshot(page, 'casusoverleg-6-agendapunt-smal');
    });
    await context.close();
  });

  it('om ziet de justitiële inbreng van de politie', TIJD, async () => {
    assert.ok(agendapuntId, 'er is een agendapunt');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'casusoverleg-om', async () => {
      await logIn(page, 'om');
      await naarMenu(page, 'Mijn agendapunten');
      await page.locator(`tr[data-id="${agendapuntId}"]`).getByRole('link').click();
      await openAgendapunt(page);
      const kaart = page.getByTestId('inbreng').filter({ hasText: kenmerk });
      await kaart.waitFor();
      assert.match(await kaart.innerText(), /Justitiële informatie/);
      assert.match(await kaart.innerText(), /art\. 16 Wpg/);
      await geenAxeOvertredingen(page, 'Agendapunt (OM)');
      await screenshot(page, 'casusoverleg-7-om');
    });
    await context.close();
  });

  it('reclassering ziet alleen zijn eigen agendapunt en krijgt "bestaat niet" op het adres van het andere', TIJD, async () => {
    assert.ok(agendapuntId, 'er is een agendapunt');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'casusoverleg-reclassering', async () => {
      await logIn(page, 'reclassering');
      await naarMenu(page, 'Mijn agendapunten');
      await page.getByRole('heading', { level: 1, name: 'Mijn agendapunten' }).waitFor();
      await page.locator(`tr[data-id="${tweedeAgendapuntId}"]`).waitFor();
      assert.equal(await page.locator(`tr[data-id="${agendapuntId}"]`).count(), 0);
      await page.locator(`tr[data-id="${tweedeAgendapuntId}"]`).getByRole('link').click();
      await openAgendapunt(page, `${kenmerk}-2`);
      assert.equal(await page.getByText(new RegExp(`${kenmerk}\\)`)).count(), 0, 'niets van de eerste casus');

      await page.goto(`${webUrl}/#/casusoverleg/agendapunten/${agendapuntId}`);
      await page.getByRole('alert').waitFor();
      assert.match(await page.getByRole('alert').innerText(), /bestaat niet|Niet gevonden/);
      assert.equal(await page.getByText(new RegExp(kenmerk)).count(), 0);
      assert.equal(await page.getByTestId('geheimhouding').count(), 0, 'geen verklaring voor wie niet is uitgenodigd');
      await geenAxeOvertredingen(page, 'Agendapunt bestaat niet');
    });
    await context.close();
  });
});
