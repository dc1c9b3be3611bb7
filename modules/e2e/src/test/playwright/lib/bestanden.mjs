// What a browser test downloads, read back by maintained parsers rather than by looking at bytes: the PDF's text by
// Mozilla's pdf.js (as a reader's PDF viewer shows it), an iCalendar file by ical.js (RFC 5545, as a calendar reads it).
import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import ICAL from 'ical.js';

/** Saves what a click downloads and returns its name and bytes. */
export async function download(page, klik) {
  const [bestand] = await Promise.all([page.waitForEvent('download'), klik()]);
  return { naam: bestand.suggestedFilename(), inhoud: await readFile(await bestand.path()) };
}

/** The text of every page of a PDF, in reading order, pages separated by a blank line. */
export async function pdfTekst(inhoud) {
  const document = await getDocument({ data: new Uint8Array(inhoud), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const paginas = [];
    for (let nummer = 1; nummer <= document.numPages; nummer++) {
      const pagina = await document.getPage(nummer);
      const { items } = await pagina.getTextContent();
      paginas.push(items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join(''));
    }
    return paginas.join('\n\n');
  } finally {
    await document.destroy();
  }
}

/** The events of an iCalendar file (throws when it does not parse): summary, location, description, start (as text). */
export function icsGebeurtenissen(tekst) {
  const kalender = new ICAL.Component(ICAL.parse(tekst));
  return kalender.getAllSubcomponents('vevent').map((v) => {
    const gebeurtenis = new ICAL.Event(v);
    return {
      samenvatting: gebeurtenis.summary ?? '',
      plaats: gebeurtenis.location ?? '',
      beschrijving: gebeurtenis.description ?? '',
      begin: gebeurtenis.startDate?.toString() ?? '',
    };
  });
}
