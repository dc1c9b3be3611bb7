// End-to-end, flow 2 (casusoverleg) in the browser against the real stack: Wijkteam Feijenoord registers three cases,
// the Zorg- en Veiligheidshuis accepts them, plans a meeting and puts them on the agenda, each with other partners
// (police, OM and the wijkteam; probation; the Raad); the police confirms the confidentiality statement and shares
// criminal information; the OM reads it, the wijkteam sees only that it was shared and what is withheld; probation is
// told the other item does not exist. In the meeting the ZVH records attendance, the minutes and an action for the
// police; the police takes the minutes, the agenda (only its item, read back by pdf.js) and the calendar invitation
// (parsed by ical.js, no names) along; three weeks later its invitation has ended but its action has not; the ZVH
// closes the case: the OM is told the item no longer exists, the police still closes its action. axe on every screen.
// Run by the JUnit test in modules/e2e with the whole stack up: `npm ci && node --test`.
import assert from 'node:assert/strict';
import { download, icsGebeurtenissen, pdfTekst } from './lib/bestanden.mjs';
import { database } from './lib/database.mjs';
import { after, before, describe, it } from 'node:test';
import { logIn, nieuwePagina, screenshot, startChromium, webUrl } from './lib/omgeving.mjs';
import { geenAxeOvertredingen, metScreenshotBijFout, naarMenu } from './lib/schermen.mjs';

const TIJD = { timeout: 240_000 };
const kenmerk = `e2e-${Date.now().toString(36)}`;
/** A week ahead (YYYY-MM-DD, Dutch date): the meeting's date. */
const OVERLEG_DATUM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + 7 * 24 * 3600 * 1000));

/** Two weeks ahead: the action's due date. */
/** The day after the meeting: it is moved there and back. */
const DAG_LATER = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + 8 * 24 * 3600 * 1000));
/** `2026-12-10` as the screens write it: `10 december 2026`. */
const datumTekst = (iso) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const ACTIE_UITERLIJK = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + 14 * 24 * 3600 * 1000));
const ACTIE = `Zorgmelding opvragen en delen met de casusregisseur (${kenmerk})`;

