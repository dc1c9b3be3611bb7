import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

// read as text (vitest runs in the frontend folder and replaces imported CSS, also `?raw`, with an empty string)
const stijl = readFileSync('src/styles.css', 'utf8');

/**
 * The hover colours of the white secondary buttons (the agenda's Omhoog/Omlaag, every "schakel-knop-secundair"): the
 * Rotterdam theme gives a hovered secondary button a dark grey background, so the text colour must come with it here.
 * axe-core found 1.2:1 under the mouse pointer after moving an agenda item; this reads the declarations themselves.
 */

/** The declarations of every rule whose selector list is exactly {@code selectors} (later ones win). */
function regel(selectors: string): Record<string, string> {
  const zonderCommentaar = stijl.replace(/\/\*[\s\S]*?\*\//g, '');
  const declaraties: Record<string, string> = {};
  for (const m of zonderCommentaar.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (m[1].split(',').map((x) => x.trim()).join(', ') !== selectors) continue;
    for (const d of m[2].split(';')) {
      const i = d.indexOf(':');
      if (i > 0) declaraties[d.slice(0, i).trim()] = d.slice(i + 1).trim();
    }
  }
  return declaraties;
}

/** A colour as written here: #rgb/#rrggbb, or var(--schakel-…) resolved through the theme block's fallback. */
function kleur(waarde: string | undefined): string {
  if (!waarde) throw new Error('geen kleur');
  const variabele = /^var\((--schakel-[a-z-]+)\)$/.exec(waarde);
  if (variabele) {
    const thema = regel('.rotterdam-theme');
    const fallback = /,\s*(#[0-9a-f]{3,6})\)$/i.exec(thema[variabele[1]] ?? '');
    return kleur(fallback?.[1]);
  }
  if (!/^#[0-9a-f]{6}$/i.test(waarde) && /^#[0-9a-f]{3}$/i.test(waarde)) return `#${[...waarde.slice(1)].map((c) => c + c).join('')}`;
  return waarde;
}

function luminantie(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [licht, donker] = [luminantie(a), luminantie(b)].sort((x, y) => y - x);
  return (licht + 0.05) / (donker + 0.05);
}

describe('secundaire knoppen: kleuren bij hover', () => {
  it('de witte knoppen zetten hun eigen hoverkleuren, met genoeg contrast (WCAG 1.4.3)', () => {
    const secundair = regel('.schakel-knop-secundair, .schakel-knop-verwijder');
    const achtergrond = kleur(secundair['--utrecht-button-secondary-action-hover-background-color']);
    const tekst = kleur(secundair['--utrecht-button-secondary-action-hover-color']);
    expect(contrast(tekst, achtergrond)).toBeGreaterThanOrEqual(4.5);
    expect(secundair['--utrecht-button-secondary-action-hover-border-color']).toBeTruthy();
    // and at rest: dark green on white
    expect(contrast(kleur(secundair['--utrecht-button-secondary-action-color']), kleur(secundair['--utrecht-button-secondary-action-background-color']))).toBeGreaterThanOrEqual(4.5);
  });

  it('de verwijderknop ook', () => {
    const secundair = regel('.schakel-knop-secundair, .schakel-knop-verwijder');
    const verwijder = regel('.schakel-knop-verwijder');
    const achtergrond = kleur(verwijder['--utrecht-button-secondary-action-hover-background-color']);
    const tekst = kleur(verwijder['--utrecht-button-secondary-action-hover-color'] ?? secundair['--utrecht-button-secondary-action-hover-color']);
    expect(contrast(tekst, achtergrond)).toBeGreaterThanOrEqual(4.5);
  });

  it('rekent het contrast goed uit', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // what the theme gave before: dark green text on the Rotterdam hover grey
    expect(contrast('#00602e', '#404b4f')).toBeLessThan(1.3);
  });
});
