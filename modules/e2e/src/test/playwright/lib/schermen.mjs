// Steps every browser test takes on a screen: the axe check, the main menu, a screenshot when a step fails.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { screenshot } from './omgeving.mjs';

/** axe-core (WCAG 2.1 A/AA) finds nothing on the page, and really checked it. */
export async function geenAxeOvertredingen(page, scherm) {
  const uitslag = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const overtredingen = uitslag.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(overtredingen, [], `axe-core vond overtredingen op ${scherm}:\n${overtredingen.join('\n')}`);
  assert.ok(uitslag.passes.length > 0, `axe-core heeft ${scherm} echt gecontroleerd`);
}

export async function naarMenu(page, naam) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: naam, exact: true }).click();
}

/** Runs a step; when it fails, keeps a screenshot of what the browser showed, then fails. */
export async function metScreenshotBijFout(page, naam, werk) {
  try {
    await werk();
  } catch (fout) {
    await screenshot(page, `FOUT-${naam}`).catch(() => {});
    throw fout;
  }
}