let browser;
/** Set by the earlier tests, used by the later ones. */
let aanmeldingId;
let overlegId;
let agendapuntId;
/** The second case, for the probation service only. */
let tweedeAanmeldingId;
let tweedeAgendapuntId;
/** The third case, for the Raad voor de Kinderbescherming only. */
let derdeAanmeldingId;
let derdeAgendapuntId;
/** What the test types about people: none of it may be in a calendar file. */
const NAMEN = ['Fictief', 'Fictieve', 'Voorbeeld', 'Tweede', 'Derde'];

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

      // a third (for the Raad only)
      await naarMenu(page, 'Aanmelden');
      await page.getByRole('group', { name: /^Criterium \d/ }).first().waitFor();
      await page.getByLabel(/Vraag aan het casusoverleg/).fill(`Derde casus: onderzoek naar een beschermingsmaatregel? (${kenmerk}-3)`);
      for (let i = 0; i < aantal; i++) {
        const groep = page.getByRole('group', { name: /^Criterium \d/ }).nth(i);
        await groep.getByLabel('Ja', { exact: true }).check();
        await groep.getByLabel(/^Reden/).fill('Zorgen om de kinderen, meerdere ketens (fictief).');
      }
      await page.getByLabel(/^Rol/).selectOption('SLACHTOFFER');
      await page.getByLabel(/^Voornaam/).fill('Fictieve');
      await page.getByLabel(/^Achternaam/).fill('Derde');
      await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
      await page.getByText('De aanmelding is verstuurd naar het Zorg- en Veiligheidshuis.').waitFor();
      derdeAanmeldingId = /#\/casusoverleg\/aanmeldingen\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
      assert.ok(derdeAanmeldingId && ![aanmeldingId, tweedeAanmeldingId].includes(derdeAanmeldingId), 'een derde aanmelding');

      await naarMenu(page, 'Mijn aanmeldingen');
      await page.locator(`tr[data-id="${aanmeldingId}"]`).waitFor();
      assert.match(await page.locator(`tr[data-id="${aanmeldingId}"]`).innerText(), /Ingediend/);
      await geenAxeOvertredingen(page, 'Mijn aanmeldingen');
      await screenshot(page, 'casusoverleg-2-mijn-aanmeldingen');
    });
    await context.close();
  });

  it('zvh accepteert, plant een overleg, zet drie casussen op de agenda, elk met andere partners', TIJD, async () => {
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

      for (const id of [tweedeAanmeldingId, derdeAanmeldingId]) {
        await naarMenu(page, 'Triage');
        await page.locator(`tr[data-id="${id}"]`).getByRole('link').click();
        await page.getByRole('heading', { level: 2, name: 'Triage' }).waitFor();
        await page.getByRole('button', { name: 'Accepteren' }).click();
        await page.getByText('De aanmelding is geaccepteerd; de casus kan nu op een agenda.').waitFor();
      }

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
      overlegId = /#\/casusoverleg\/overleggen\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
      assert.ok(overlegId, `id van het overleg in ${page.url()}`);

      await page.getByLabel('Geaccepteerde aanmelding').selectOption(aanmeldingId);
      await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
      const punt = page.getByTestId('agenda').locator('li').first();
      await punt.waitFor();
      agendapuntId = await punt.getAttribute('data-id');
      assert.ok(agendapuntId, 'het agendapunt heeft een id');
      await punt.getByRole('heading', { level: 3 }).filter({ hasText: 'casus van Wijkteam Feijenoord' }).waitFor();
      assert.match(await punt.getByRole('heading', { level: 3 }).innerText(), /Agendapunt 1: casus van Wijkteam Feijenoord/);

      for (const [code, naam] of [
        ['POL-RR', /Politie/],
        ['OM-RDAM', /Openbaar Ministerie|OM/],
        // the registering wijkteam sits at its own case (and may become its casusregisseur)
        ['WT-RDAM-FEIJ', /Wijkteam Feijenoord/],
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

      // the third case, for the Raad only: three items, each with other partners
      await page.getByLabel('Geaccepteerde aanmelding').selectOption(derdeAanmeldingId);
      await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
      const derde = page.getByTestId('agenda').locator('li').nth(2);
      await derde.waitFor();
      derdeAgendapuntId = await derde.getAttribute('data-id');
      await derde.getByLabel('Partner uitnodigen voor agendapunt 3').selectOption('RVDK-RR');
      await derde.getByRole('button', { name: 'Uitnodigen voor agendapunt 3' }).click();
      await derde.getByTestId('genodigden').getByText(/Raad voor de Kinderbescherming/).waitFor();
      await geenAxeOvertredingen(page, 'Agenda van het overleg');
      // the button of the second item (its full name is "Omhoog" plus the visually hidden item number)
      await tweede.getByRole('button', { name: /^Omhoog/ }).click();
      await page.getByTestId('aankondiging').getByText(/staat nu op plaats 1 van 3/).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), `omhoog-${tweedeAgendapuntId}`, 'de focus blijft op de verplaatste knop');
      assert.equal(await page.getByTestId('agenda').locator('li').first().getAttribute('data-id'), tweedeAgendapuntId);
      assert.equal(await page.getByTestId('agenda').locator('li').count(), 3);
      // after the move too: the pointer now rests on the moved-down item's "Omhoog" (hover colours of our own, stop 18)
      await geenAxeOvertredingen(page, 'Agenda na het verplaatsen');
      await screenshot(page, 'casusoverleg-4-agenda');

      // the meeting moves a day: the heading and the invitees' window move with it; then it moves back
      const toegangTot = async () => (await page.locator('dt', { hasText: 'Genodigden zien hun agendapunt tot' }).locator('xpath=following-sibling::dd[1]').innerText()).trim();
      const vensterVoor = await toegangTot();
      const verplaatsen = page.getByRole('form', { name: 'Overleg verplaatsen' });
      assert.equal(await verplaatsen.getByLabel(/^Nieuwe datum/).inputValue(), OVERLEG_DATUM, 'het formulier begint bij de eigen datum');
      await verplaatsen.getByLabel(/^Nieuwe datum/).fill(DAG_LATER);
      await verplaatsen.getByRole('button', { name: 'Overleg verplaatsen' }).click();
      await page.getByTestId('aankondiging').getByText(/Het overleg is verplaatst naar .* om 10:00; de uitnodigingen schuiven mee\./).waitFor();
      assert.match(await page.getByRole('heading', { level: 1 }).innerText(), new RegExp(datumTekst(DAG_LATER)));
      const vensterNa = await toegangTot();
      assert.notEqual(vensterNa, vensterVoor, 'het venster van de genodigden schoof mee');
      await geenAxeOvertredingen(page, 'Overleg verplaatst');
      await verplaatsen.getByLabel(/^Nieuwe datum/).fill(OVERLEG_DATUM);
      await verplaatsen.getByRole('button', { name: 'Overleg verplaatsen' }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(datumTekst(OVERLEG_DATUM)) }).waitFor();
      assert.equal(await toegangTot(), vensterVoor, 'terug op de eigen datum, terug het eigen venster');
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

  it('het wijkteam ziet op zijn agendapunt dát de politie inbreng deelde en welke categorie voor hem is achtergehouden', TIJD, async () => {
    assert.ok(agendapuntId, 'er is een agendapunt met inbreng van de politie');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'casusoverleg-wijkteam', async () => {
      await logIn(page, 'wt.feijenoord');
      await naarMenu(page, 'Mijn agendapunten');
      await page.locator(`tr[data-id="${agendapuntId}"]`).getByRole('link').click();
      await openAgendapunt(page);
      const kaart = page.getByTestId('inbreng').filter({ hasText: /Politie/ });
      await kaart.waitFor();
      assert.match(await kaart.getByTestId('achtergehouden').innerText(), /Niet voor u zichtbaar.*Justitiële informatie/s);
      assert.equal(await page.getByText(/Twee eerdere aanhoudingen/).count(), 0, 'niet de justitiële tekst');
      await page.getByTestId('genodigden').filter({ hasText: /Politie[^,]*\(inbreng gedeeld\)/ }).waitFor();
      assert.match(await page.getByTestId('genodigden').innerText(), /Politie[^,]*\(inbreng gedeeld\)/);
      await geenAxeOvertredingen(page, 'Agendapunt (wijkteam)');
      await screenshot(page, 'casusoverleg-7b-wijkteam');
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

  it('zvh legt in de vergadermodus aanwezigheid, verslag en een actie voor de politie vast', TIJD, async () => {
    assert.ok(overlegId && agendapuntId, 'er is een overleg met een agendapunt');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'casusoverleg-vergadermodus', async () => {
      await logIn(page, 'zvh');
      await naarMenu(page, 'Overleggen');
      await page.locator(`li[data-id="${overlegId}"]`).getByRole('link').click();
      await page.getByTestId('agenda').locator(`li[data-id="${agendapuntId}"]`).getByRole('link').click();
      await openAgendapunt(page);
      const modus = page.getByTestId('vergadermodus');
      await modus.waitFor();
      await geenAxeOvertredingen(page, 'Vergadermodus');

      await modus.getByLabel(/^Politie.* aanwezig$/).check();
      await modus.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
      await page.getByText('De aanwezigheid is opgeslagen.').waitFor();

      // the minutes, written during the meeting: a casusregisseur without a name is named, what was typed stays
      await modus.getByLabel(/^Analyse/).fill(`Meerdere ketens, geen regie (fictief, ${kenmerk}).`);
      await modus.getByLabel(/^Besluiten/).fill('Eén plan, het wijkteam regisseert (fictief).');
      await modus.getByLabel(/^Plan van aanpak/).fill('Wekelijks contact, veiligheidsplan binnen twee weken (fictief).');
      await modus.getByLabel(/^Casusregisseur: organisatie/).selectOption('WT-RDAM-FEIJ');
      await modus.getByRole('button', { name: 'Verslag opslaan' }).click();
      const regisseur = modus.getByLabel(/^Casusregisseur: naam/);
      assert.equal(await regisseur.getAttribute('aria-invalid'), 'true');
      assert.equal(await page.evaluate(() => document.activeElement?.id), await regisseur.getAttribute('id'), 'de focus staat op het veld');
      assert.match(await modus.getByLabel(/^Analyse/).inputValue(), new RegExp(kenmerk));
      await regisseur.fill('Fictieve regisseur');
      await modus.getByRole('button', { name: 'Verslag opslaan' }).click();
      await page.getByText('Het verslag is opgeslagen.').waitFor();

      await modus.getByLabel(/^Actiehouder/).selectOption('POL-RR');
      await modus.getByLabel(/^Wat moet er gebeuren/).fill(ACTIE);
      await modus.getByLabel(/^Uiterlijk/).fill(ACTIE_UITERLIJK);
      await modus.getByRole('button', { name: 'Actie toewijzen' }).click();
      await page.getByText(/De actie is toegewezen aan Politie/).waitFor();
      await page.getByTestId('acties-punt').getByText(ACTIE).waitFor();
      await geenAxeOvertredingen(page, 'Vergadermodus met verslag en actie');
      await screenshot(page, 'casusoverleg-8-vergadermodus');
    });
    await context.close();
  });

  it('politie leest het verslag, neemt verslag en agenda mee als PDF en vindt zijn actie', TIJD, async () => {
    assert.ok(agendapuntId, 'er is een agendapunt met een verslag');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'casusoverleg-politie-verslag', async () => {
      await logIn(page, 'politie');
      await naarMenu(page, 'Mijn agendapunten');
      await page.locator(`tr[data-id="${agendapuntId}"]`).getByRole('link').click();
      await openAgendapunt(page);
      await page.getByRole('heading', { level: 2, name: 'Verslag', exact: true }).waitFor();
      assert.match(await page.getByText('Eén plan, het wijkteam regisseert (fictief).').innerText(), /wijkteam regisseert/);

      // the minutes as a file, as the agenda below: a PDF, no name in its file name, the download logged
      const verslag = await download(page, () => page.getByRole('button', { name: 'Verslag als PDF' }).click());
      await page.getByText('Het verslag (PDF) is gedownload.').waitFor();
      assert.equal(verslag.naam, `verslag-${agendapuntId}.pdf`);
      const verslagTekst = await pdfTekst(verslag.inhoud);
      assert.match(verslagTekst, /het wijkteam regisseert/);
      assert.match(verslagTekst, /Fictieve regisseur/, 'de casusregisseur');
      assert.ok(verslagTekst.includes(ACTIE.slice(0, 30)), 'de actie van de politie');
      assert.ok(!verslagTekst.includes('Voorbeeld'), 'geen namen van betrokkenen in het verslag');

      // the agenda as the police's copy: only its own item, by the case's reference, no names (read back by pdf.js)
      const agenda = await download(page, () => page.getByRole('button', { name: 'Agenda (PDF)' }).click());
      await page.getByText('De agenda (PDF) is gedownload.').waitFor();
      assert.equal(agenda.inhoud.subarray(0, 5).toString('latin1'), '%PDF-', `${agenda.naam} is een PDF`);
      const agendaTekst = await pdfTekst(agenda.inhoud);
      assert.match(agendaTekst, /Agendapunten waarvoor uw organisatie is uitgenodigd/);
      assert.match(agendaTekst, new RegExp(`C-${aanmeldingId.slice(0, 8).toUpperCase()}`), 'het eigen agendapunt');
      for (const ander of [tweedeAanmeldingId, derdeAanmeldingId]) {
        assert.doesNotMatch(agendaTekst, new RegExp(`C-${ander.slice(0, 8).toUpperCase()}`), 'niet het agendapunt van een ander');
      }
      for (const naam of [...NAMEN, kenmerk]) assert.ok(!agendaTekst.includes(naam), `geen ${naam} in de agenda`);

      // the calendar invitation parses as iCalendar: the meeting's day, the table, no names or case words
      const ics = await download(page, () => page.getByRole('button', { name: /Uitnodiging voor uw agenda/ }).click());
      await page.getByText('De agenda-uitnodiging is gedownload.').waitFor();
      const gebeurtenissen = icsGebeurtenissen(ics.inhoud.toString('utf8'));
      assert.equal(gebeurtenissen.length, 1, 'één afspraak');
      assert.ok(gebeurtenissen[0].begin.startsWith(OVERLEG_DATUM), `${gebeurtenissen[0].begin} is de dag van het overleg`);
      assert.match(gebeurtenissen[0].samenvatting, /Casusoverleg/);
      assert.match(gebeurtenissen[0].beschrijving, /Agendapunten voor uw organisatie: 2\./, 'alleen het nummer van het eigen punt (na het verplaatsen 2)');
      const icsTekst = ics.inhoud.toString('utf8');
      for (const naam of [...NAMEN, kenmerk]) assert.ok(!icsTekst.includes(naam), `geen ${naam} in de agenda-uitnodiging`);

      await naarMenu(page, 'Mijn acties');
      await page.getByRole('heading', { level: 1, name: 'Mijn acties' }).waitFor();
      const rij = page.getByTestId('acties').locator('tr').filter({ hasText: ACTIE });
      await rij.waitFor();
      await geenAxeOvertredingen(page, 'Mijn acties');
      await screenshot(page, 'casusoverleg-9-mijn-acties');
    });
    await context.close();
  });

  it('drie weken na het overleg is het venster voorbij: de politie ziet haar agendapunt niet meer, haar actie wel', TIJD, async () => {
    assert.ok(overlegId && agendapuntId, 'er is een overleg met een agendapunt en een actie');
    const db = database();
    assert.ok(db, 'deze stap verschuift de tijd in de database van de stack: geef SCHAKEL_DB_* mee (de JUnit-runner doet dat)');
    // as the Arquillian tests do: the meeting three weeks ago, the police's invitation ended six days ago (the window is 14)
    assert.equal((await db.voerUit('update casusoverleg.overleg set datum = current_date - 21 where id = $1::uuid', [overlegId])).rowCount, 1);
    const venster = await db.voerUit(
      `update toegang.toegang set geldig_van = now() - interval '22 days', geldig_tot = now() - interval '6 days'
        where bron_id = $1::uuid and organisatie_code = 'POL-RR' and reden = 'UITGENODIGD'`,
      [agendapuntId],
    );
    assert.equal(venster.rowCount, 1, 'de uitnodiging van de politie voor dit agendapunt');

    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'casusoverleg-na-het-venster', async () => {
      await logIn(page, 'politie');
      await page.goto(`${webUrl}/#/casusoverleg/agendapunten/${agendapuntId}`);
      await page.getByRole('alert').waitFor();
      assert.match(await page.getByRole('alert').innerText(), /bestaat niet|Niet gevonden/);
      assert.equal(await page.getByText(new RegExp(kenmerk)).count(), 0, 'niets van de casus na het venster');

      await naarMenu(page, 'Mijn acties');
      await page.getByTestId('acties').locator('tr').filter({ hasText: ACTIE }).getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: `Actie: ${ACTIE}` }).waitFor();
      assert.match(await page.getByRole('region', { name: 'Afspraken uit het overleg' }).innerText(), /het wijkteam regisseert/);
      assert.equal((await page.getByTestId('status').innerText()).trim(), 'Open');
      await geenAxeOvertredingen(page, 'Actie na het venster');
    });
    await context.close();
  });

  it('zvh schaalt de casus af: het OM ziet het agendapunt niet meer, de politie houdt haar actie tot die af is', TIJD, async () => {
    assert.ok(agendapuntId, 'er is een agendapunt');
    const zvh = await nieuwePagina(browser);
    await metScreenshotBijFout(zvh.page, 'casusoverleg-afschalen', async () => {
      const page = zvh.page;
      await logIn(page, 'zvh');
      await page.goto(`${webUrl}/#/casusoverleg/agendapunten/${agendapuntId}`);
      await openAgendapunt(page);
      await page.getByRole('link', { name: 'Naar de aanmelding van deze casus (afschalen)' }).click();
      await page.getByRole('heading', { level: 2, name: 'Afschalen' }).waitFor();
      await page.getByRole('button', { name: 'Casus afschalen' }).click();
      await page.getByRole('button', { name: 'Afschalen bevestigen' }).click();
      assert.equal(await page.getByLabel(/^Waarom schaalt u de casus af/).getAttribute('aria-invalid'), 'true', 'zonder reden geen afschaling');
      await page.getByLabel(/^Waarom schaalt u de casus af/).fill('Plan staat, het wijkteam regisseert (fictief).');
      await geenAxeOvertredingen(page, 'Afschalen');
      await page.getByRole('button', { name: 'Afschalen bevestigen' }).click();
      await page.getByText(/De casus is afgeschaald/).waitFor();
      await screenshot(page, 'casusoverleg-10-afgeschaald');
    });
    await zvh.context.close();

    const om = await nieuwePagina(browser);
    await metScreenshotBijFout(om.page, 'casusoverleg-om-na-afschaling', async () => {
      const page = om.page;
      await logIn(page, 'om');
      await naarMenu(page, 'Mijn agendapunten');
      await page.getByRole('heading', { level: 1, name: 'Mijn agendapunten' }).waitFor();
      await page.getByRole('table').or(page.getByText(/voor geen komend agendapunt uitgenodigd/)).first().waitFor();
      assert.equal(await page.locator(`tr[data-id="${agendapuntId}"]`).count(), 0, 'niet meer in de lijst van het OM');
      await page.goto(`${webUrl}/#/casusoverleg/agendapunten/${agendapuntId}`);
      await page.getByRole('alert').waitFor();
      assert.match(await page.getByRole('alert').innerText(), /bestaat niet|Niet gevonden/);
      assert.equal(await page.getByText(new RegExp(kenmerk)).count(), 0, 'niets van de casus');
      await geenAxeOvertredingen(page, 'Agendapunt na afschaling (OM)');
    });
    await om.context.close();

    const politie = await nieuwePagina(browser);
    await metScreenshotBijFout(politie.page, 'casusoverleg-actie-na-afschaling', async () => {
      const page = politie.page;
      await logIn(page, 'politie');
      await naarMenu(page, 'Mijn acties');
      await page.getByTestId('acties').locator('tr').filter({ hasText: ACTIE }).getByRole('link').click();
      await page.getByRole('heading', { level: 1, name: `Actie: ${ACTIE}` }).waitFor();
      assert.match(await page.getByRole('region', { name: 'Afspraken uit het overleg' }).innerText(), /het wijkteam regisseert/);
      assert.equal(await page.getByText(/Twee eerdere aanhoudingen/).count(), 0, 'geen inbreng op de actie');
      await geenAxeOvertredingen(page, 'Actie na afschaling');
      await page.getByRole('button', { name: 'Actie afronden' }).click();
      await page.getByText('Kies of de actie is gedaan.').first().waitFor();
      await page.getByLabel('Gedaan', { exact: true }).check();
      await page.getByRole('button', { name: 'Actie afronden' }).click();
      await page.getByText('De actie is afgerond als gedaan.').waitFor();
      assert.equal((await page.getByTestId('status').innerText()).trim(), 'Gedaan');
      await screenshot(page, 'casusoverleg-11-actie-afgerond');
    });
    await politie.context.close();
  });
});
