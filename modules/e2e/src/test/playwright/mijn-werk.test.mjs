// End-to-end: log in on the real Keycloak, land on "Mijn werk", accessibility and keyboard use.
// Run by the JUnit test in modules/e2e with the whole stack up: `npm ci && node --test`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import {
  DEMO_GEBRUIKERS,
  logIn,
  nieuwePagina,
  screenshot,
  startChromium,
  wachtOpInlogpagina,
  webUrl,
  weergavenaam,
} from './lib/omgeving.mjs';
import { geenAxeOvertredingen } from './lib/schermen.mjs';

const TIJD = { timeout: 180_000 };

let browser;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

describe('inloggen en Mijn werk', () => {
  for (const [gebruikersnaam, verwacht] of Object.entries(DEMO_GEBRUIKERS)) {
    it(`${gebruikersnaam} logt in via Keycloak en ziet naam, organisatie en rol`, TIJD, async () => {
      const { context, page } = await nieuwePagina(browser);
      try {
        await logIn(page, gebruikersnaam);
        assert.equal(await page.title(), 'Mijn werk – Schakel');

        const naam = (await page.getByTestId('naam').innerText()).trim();
        const verwachteNaam = weergavenaam(gebruikersnaam);
        if (verwachteNaam) {
          assert.equal(naam, verwachteNaam, 'weergavenaam uit de realm');
        } else {
          assert.ok(naam.length > 0, 'er staat een naam');
        }

        const organisatie = await page.getByTestId('organisatie').innerText();
        assert.match(organisatie, new RegExp(escape(verwacht.organisatie)), 'organisatienaam');
        assert.doesNotMatch(organisatie, new RegExp(`\\b${escape(verwacht.organisatieCode)}\\b`), 'geen organisatiecode');

        const rollen = await page.getByTestId('rollen').innerText();
        assert.match(rollen, new RegExp(escape(verwacht.rolLabel)), 'leesbare rol');
        assert.doesNotMatch(rollen, new RegExp(`\\b${escape(verwacht.rol)}\\b`), 'geen rolcode');
        assert.equal(await page.locator('main code').count(), 0, 'geen codes of gebruikersnamen in codeletter');

        await screenshot(page, `mijn-werk-${gebruikersnaam}`);
      } catch (fout) {
        await screenshot(page, `FOUT-mijn-werk-${gebruikersnaam}`).catch(() => {});
        throw fout;
      } finally {
        await context.close();
      }
    });
  }
});

/** Per role: the tiles of its own work (codes from `GET /mijn-werk`) and the menu items that reach its pages. */
const WERK_PER_ROL = {
  'vt.procesregisseur': {
    tegels: ['verstuurd-concept', 'verstuurd-open', 'verstuurd-teruggelegd', 'monitoring-te-doen', 'noodtoegang-te-beoordelen'],
    menu: ['Mijn werk', 'Nieuwe overdracht', 'Verstuurd', 'Monitoring', 'Noodtoegang beoordelen', 'Verwerkingsregister'],
  },
  'vt.teamleider': { tegels: ['opgeschaald'], menu: ['Mijn werk', 'Opgeschaald'] },
  'wt.feijenoord': {
    tegels: ['inbox-nieuw', 'inbox-in-behandeling', 'inbox-verlopen', 'door-ons-teruggelegd'],
    menu: ['Mijn werk', 'Inbox', 'Door ons teruggelegd'],
  },
  cit: {
    tegels: ['inbox-nieuw', 'inbox-in-behandeling', 'inbox-verlopen', 'door-ons-teruggelegd'],
    menu: ['Mijn werk', 'Inbox', 'Door ons teruggelegd'],
  },
  raad: {
    tegels: ['inbox-nieuw', 'inbox-in-behandeling', 'inbox-verlopen', 'door-ons-teruggelegd'],
    menu: ['Mijn werk', 'Inbox', 'Door ons teruggelegd'],
  },
  'vt.crisis': { tegels: ['inbox-nieuw', 'inbox-in-behandeling', 'inbox-teruggelegd', 'inbox-verlopen'], menu: ['Mijn werk', 'Inbox'] },
  fg: { tegels: ['noodtoegang-te-beoordelen'], menu: ['Mijn werk', 'Noodtoegang beoordelen', 'Logboek', 'Verwerkingsregister', 'Vernietiging', 'Termijnen van verzoeken'] },
};

