// End-to-end, flow 3 (crisisdossier) in the browser against the real stack: Veilig Thuis's crisis desk reports a crisis
// on the shared intake form with the CIT and Filomena as partners; the crisis desk and the CIT, each in a browser of
// their own, see each other's new entries within a second without reloading (measured over 20 entries, median and max
// printed); the SOF7 countdown runs on the browser's clock, which the test moves eight days on; the CIT records the SOF7 as
// done, Veilig Thuis asks Filomena for a screening and Filomena starts DMFI with a review moment, all seen live; Filomena adds a medical
// finding; the CIT closes the crisis while Veilig Thuis watches; Filomena opens another crisis by break-glass and the
// privacy officer reviews it; Veilig Thuis scales a third crisis down to a pre-filled concept overdracht, its
// procesregisseur completes and sends it through flow 1 and the wijkteam finds it in its inbox. axe-core on every new screen.
// Run by the JUnit test in modules/e2e with the whole stack up: `npm ci && node --test`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { database } from './lib/database.mjs';
import { TELEFOON_VT, logIn, nieuwePagina, screenshot, startChromium, webUrl } from './lib/omgeving.mjs';
import { geenAxeOvertredingen, metScreenshotBijFout, naarMenu } from './lib/schermen.mjs';

const TIJD = { timeout: 300_000 };
const kenmerk = `e2e${Date.now().toString(36)}`;
/** The family name of this run's crisis: fictional, and findable. */
const ACHTERNAAM = `Fictief-${kenmerk}`;
const AANTAL_LIVE = 20;
/** Issue 13: each co-owner's open screen shows a new entry within one second. */
const LIVE_GRENS_MS = 1000;

let browser;
/** Set by the first test, used by the later ones. */
let dossierId;
let tweedeDossierId;
let derdeDossierId;
let conceptId;

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

/** Logs in and opens the crisis file; waits for its header and the live stream. */
async function openDossier(gebruiker, id) {
  const { context, page } = await nieuwePagina(browser);
  await logIn(page, gebruiker);
  await page.goto(`${webUrl}/#/crisisdossiers/${id}`);
  await page.getByTestId('kop').waitFor();
  await page.getByTestId('live-toestand').filter({ hasText: /^Live: / }).waitFor();
  return { context, page };
}

/** Fills the intake form: one child of the fictional family, the chosen partners, SOF7 on. */
async function vulMeldingIn(page, partners) {
  await page.getByLabel(/^Wat is er gebeurd/).fill(`Politie meldt om 02:10 ernstig geweld tussen de ouders; twee kinderen thuis (${kenmerk}, fictief).`);
  await page.getByLabel(/^Directe veiligheid/).fill('Vader is aangehouden; moeder en kinderen slapen bij de buren (fictief).');
  await page.getByLabel(/^Rol/).first().selectOption('KIND');
  await page.getByLabel(/^Voornaam/).first().fill('Noor');
  await page.getByLabel(/^Achternaam/).first().fill(ACHTERNAAM);
  await page.getByLabel(/^Geboortedatum/).first().fill('2019-06-01');
  for (const partner of partners) {
    await page.getByRole('group', { name: /Welke partners zijn nodig/ }).getByLabel(partner).check();
  }
  await page.getByLabel('Start nu het SOF7-onderzoek').check();
}

