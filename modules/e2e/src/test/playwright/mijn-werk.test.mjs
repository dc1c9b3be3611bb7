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
        assert.match(organisatie, new RegExp(`\\b${escape(verwacht.organisatieCode)}\\b`), 'organisatiecode');

        const rollen = await page.getByTestId('rollen').innerText();
        assert.match(rollen, new RegExp(escape(verwacht.rolLabel)), 'leesbare rol');
        assert.match(rollen, new RegExp(`\\b${escape(verwacht.rol)}\\b`), 'rolcode');

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