describe('Mijn werk per rol', () => {
  for (const [gebruikersnaam, verwacht] of Object.entries(WERK_PER_ROL)) {
    it(`${gebruikersnaam} ziet de eigen tellingen als links en een menu naar al zijn schermen`, TIJD, async () => {
      const { context, page } = await nieuwePagina(browser);
      try {
        await logIn(page, gebruikersnaam);
        const werk = page.getByRole('region', { name: 'Werkvoorraad' });
        await werk.locator('[data-code]').first().waitFor();
        const tegels = await werk.locator('[data-code]').evaluateAll((t) => t.map((e) => e.getAttribute('data-code')));
        // other flows (casusoverleg) may add their own tiles: these are flow 1's and the review's
        for (const code of verwacht.tegels) assert.ok(tegels.includes(code), `tegel ${code} in ${tegels}`);
        for (const code of Object.values(WERK_PER_ROL).flatMap((w) => w.tegels)) {
          if (!verwacht.tegels.includes(code)) assert.ok(!tegels.includes(code), `geen tegel ${code} voor ${gebruikersnaam}`);
        }
        const eerste = werk.locator(`[data-code="${verwacht.tegels[0]}"] a`);
        assert.match(await eerste.innerText(), /^\d+\s/, 'een aantal vooraan');
        // the menu fills when the app's own /mij answers: wait until it holds as many items as expected
        const links = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
        await links.nth(verwacht.menu.length - 1).waitFor();
        const menu = await links.evaluateAll((alle) => alle.map((l) => l.textContent.trim()));
        for (const item of verwacht.menu) assert.ok(menu.includes(item), `menu-item ${item} in ${menu}`);
        await screenshot(page, `mijn-werk-tegels-${gebruikersnaam}`);
      } catch (fout) {
        await screenshot(page, `FOUT-mijn-werk-tegels-${gebruikersnaam}`).catch(() => {});
        throw fout;
      } finally {
        await context.close();
      }
    });
  }

  it('beheer ziet het partnerregister: organisaties met code, soort en gemeenten bij naam, alleen-lezen met reden', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    try {
      await logIn(page, 'beheer');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partnerregister' }).click();
      await page.getByRole('heading', { level: 1, name: 'Partnerregister' }).waitFor();
      assert.equal(await page.title(), 'Partnerregister – Schakel');
      const feij = page.locator('tr[data-code="WT-RDAM-FEIJ"]');
      await feij.waitFor();
      assert.match(await feij.innerText(), /Wijkteam Feijenoord/);
      assert.match(await feij.innerText(), /Rotterdam/);
      assert.doesNotMatch(await page.getByTestId('partners').innerText(), /GM\d{4}/, 'gemeenten bij naam, geen codes');
      assert.match(await page.getByTestId('alleen-lezen').innerText(), /niet wijzigen/);
      await page.getByLabel('Zoek op naam of code').fill('WT-RDAM-FEIJ');
      assert.match(await page.getByTestId('partneraantal').innerText(), /^1 organisatie$/);
      await geenAxeOvertredingen(page, 'Partnerregister');
      await page.setViewportSize({ width: 390, height: 844 });
      await geenAxeOvertredingen(page, 'Partnerregister op 390 px');
      await screenshot(page, 'beheer-partnerregister');
    } catch (fout) {
      await screenshot(page, 'FOUT-beheer-partnerregister').catch(() => {});
      throw fout;
    } finally {
      await context.close();
    }
  });

  it('de fg doorzoekt het logboek in woorden, met het toetsenbord, en axe-core vindt niets', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    try {
      await logIn(page, 'fg');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).click();
      await page.getByRole('heading', { level: 1, name: 'Logboek' }).waitFor();
      assert.equal(await page.title(), 'Logboek – Schakel');
      const tabel = page.getByTestId('logboek-tabel');
      await tabel.waitFor();
      const tekst = await tabel.innerText();
      assert.doesNotMatch(tekst, /\b(overdracht|logboek|noodtoegang)\.[a-z-]+\b/, 'geen regelnamen');
      assert.doesNotMatch(tekst, /functionaris-gegevensbescherming|procesregisseur\b/, 'geen rolcodes');

      // keyboard: choose a kind of case and search with Enter
      await page.getByLabel('Soort zaak').focus();
      await page.getByLabel('Soort zaak').selectOption('OVERDRACHT');
      await page.getByLabel('Vanaf').fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10));
      // the status still shows the unfiltered page until the filtered answer is in: wait for that answer first
      const gefilterd = page.waitForResponse(
        (r) => r.url().includes('/logboek?') && r.url().includes('bronType=OVERDRACHT') && r.request().method() === 'GET',
      );
      await page.getByLabel('Vanaf').press('Enter');
      assert.equal((await gefilterd).status(), 200);
      await page.getByTestId('logboek-status').filter({ hasText: /regels? op pagina 1|geen logboekregels/ }).waitFor();
      const status = await page.getByTestId('logboek-status').innerText();
      assert.match(status, /regels? op pagina 1|Er zijn geen logboekregels gevonden/);
      if (await tabel.isVisible()) {
        const zaken = await tabel.locator('tbody tr td:nth-child(4)').allInnerTexts();
        for (const zaak of zaken) assert.match(zaak, /^Overdracht/, 'alleen overdrachten na het filter');
      }

      const uitslag = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const overtredingen = uitslag.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(overtredingen, [], `axe-core op het logboek:\n${overtredingen.join('\n')}`);
      await screenshot(page, 'logboek-fg');
    } catch (fout) {
      await screenshot(page, 'FOUT-logboek-fg').catch(() => {});
      throw fout;
    } finally {
      await context.close();
    }
  });
});