/** Writes an entry through the timeline's form; resolves when the API answered 201, with that moment. */
async function schrijf(page, tekst, categorie = 'VEILIGHEID', id = dossierId, soort = 'OBSERVATIE') {
  const formulier = page.getByRole('form', { name: 'Nieuwe aantekening' });
  await formulier.getByLabel(/^Soort/).selectOption(soort);
  await formulier.getByLabel(/^Categorie/).selectOption(categorie);
  await formulier.getByLabel(/^Tekst/).fill(tekst);
  const [antwoord] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/crisisdossiers/${id}/aantekeningen`)),
    formulier.getByRole('button', { name: 'Aantekening toevoegen' }).click(),
  ]);
  assert.equal(antwoord.status(), 201, await antwoord.text());
  return Date.now();
}

/**
 * Whether a moment falls in office hours in the Netherlands (08:00–17:00, Monday to Friday); null on the fixed public
 * holidays around now and within five minutes of a boundary, where the test cannot tell what the server saw.
 */
function kantoortijd(moment) {
  const delen = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam', weekday: 'short', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', hourCycle: 'h23',
  }).formatToParts(moment).map((d) => [d.type, d.value]));
  const minuten = Number(delen.hour) * 60 + Number(delen.minute);
  if (['25/12', '26/12', '01/01'].includes(`${delen.day}/${delen.month}`)) return null;
  if (Math.abs(minuten - 8 * 60) <= 5 || Math.abs(minuten - 17 * 60) <= 5) return null;
  return !['Sat', 'Sun'].includes(delen.weekday) && minuten >= 8 * 60 && minuten < 17 * 60;
}

function mediaan(getallen) {
  const gesorteerd = [...getallen].sort((a, b) => a - b);
  const midden = Math.floor(gesorteerd.length / 2);
  return gesorteerd.length % 2 ? gesorteerd[midden] : (gesorteerd[midden - 1] + gesorteerd[midden]) / 2;
}

describe('crisisdossier: melden, samen live werken, sluiten, noodtoegang', () => {
  it('vt.crisis meldt een crisis op het gedeelde formulier; een fout staat naast het veld en niets gaat verloren', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'crisis-melden', async () => {
      await logIn(page, 'vt.crisis');
      await naarMenu(page, 'Mijn crises');
      await page.getByRole('heading', { level: 1, name: 'Mijn crises' }).waitFor();
      await geenAxeOvertredingen(page, 'Mijn crises');
      await page.getByRole('link', { name: 'Nieuwe crisismelding' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nieuwe crisismelding' }).waitFor();
      await page.getByRole('group', { name: /Welke partners zijn nodig/ }).waitFor();
      await geenAxeOvertredingen(page, 'Nieuwe crisismelding (leeg)');

      // a mistake: the family name is missing; the summary says so, what was typed stays
      await vulMeldingIn(page, ['Crisis Interventie Team Jeugdbescherming Rotterdam Rijnmond', /^Filomena/]);
      await page.getByLabel(/^Achternaam/).first().fill('');
      await page.getByRole('button', { name: 'Crisismelding versturen' }).click();
      await page.getByTestId('foutsamenvatting').waitFor();
      assert.equal(await page.getByLabel(/^Achternaam/).first().getAttribute('aria-invalid'), 'true');
      assert.match(await page.getByLabel(/^Wat is er gebeurd/).inputValue(), new RegExp(kenmerk));
      await geenAxeOvertredingen(page, 'Nieuwe crisismelding (met fout)');
      await screenshot(page, 'crisis-1-melding-fout');

      await page.getByLabel(/^Achternaam/).first().fill(ACHTERNAAM);
      await page.getByRole('button', { name: 'Crisismelding versturen' }).click();
      await page.getByTestId('kop').waitFor();
      dossierId = decodeURIComponent(new URL(page.url()).hash.replace('#/crisisdossiers/', ''));
      assert.match(dossierId, /^[0-9a-f-]{36}$/);
      assert.match(await page.getByRole('heading', { level: 1 }).innerText(), new RegExp(ACHTERNAAM));
      const kop = await page.getByTestId('kop').innerText();
      assert.match(kop, /Crisis Interventie Team/);
      assert.match(kop, /Filomena/);
      assert.match(await page.getByTestId('sof7').innerText(), /^nog (6 dagen en 23 uur|7 dagen)/);
      await geenAxeOvertredingen(page, 'Crisisdossier');
      await screenshot(page, 'crisis-2-dossier');
    });
    await context.close();
  });

  it('de crisisdienst en het CIT zien elkaars nieuwe aantekening binnen een seconde, zonder te herladen', TIJD, async () => {
    assert.ok(dossierId, 'de vorige test maakte het dossier');
    const vt = await openDossier('vt.crisis', dossierId);
    const cit = await openDossier('cit', dossierId);
    await metScreenshotBijFout(cit.page, 'crisis-live', async () => {
      // the CIT has a task half typed while the entries come in: a live update never loses it
      await cit.page.getByRole('button', { name: 'Taak toevoegen' }).click();
      await cit.page.getByLabel(/^Omschrijving/).fill('Huisbezoek half getypt');

      const vertragingen = [];
      for (let i = 1; i <= AANTAL_LIVE; i++) {
        // in turn: Veilig Thuis writes and the CIT watches, then the other way round
        const [schrijver, lezer] = i % 2 ? [vt.page, cit.page] : [cit.page, vt.page];
        const tekst = `Waarneming ${i} (${kenmerk}, fictief)`;
        const geschreven = await schrijf(schrijver, tekst);
        await lezer.getByTestId('tijdlijn').getByText(tekst).waitFor({ timeout: 10_000 });
        vertragingen.push(Date.now() - geschreven);
      }
      const gesorteerd = [...vertragingen].sort((a, b) => a - b);
      console.log(`crisisdossier live: ${AANTAL_LIVE} aantekeningen, van 201 bij de schrijver tot zichtbaar bij de ander: `
        + `mediaan ${mediaan(vertragingen)} ms, max ${gesorteerd.at(-1)} ms (alle: ${vertragingen.join(', ')})`);
      assert.ok(gesorteerd.at(-1) <= LIVE_GRENS_MS, `elke aantekening binnen ${LIVE_GRENS_MS} ms zichtbaar: ${vertragingen.join(', ')}`);

      // announced politely (one live region), the CIT's own work untouched
      assert.match(await vt.page.getByTestId('live-aankondiging').textContent(), /^Nieuwe aantekening van /);
      assert.equal(await cit.page.getByLabel(/^Omschrijving/).inputValue(), 'Huisbezoek half getypt');
      assert.equal(await cit.page.locator('[aria-live="polite"]').count(), 1);
      await geenAxeOvertredingen(cit.page, 'Crisisdossier met live tijdlijn');
      await screenshot(cit.page, 'crisis-3-live');

      // the joint veiligheidsbeoordeling: the CIT writes its part, Veilig Thuis's open screen shows the joint judgement
      const veiligheid = cit.page.getByTestId('veiligheid');
      await veiligheid.getByRole('button', { name: /^Deel van .* toevoegen$/ }).click();
      const deel = veiligheid.getByRole('form');
      await deel.getByLabel('Acuut onveilig').check();
      await deel.getByLabel(/^Afspraken in het veiligheidsplan/).fill(`Kinderen slapen bij oma tot de zitting (${kenmerk}, fictief).`);
      await geenAxeOvertredingen(cit.page, 'Deel van de veiligheidsbeoordeling');
      await deel.getByRole('button', { name: 'Deel opslaan' }).click();
      await vt.page.getByTestId('gezamenlijk-oordeel').filter({ hasText: 'Acuut onveilig' }).waitFor({ timeout: 10_000 });
      assert.match(await vt.page.getByTestId('veiligheid').innerText(), new RegExp(`Kinderen slapen bij oma tot de zitting \\(${kenmerk}`));
    });
    await vt.context.close();
    await cit.context.close();
  });

  it('de SOF7-klok loopt op de klok van de browser: acht dagen later staat er "verlopen"', TIJD, async () => {
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'crisis-sof7', async () => {
      await page.clock.install();
      await logIn(page, 'cit');
      await page.goto(`${webUrl}/#/crisisdossiers/${dossierId}`);
      await page.getByTestId('sof7').filter({ hasText: /^nog / }).waitFor();
      await page.clock.fastForward(8 * 24 * 60 * 60 * 1000); // eight days
      await page.getByTestId('sof7').filter({ hasText: /^Let op: verlopen sinds / }).waitFor();
      await screenshot(page, 'crisis-4-sof7-verlopen');
    });
    await context.close();
  });

  it('het CIT rondt SOF7 af, VT vraagt Filomena een screening, Filomena start DMFI en plant een evaluatie; VT ziet alles live', TIJD, async () => {
    const vt = await openDossier('vt.crisis', dossierId);
    const cit = await openDossier('cit', dossierId);
    const fil = await openDossier('filomena', dossierId);
    await metScreenshotBijFout(vt.page, 'crisis-sporen', async () => {
      const afronden = cit.page.getByRole('form', { name: 'SOF7 afronden' });
      await afronden.getByLabel(/^Conclusie/).fill(`Geen aanwijzingen voor voortgezet geweld; vrijwillig kader (${kenmerk}, fictief).`);
      await geenAxeOvertredingen(cit.page, 'SOF7 afronden');
      await afronden.getByRole('button', { name: 'SOF7 afronden' }).click();
      await cit.page.getByTestId('sof7').filter({ hasText: /^afgerond op / }).waitFor();
      await vt.page.getByTestId('sof7').filter({ hasText: /^afgerond op / }).waitFor({ timeout: 10_000 });

      const aanvraag = vt.page.getByRole('form', { name: 'Screening aanvragen' });
      await aanvraag.getByLabel('Forensisch-medisch').check();
      await aanvraag.getByLabel(/^Vraag aan Filomena/).fill(`Blauwe plekken op de bovenarm van Noor, passend bij vastpakken? (${kenmerk}, fictief)`);
      await aanvraag.getByLabel('Spoed').check();
      await geenAxeOvertredingen(vt.page, 'Screening aanvragen');
      await aanvraag.getByRole('button', { name: 'Screening aanvragen' }).click();
      await vt.page.getByTestId('screeningsverzoek').first().waitFor();
      // Filomena's open screen gets the request without reloading, with the question (GEZONDHEID is hers to read)
      await fil.page.getByTestId('screeningsverzoek').filter({ hasText: /Blauwe plekken op de bovenarm/ }).waitFor({ timeout: 10_000 });

      const regie = fil.page.getByRole('form', { name: 'Casusregisseur aanwijzen' });
      await regie.getByLabel(/^Organisatie/).selectOption('FIL');
      await regie.getByLabel(/^Naam/).fill('F. Regisseur (fictief)');
      await regie.getByLabel(/^Telefoon/).fill('010-7654321');
      await geenAxeOvertredingen(fil.page, 'DMFI starten');
      await regie.getByRole('button', { name: 'DMFI starten' }).click();
      await fil.page.getByTestId('casusregisseur').waitFor();
      const planning = fil.page.getByRole('form', { name: 'Evaluatiemoment plannen' });
      const morgen = new Date(Date.now() + 24 * 60 * 60 * 1000);
      const datum = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(morgen);
      await planning.getByLabel(/^Datum/).fill(datum);
      await planning.getByLabel(/^Tijd/).fill('10:00');
      await planning.getByLabel(/^Onderwerp/).fill('Eerste evaluatie met alle partners');
      await planning.getByRole('button', { name: 'Evaluatiemoment plannen' }).click();
      await fil.page.getByTestId('evaluatiemoment').filter({ hasText: 'Eerste evaluatie met alle partners' }).waitFor();
      await geenAxeOvertredingen(fil.page, 'DMFI met evaluatiemoment');

      // Veilig Thuis's open screen shows who directs and the review, announced politely, without reloading
      await vt.page.getByTestId('casusregisseur').filter({ hasText: 'F. Regisseur (fictief)' }).waitFor({ timeout: 10_000 });
      await vt.page.getByTestId('evaluatiemoment').filter({ hasText: 'Eerste evaluatie met alle partners' }).waitFor({ timeout: 10_000 });
      await vt.page.getByTestId('live-aankondiging').filter({ hasText: /^DMFI bijgewerkt door / }).waitFor();
      assert.match(await vt.page.getByTestId('evaluatiestatus').first().innerText(), /^Gepland$/);
      await screenshot(vt.page, 'crisis-4b-sof7-screening-dmfi');
    });
    await Promise.all([vt.context.close(), cit.context.close(), fil.context.close()]);
  });

  it('Filomena schrijft een medische bevinding; de crisisdienst ziet haar, de CIT sluit de crisis terwijl VT meekijkt', TIJD, async () => {
    const filomena = await openDossier('filomena', dossierId);
    await metScreenshotBijFout(filomena.page, 'crisis-filomena', async () => {
      await schrijf(filomena.page, `Forensisch-medisch: blauwe plekken op de bovenarm (${kenmerk}, fictief).`, 'GEZONDHEID');
      await filomena.page.getByTestId('tijdlijn').getByText(/blauwe plekken op de bovenarm/).waitFor();
    });
    await filomena.context.close();

    const vt = await openDossier('vt.crisis', dossierId);
    const cit = await openDossier('cit', dossierId);
    await metScreenshotBijFout(cit.page, 'crisis-sluiten', async () => {
      await vt.page.getByTestId('tijdlijn').getByText(/blauwe plekken op de bovenarm/).waitFor();
      const sluiten = cit.page.getByRole('form', { name: 'Crisis sluiten' });
      await sluiten.getByLabel('Terug naar het reguliere werk').check();
      await sluiten.getByLabel(/^Reden/).fill('Veiligheid hersteld; verder in het reguliere hulpverleningstraject (fictief).');
      await geenAxeOvertredingen(cit.page, 'Crisis sluiten');
      await sluiten.getByRole('button', { name: 'Crisis sluiten' }).click();
      await cit.page.getByText('Deze crisis is gesloten').waitFor();
      // Veilig Thuis's open screen hears it without reloading
      await vt.page.getByTestId('live-aankondiging').filter({ hasText: 'Het crisisdossier is gesloten' }).waitFor({ timeout: 10_000 });
      await screenshot(vt.page, 'crisis-5-gesloten-bij-vt');
    });
    await vt.context.close();
    await cit.context.close();
  });

  it('Filomena opent een crisis waarvan zij geen partner is met noodtoegang; de functionaris beoordeelt het', TIJD, async () => {
    const cit = await nieuwePagina(browser);
    await metScreenshotBijFout(cit.page, 'crisis-tweede', async () => {
      await logIn(cit.page, 'cit');
      await cit.page.goto(`${webUrl}/#/crisisdossiers/nieuw`);
      await cit.page.getByRole('heading', { level: 1, name: 'Nieuwe crisismelding' }).waitFor();
      await cit.page.getByRole('group', { name: /Welke partners zijn nodig/ }).waitFor();
      await vulMeldingIn(cit.page, []);
      await cit.page.getByRole('button', { name: 'Crisismelding versturen' }).click();
      await cit.page.getByTestId('kop').waitFor();
      tweedeDossierId = decodeURIComponent(new URL(cit.page.url()).hash.replace('#/crisisdossiers/', ''));
    });
    await cit.context.close();

    const reden = `Nachtdienst: kind mogelijk in gevaar, CIT niet bereikbaar (${kenmerk}).`;
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'crisis-noodtoegang', async () => {
      await logIn(page, 'filomena');
      await page.goto(`${webUrl}/#/crisisdossiers/${tweedeDossierId}`);
      await page.getByRole('button', { name: 'Noodtoegang vragen' }).click();
      await page.getByLabel(/^Reden voor noodtoegang/).fill(reden);
      await geenAxeOvertredingen(page, 'Noodtoegang vragen (crisisdossier)');
      await page.getByRole('button', { name: 'Noodtoegang openen' }).click();
      await page.getByText('U leest dit crisisdossier met noodtoegang').waitFor();
      assert.equal(await page.getByRole('form', { name: 'Nieuwe aantekening' }).count(), 0, 'met noodtoegang alleen lezen');
      await geenAxeOvertredingen(page, 'Crisisdossier met noodtoegang');
      await screenshot(page, 'crisis-6-noodtoegang');
    });
    await context.close();

    // the test controls the clock: the opening moves to last Sunday 02:30 Dutch time, as the server stored it (the flag
    // is the server's judgement of that stored moment); run by hand without the database, the real time decides
    const db = database();
    if (db) {
      const verschoven = await db.voerUit(
        `update toegang.toegang set geldig_van = ((date_trunc('week', now() at time zone 'Europe/Amsterdam') - interval '1 day'
           + interval '2 hours 30 minutes') at time zone 'Europe/Amsterdam'), geldig_tot = ((date_trunc('week', now() at time zone
           'Europe/Amsterdam') - interval '1 day' + interval '6 hours 30 minutes') at time zone 'Europe/Amsterdam')
         where bron_id = $1::uuid and noodtoegang`,
        [tweedeDossierId],
      );
      assert.equal(verschoven.rowCount, 1, 'de noodtoegang van Filomena op het tweede dossier');
    }

    const fg = await nieuwePagina(browser);
    await metScreenshotBijFout(fg.page, 'crisis-noodtoegang-fg', async () => {
      await logIn(fg.page, 'fg');
      await naarMenu(fg.page, 'Noodtoegang beoordelen');
      const kaart = fg.page.getByTestId('noodtoegang').filter({ hasText: kenmerk });
      await kaart.waitFor();
      assert.match(await kaart.getByTestId('betreft').innerText(), /^Crisisdossier/);
      // flagged when opened out of office hours, Dutch time: on Sunday night always; by hand, as the real time says
      const kantoor = db ? false : kantoortijd(new Date());
      if (kantoor !== null) {
        assert.equal(await kaart.getByTestId('buiten-kantooruren').count(), kantoor ? 0 : 1, `kantoortijd: ${kantoor}`);
      }
      if (db) assert.match(await kaart.getByTestId('geopend-op').innerText(), /om 02:30$/);
      await kaart.getByLabel('Gerechtvaardigd', { exact: true }).check();
      await kaart.getByRole('button', { name: 'Oordeel vastleggen' }).click();
      await fg.page.getByText(/Uw oordeel is vastgelegd: gerechtvaardigd\./).waitFor();
      await geenAxeOvertredingen(fg.page, 'Noodtoegang beoordelen (crisisdossier)');
    });
    await fg.context.close();
  });
  it('vt.crisis schaalt een crisis af naar een overdracht; de procesregisseur vult aan en verstuurt, het wijkteam ontvangt', TIJD, async () => {
    const vt = await nieuwePagina(browser);
    await metScreenshotBijFout(vt.page, 'crisis-afschalen', async () => {
      await logIn(vt.page, 'vt.crisis');
      await vt.page.goto(`${webUrl}/#/crisisdossiers/nieuw`);
      await vt.page.getByRole('heading', { level: 1, name: 'Nieuwe crisismelding' }).waitFor();
      await vt.page.getByRole('group', { name: /Welke partners zijn nodig/ }).waitFor();
      await vulMeldingIn(vt.page, ['Crisis Interventie Team Jeugdbescherming Rotterdam Rijnmond']);
      await vt.page.getByRole('button', { name: 'Crisismelding versturen' }).click();
      await vt.page.getByTestId('kop').waitFor();
      derdeDossierId = decodeURIComponent(new URL(vt.page.url()).hash.replace('#/crisisdossiers/', ''));
      await schrijf(vt.page, `Vader houdt zich aan het huisverbod van tien dagen (${kenmerk}, fictief).`, 'VEILIGHEID', derdeDossierId, 'BESLUIT');

      const sluiten = vt.page.getByRole('form', { name: 'Crisis sluiten' });
      await sluiten.getByLabel('Afschalen naar een overdracht van Veilig Thuis').check();
      assert.match(await sluiten.getByTestId('afschaling-uitleg').innerText(), /Er wordt nog niets gedeeld/);
      await sluiten.getByLabel(/^Reden/).fill('Acute onveiligheid voorbij; verder via het wijkteam (fictief).');
      await geenAxeOvertredingen(vt.page, 'Crisis afschalen');
      await sluiten.getByRole('button', { name: 'Crisis sluiten' }).click();
      const naarConcept = vt.page.getByRole('link', { name: 'Naar de concept-overdracht' });
      await naarConcept.waitFor();
      conceptId = /#\/overdrachten\/([0-9a-f-]{36})$/.exec(await naarConcept.getAttribute('href'))?.[1];
      assert.ok(conceptId, 'de weg naar het concept');
      await screenshot(vt.page, 'crisis-7-afgeschaald');
    });
    await vt.context.close();

    const pr = await nieuwePagina(browser);
    await metScreenshotBijFout(pr.page, 'crisis-afschalen-concept', async () => {
      await logIn(pr.page, 'vt.procesregisseur');
      await pr.page.goto(`${webUrl}/#/verstuurd?bak=concept`);
      const rij = pr.page.locator(`tr[data-id="${conceptId}"]`);
      await rij.waitFor();
      assert.match(await rij.innerText(), new RegExp(`Familie ${ACHTERNAAM}`), 'herkenbaar aan de familienaam uit de crisis');
      await pr.page.goto(`${webUrl}/#/overdrachten/${conceptId}`);
      await pr.page.getByTestId('status').filter({ hasText: 'Concept' }).waitFor();
      const tekst = await pr.page.locator('main').innerText();
      assert.match(tekst, /Directe veiligheid bij de crisismelding/, 'voorgevuld uit de crisis');
      assert.match(tekst, new RegExp(`huisverbod van tien dagen \\(${kenmerk}`));
      await geenAxeOvertredingen(pr.page, 'Concept uit een afgeschaalde crisis');

      // Veilig Thuis's own veiligheidsbeoordeling is the one thing a crisis file does not give
      await pr.page.getByRole('link', { name: 'Concept bewerken' }).click();
      await pr.page.getByLabel('Uitkomst').selectOption('OVERDRACHT_LOKAAL_VELD');
      await pr.page.getByRole('button', { name: 'Opslaan als concept' }).click();
      await pr.page.getByText('De wijzigingen in het concept zijn opgeslagen.').waitFor();
      await pr.page.getByRole('link', { name: 'Versturen', exact: true }).click();
      await pr.page.getByRole('heading', { level: 1, name: 'Overdracht versturen' }).waitFor();
      await pr.page.getByLabel('Wijkteam (verplicht)').selectOption({ label: 'Wijkteam Feijenoord' });
      await pr.page.getByRole('group', { name: 'Gegevenscategorieën' }).getByRole('checkbox').first().waitFor();
      await pr.page.getByLabel('Telefoonnummer (werk) (verplicht)').fill(TELEFOON_VT);
      await pr.page.getByRole('button', { name: 'Versturen', exact: true }).click();
      await pr.page.getByText('De overdracht is verstuurd naar Wijkteam Feijenoord.').waitFor();
    });
    await pr.context.close();

    const wt = await nieuwePagina(browser);
    await metScreenshotBijFout(wt.page, 'crisis-afschalen-inbox', async () => {
      await logIn(wt.page, 'wt.feijenoord');
      await naarMenu(wt.page, 'Inbox');
      const rij = wt.page.locator(`tr[data-id="${conceptId}"]`);
      await rij.waitFor();
      assert.match(await rij.innerText(), new RegExp(`Familie ${ACHTERNAAM}`));
      await screenshot(wt.page, 'crisis-8-afgeschaald-in-inbox');
    });
    await wt.context.close();
  });
});