describe('toegankelijkheid', () => {
  it('axe-core vindt geen WCAG 2.1 A/AA-overtredingen op Mijn werk', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    try {
      await logIn(page, 'vt.procesregisseur');
      const uitslag = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const overtredingen = uitslag.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
      );
      assert.deepEqual(overtredingen, [], `axe-core vond overtredingen:\n${overtredingen.join('\n')}`);
      assert.ok(uitslag.passes.length > 0, 'axe-core heeft echt gecontroleerd');
    } catch (fout) {
      await screenshot(page, 'FOUT-axe').catch(() => {});
      throw fout;
    } finally {
      await context.close();
    }
  });

  it('met het toetsenbord: eerst de skiplink, dan uitloggen met Enter', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    try {
      await logIn(page, 'wt.feijenoord');

      await page.keyboard.press('Tab');
      const eerste = await page.evaluate(() => ({
        tekst: document.activeElement?.textContent?.trim(),
        href: document.activeElement?.getAttribute('href'),
      }));
      assert.deepEqual(eerste, { tekst: 'Direct naar de inhoud', href: '#inhoud' }, 'eerste tabstop is de skiplink');
      await screenshot(page, 'toetsenbord-skiplink');

      let opUitloggen = false;
      for (let i = 0; i < 15 && !opUitloggen; i++) {
        await page.keyboard.press('Tab');
        opUitloggen = await page.evaluate(
          () => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent?.trim() === 'Uitloggen',
        );
      }
      assert.ok(opUitloggen, 'de uitlogknop is met Tab te bereiken');
      await screenshot(page, 'toetsenbord-uitloggen');

      await page.keyboard.press('Enter');
      await wachtOpInlogpagina(page);
      await screenshot(page, 'na-uitloggen-inlogpagina');

      // the Keycloak session has really ended: opening Schakel again asks for a login
      await page.goto(webUrl);
      await wachtOpInlogpagina(page);
    } catch (fout) {
      await screenshot(page, 'FOUT-toetsenbord').catch(() => {});
      throw fout;
    } finally {
      await context.close();
    }
  });
});

function escape(tekst) {
  return tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every role's every menu page on a phone: the roles of the three flows, the privacy officer and the beheerder. */
const TELEFOONROLLEN = ['vt.procesregisseur', 'wt.feijenoord', 'vt.crisis', 'zvh', 'politie', 'filomena', 'fg', 'beheer'];

describe('op een telefoon (390 px)', () => {
  for (const gebruikersnaam of TELEFOONROLLEN) {
    it(`${gebruikersnaam}: elk scherm in het menu past op 390 px en axe-core vindt niets`, TIJD, async () => {
      const { context, page } = await nieuwePagina(browser);
      try {
        await page.setViewportSize({ width: 390, height: 844 });
        await logIn(page, gebruikersnaam);
        const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
        // the menu gets its role items when the app's own /mij answers, which can be just after Mijn werk shows the
        // name (two requests): wait for a second item (each of these roles has one), then read them all
        await menu.getByRole('link').nth(1).waitFor();
        const items = await menu.getByRole('link').evaluateAll((links) => links.map((l) => l.textContent.trim()));
        assert.ok(items.length >= 2, `${gebruikersnaam} heeft een menu: ${items}`);
        for (const item of items) {
          await menu.getByRole('link', { name: item, exact: true }).click();
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          // a list screen says it is loading first: check what it shows once loaded
          await page.getByText(/wordt geladen/).first().waitFor({ state: 'hidden' });
          const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(breedte <= 390, `${item} past op 390 px (scrollWidth ${breedte})`);
          await geenAxeOvertredingen(page, `${item} (${gebruikersnaam}, 390 px)`);
        }
        await screenshot(page, `telefoon-${gebruikersnaam}`);
      } catch (fout) {
        await screenshot(page, `FOUT-telefoon-${gebruikersnaam}`).catch(() => {});
        throw fout;
      } finally {
        await context.close();
      }
    });
  }
});
