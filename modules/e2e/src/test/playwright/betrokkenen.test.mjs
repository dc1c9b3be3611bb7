// End-to-end, issue 15 in the browser against the real stack: one fictional person in two overdrachten (to two
// wijkteams) and one casusoverleg aanmelding. A partner asks the bekendheidscheck and hears only who knows the person,
// and an enumeration stops; the person's request for inzage is registered at Veilig Thuis, fans out to exactly the
// organisations that hold data, each answers its own part, and the inzage PDF holds the person's data and who looked
// at it — not the melder, not the other family members. The fg approves a destruction list, which leaves a tombstone,
// the logboek and a certificate, and a legal hold stops one item.
// The cases are set up through the API with the token of a logged-in browser session (the screens for composing them
// are proven by overdracht.test.mjs and casusoverleg.test.mjs); everything this issue adds is done on its screens.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TELEFOON_VT, logIn, nieuwePagina, screenshot, startChromium, webUrl } from './lib/omgeving.mjs';
import { download, pdfTekst } from './lib/bestanden.mjs';
import { database } from './lib/database.mjs';
import { geenAxeOvertredingen, metScreenshotBijFout, naarMenu } from './lib/schermen.mjs';

const TIJD = { timeout: 240_000 };
const kenmerk = `e2e-${Date.now().toString(36)}`;
/** A fictional family unique to this run, so that the person registry links exactly this run's cases. */
const FAMILIE = `Proefgezin${Date.now().toString(36).replace(/[0-9]/g, '')}`;
const PERSOON = { voornaam: 'Fictieve', achternaam: FAMILIE, geboortedatum: '1991-04-12' };
const KIND = { voornaam: 'Kleintje', achternaam: FAMILIE, geboortedatum: '2019-08-30' };
const MELDER = `Melder${FAMILIE}`;

/** Today in the Netherlands (YYYY-MM-DD): the request is received today. */
const VANDAAG = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
/** The contact point's own reference: initials and its file number, never a name. */
const VERWIJZING = `F.P. / VT-${Date.now().toString(36).slice(-6)}`;
/** The organisations that hold this run's data about the person: the owner, both receivers, the table's ZVH. */
const HOUDERS = ['VTRR', 'WT-RDAM-CHAR', 'WT-RDAM-FEIJ', 'ZVHRR'];

let browser;
/** The two withdrawn overdrachten the fg's destruction list handles: one destroyed, one under a legal hold. */
const vernietiging = { weg: null, bewaard: null };
/** The request of this run. */
let verzoekId;
/** The two overdrachten and the aanmelding of this run. */
const zaken = { feijenoord: null, charlois: null, aanmelding: null };

before(async () => {
  browser = await startChromium();
});

after(async () => {
  await browser?.close();
});

/** Logs in and returns the bearer token the app sends (for the set-up through the API). */
async function logInMetToken(page, gebruiker) {
  const mij = page.waitForRequest((verzoek) => verzoek.url().endsWith('/api/v1/mij'), { timeout: 120_000 });
  await logIn(page, gebruiker);
  const bearer = (await (await mij).allHeaders()).authorization;
  assert.match(bearer ?? '', /^Bearer /, `het token van ${gebruiker}`);
  return bearer;
}

async function api(context, bearer, methode, pad, body, ifMatch) {
  const headers = { Authorization: bearer, Accept: 'application/json' };
  if (ifMatch) headers['If-Match'] = ifMatch;
  const antwoord = await context.request.fetch(`${webUrl}/api/v1${pad}`, { method: methode, headers, data: body });
  return { status: antwoord.status(), etag: antwoord.headers().etag, json: antwoord.status() === 204 ? null : await antwoord.json().catch(() => null) };
}

function overdracht(samenvatting) {
  return {
    aanleiding: { meldingSamenvatting: samenvatting, meldingDatum: '2026-11-10' },
    veiligheidsbeoordeling: { uitkomst: 'OVERDRACHT_LOKAAL_VELD', datum: '2026-11-14' },
    geweldsvormen: ['PSYCHISCH'],
    betrokkenen: [
      { rol: 'SLACHTOFFER', identiteit: { ...PERSOON, geslacht: 'VROUW', gemeente: 'GM0599' } },
      { rol: 'KIND', identiteit: { ...KIND, geslacht: 'MAN', gemeente: 'GM0599' } },
    ],
    hulpvraag: `Ondersteuning bij opvoeding (${kenmerk}).`,
    melder: { naam: MELDER, relatie: 'buur', telefoon: '06-12345678' },
  };
}

/** Veilig Thuis composes and sends one overdracht to {@code ontvanger}; returns its id. */
async function verstuurOverdracht(context, bearer, ontvanger, samenvatting) {
  const concept = await api(context, bearer, 'POST', '/overdrachten', overdracht(samenvatting));
  assert.equal(concept.status, 201, JSON.stringify(concept.json));
  const verzonden = await api(context, bearer, 'POST', `/overdrachten/${concept.json.id}/verzending`, {
    ontvangendeOrganisatie: ontvanger,
    categorieen: ['IDENTITEIT', 'VEILIGHEID', 'HULPVERLENING'],
    contactpersoonVeiligThuis: { naam: 'Fictieve procesregisseur', telefoon: TELEFOON_VT },
  }, concept.etag);
  assert.equal(verzonden.status, 200, JSON.stringify(verzonden.json));
  return concept.json.id;
}

describe('rechten van betrokkenen: bekendheidscheck, inzage, vernietiging', () => {
  it('Veilig Thuis stuurt twee overdrachten over één persoon naar twee wijkteams; het wijkteam meldt haar aan voor het casusoverleg', TIJD, async () => {
    const vt = await nieuwePagina(browser);
    await metScreenshotBijFout(vt.page, 'betrokkenen-opzet-vt', async () => {
      const bearer = await logInMetToken(vt.page, 'vt.procesregisseur');
      zaken.feijenoord = await verstuurOverdracht(vt.context, bearer, 'WT-RDAM-FEIJ', `Melding over de moeder (${kenmerk}).`);
      zaken.charlois = await verstuurOverdracht(vt.context, bearer, 'WT-RDAM-CHAR', `Tweede melding, verhuisd (${kenmerk}).`);
    });
    await vt.context.close();

    const wt = await nieuwePagina(browser);
    await metScreenshotBijFout(wt.page, 'betrokkenen-opzet-aanmelding', async () => {
      const bearer = await logInMetToken(wt.page, 'wt.feijenoord');
      const aanmelding = await api(wt.context, bearer, 'POST', '/aanmeldingen', {
        overlegtafel: 'c5000000-0000-4000-8000-000000000001',
        vraag: `Afstemming met politie en OM (${kenmerk}).`,
        criteria: [
          { criterium: 'MEERDERE_PROBLEEMGEBIEDEN', voldaan: true, toelichting: 'Geweld en schulden.' },
          { criterium: 'MEERDERE_KETENS', voldaan: true, toelichting: 'Politie en wijkteam zijn betrokken.' },
          { criterium: 'IMPACT_GEZINSSYSTEEM', voldaan: true, toelichting: 'Een jong kind in huis.' },
        ],
        betrokkenen: [
          { rol: 'SLACHTOFFER', ...PERSOON },
          { rol: 'KIND', ...KIND },
        ],
        voorgesteldePartners: ['POL-RR'],
      });
      assert.equal(aanmelding.status, 201, JSON.stringify(aanmelding.json));
      zaken.aanmelding = aanmelding.json.id;
    });
    await wt.context.close();
  });

  it('Veilig Thuis registreert een inzageverzoek; het gaat naar precies de organisaties die gegevens over de persoon hebben', TIJD, async () => {
    assert.ok(zaken.aanmelding, 'de eerste test zette de zaken op');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'betrokkenen-verzoek-registreren', async () => {
      await logIn(page, 'vt.procesregisseur');
      await naarMenu(page, 'Verzoeken van betrokkenen');
      await page.getByRole('heading', { level: 1, name: 'Verzoeken van betrokkenen' }).waitFor();
      await geenAxeOvertredingen(page, 'Verzoeken van betrokkenen');
      await page.getByLabel(/^Wat vraagt de verzoeker\?/).selectOption('INZAGE');
      await page.getByLabel(/^Achternaam/).fill(FAMILIE);
      await page.getByLabel(/^Voornaam/).fill(PERSOON.voornaam);
      await page.getByLabel(/^Geboortedatum/).fill(PERSOON.geboortedatum);
      await page.getByLabel(/^Uw verwijzing/).fill(VERWIJZING);
      await page.getByLabel(/^Ontvangen op/).fill(VANDAAG);
      await page.getByRole('button', { name: 'Verzoek registreren' }).click();
      await page.getByText(new RegExp(`Verzoek geregistreerd: uiterlijk .* beantwoorden; ${HOUDERS.length} organisaties gevraagd\\.`)).waitFor();
      const link = page.getByTestId('verzoeken').getByRole('link', { name: `Inzage: ${VERWIJZING}` });
      await link.waitFor();
      assert.match(await page.getByTestId('verzoeken').innerText(), /nog (30|31|28|29) dagen/, 'een kalendermaand');
      await link.click();
      verzoekId = /#\/verzoeken\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
      assert.ok(verzoekId, `id van het verzoek in ${page.url()}`);
      const delen = page.getByTestId('delen');
      await delen.waitFor();
      const gevraagd = await delen.locator('li').evaluateAll((li) => li.map((l) => l.getAttribute('data-organisatie')).sort());
      assert.deepEqual(gevraagd, HOUDERS, 'precies de organisaties met gegevens over de persoon');
      // the contact point sees organisations by name; nothing of the person but its own reference
      await delen.getByText(/Wijkteam Charlois: nog open/).waitFor();
      assert.doesNotMatch(await page.locator('main').innerText(), new RegExp(`${FAMILIE}|${MELDER}`));
      await geenAxeOvertredingen(page, 'Verzoek (open)');
      await screenshot(page, 'betrokkenen-1-verzoek');
    });
    await context.close();
  });

  for (const [gebruiker, organisatie] of [
    ['wt.charlois', 'Wijkteam Charlois'],
    ['wt.feijenoord', 'Wijkteam Feijenoord'],
    ['zvh', 'Zorg- en Veiligheidshuis'],
    ['vt.procesregisseur', 'Veilig Thuis'],
  ]) {
    it(`${gebruiker} beantwoordt alleen het eigen deel van het verzoek`, TIJD, async () => {
      assert.ok(verzoekId, 'het verzoek is geregistreerd');
      const { context, page } = await nieuwePagina(browser);
      await metScreenshotBijFout(page, `betrokkenen-deel-${gebruiker}`, async () => {
        await logIn(page, gebruiker);
        await naarMenu(page, 'Te beantwoorden verzoeken');
        await page.getByRole('heading', { level: 1, name: 'Te beantwoorden verzoeken' }).waitFor();
        const deel = page.getByTestId('deelverzoek').filter({ hasText: 'Inzage, via Veilig Thuis Rotterdam Rijnmond' }).filter({ has: page.getByRole('button', { name: 'Antwoord vastleggen' }) }).first();
        await deel.waitFor();
        await deel.getByLabel(/^Uw antwoord/).fill(`${organisatie}: gegevens nagekeken, niets te verbeteren (${kenmerk}).`);
        await deel.getByRole('button', { name: 'Antwoord vastleggen' }).click();
        await page.getByText('Uw antwoord is vastgelegd; het contactpunt ziet het.').waitFor();
        await geenAxeOvertredingen(page, `Te beantwoorden verzoeken (${gebruiker})`);
      });
      await context.close();
    });
  }

  it('Veilig Thuis ziet elk deel beantwoord, neemt het inzagerapport mee en rondt het verzoek af', TIJD, async () => {
    assert.ok(verzoekId, 'het verzoek is geregistreerd');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'betrokkenen-inzage', async () => {
      await logIn(page, 'vt.procesregisseur');
      await page.goto(`${page.url().split('#')[0]}#/verzoeken/${verzoekId}`);
      await page.getByRole('heading', { level: 2, name: `Organisaties (${HOUDERS.length} van ${HOUDERS.length} beantwoord)` }).waitFor();
      const pdf = await download(page, () => page.getByRole('button', { name: 'Inzagerapport downloaden (PDF)' }).click());
      const tekst = await pdfTekst(pdf.inhoud);
      assert.match(tekst, new RegExp(VERWIJZING.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')), 'het kenmerk van het contactpunt');
      assert.match(tekst, /Wie uw gegevens inzag/);
      // the person's own data, from each of the three cases: name, date of birth, role
      assert.equal(tekst.split(`${PERSOON.voornaam} ${FAMILIE}`).length - 1, 3, 'haar naam, één keer per zaak (twee overdrachten, één aanmelding)');
      assert.match(tekst, /1991-04-12|12 april 1991/);
      assert.match(tekst, /Uw rol: slachtoffer/);
      assert.match(tekst, /Wijkteam Feijenoord/);
      assert.match(tekst, /Wijkteam Charlois/);
      // not the melder, not the child: only the person the request is about
      assert.doesNotMatch(tekst, new RegExp(MELDER));
      assert.doesNotMatch(tekst, /Kleintje/);
      await page.getByText(/Het inzagerapport is gedownload/).waitFor();

      await page.getByLabel(/^Geïnformeerd op/).fill(VANDAAG);
      await page.getByRole('button', { name: 'Verzoeker geïnformeerd' }).click();
      await page.getByText('Vastgelegd dat de verzoeker is geïnformeerd; het verzoek is afgerond.').waitFor();
      await geenAxeOvertredingen(page, 'Verzoek (afgerond)');
      await screenshot(page, 'betrokkenen-2-verzoek-afgerond');
    });
    await context.close();
  });

  it('de fg ziet elk verzoek met zijn termijn en per organisatie het antwoord, zonder wie het betreft', TIJD, async () => {
    assert.ok(verzoekId, 'het verzoek is geregistreerd');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'betrokkenen-verzoektermijnen', async () => {
      await logIn(page, 'fg');
      await naarMenu(page, 'Termijnen van verzoeken');
      await page.getByRole('heading', { level: 1, name: 'Termijnen van verzoeken' }).waitFor();
      const rij = page.getByTestId('verzoektermijnen').locator(`tr[data-id="${verzoekId}"]`);
      // the rows come with codes; the names follow when the partner register has answered (its own request)
      await rij.filter({ hasText: 'Veilig Thuis Rotterdam Rijnmond' }).waitFor();
      const tekst = await rij.innerText();
      assert.match(tekst, new RegExp(`Inzage \\(kenmerk ${verzoekId.slice(0, 8)}\\)`));
      assert.match(tekst, /Veilig Thuis Rotterdam Rijnmond/, 'het contactpunt, bij naam');
      for (const organisatie of [/Wijkteam Feijenoord: beantwoord/, /Wijkteam Charlois: beantwoord/, /Zorg- en Veiligheidshuis.*: beantwoord/]) {
        assert.match(tekst, organisatie);
      }
      // the privacy officer oversees the clocks, not the person: no name, no contact point's reference, no answer
      assert.doesNotMatch(await page.locator('main').innerText(), new RegExp(`${FAMILIE}|${MELDER}|${VERWIJZING.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}|niets te verbeteren`));
      await geenAxeOvertredingen(page, 'Termijnen van verzoeken');
      await screenshot(page, 'betrokkenen-2b-verzoektermijnen');
    });
    await context.close();
  });

  it('de Raad vraagt de bekendheidscheck: alleen wie de persoon kent en hoe die te bereiken is, geen inhoud; opsommen stopt', TIJD, async () => {
    assert.ok(zaken.aanmelding, 'de vorige test zette de zaken op');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'betrokkenen-bekendheidscheck', async () => {
      await logIn(page, 'raad');
      await naarMenu(page, 'Bekendheidscheck');
      await page.getByRole('heading', { level: 1, name: 'Bekendheidscheck' }).waitFor();
      await page.getByLabel('Achternaam en geboortedatum').check();
      await page.getByRole('textbox', { name: /^Achternaam/ }).fill(FAMILIE);
      await page.getByLabel(/^Geboortedatum/).fill(PERSOON.geboortedatum);
      await page.getByRole('button', { name: 'Controleer bekendheid' }).click();
      const antwoord = page.getByTestId('bekendheid-antwoord');
      await antwoord.getByText(/Bekend bij/).first().waitFor();
      const tekst = await antwoord.innerText();
      for (const organisatie of [/Veilig Thuis Rotterdam Rijnmond/, /Wijkteam Feijenoord/, /Wijkteam Charlois/, /Zorg- en Veiligheidshuis/]) {
        assert.match(tekst, organisatie);
      }
      // who knows the person and how to reach them; nothing of the cases
      assert.doesNotMatch(await page.locator('main').innerText(), new RegExp(`${kenmerk}|${MELDER}|Kleintje|Ondersteuning bij opvoeding`));
      await geenAxeOvertredingen(page, 'Bekendheidscheck (bekend)');
      await screenshot(page, 'betrokkenen-3-bekendheidscheck');

      // an enumeration: name after name, until the limit (10 an hour) answers instead of the registry
      let geweigerd = false;
      for (let i = 0; i < 12 && !geweigerd; i++) {
        await page.getByRole('textbox', { name: /^Achternaam/ }).fill(`Opsomming${String.fromCharCode(97 + i)}`);
        const [antwoordVanServer] = await Promise.all([
          page.waitForResponse((r) => r.url().includes('/api/v1/bekendheidscheck') && r.request().method() === 'POST'),
          page.getByRole('button', { name: 'Controleer bekendheid' }).click(),
        ]);
        geweigerd = antwoordVanServer.status() === 429;
        if (!geweigerd) assert.equal(antwoordVanServer.status(), 200);
      }
      await page.getByText(/te vaak gebruikt/).first().waitFor();
      assert.ok(geweigerd, 'na tien vragen in een uur weigert de bekendheidscheck');
      assert.match(await page.locator('main').innerText(), /ten hoogste 10 per uur en 30 per dag/);
      await geenAxeOvertredingen(page, 'Bekendheidscheck (te vaak)');
      await screenshot(page, 'betrokkenen-4-bekendheidscheck-te-vaak');
    });
    await context.close();
  });
  it('Veilig Thuis trekt twee overdrachten in: de vernietigingsdatum staat op de pagina; 21 jaar later zijn ze aan de beurt', TIJD, async () => {
    const db = database();
    assert.ok(db, 'de browsertest verzet het intrekmoment in de database (SCHAKEL_DB_*)');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'betrokkenen-vernietiging-opzet', async () => {
      const bearer = await logInMetToken(page, 'vt.procesregisseur');
      for (const sleutel of ['weg', 'bewaard']) {
        const id = await verstuurOverdracht(context, bearer, 'WT-RDAM-FEIJ', `Ingetrokken melding ${sleutel} (${kenmerk}).`);
        const huidig = await api(context, bearer, 'GET', `/overdrachten/${id}`);
        const ingetrokken = await api(context, bearer, 'POST', `/overdrachten/${id}/intrekking`, { reden: 'Dubbel verstuurd (fictief).' }, huidig.etag);
        assert.equal(ingetrokken.status, 200, JSON.stringify(ingetrokken.json));
        vernietiging[sleutel] = id;
      }
      // the owner sees when its case will be destroyed: twenty years after the withdrawal
      await page.goto(`${page.url().split('#')[0]}#/overdrachten/${vernietiging.weg}`);
      const termijn = page.getByTestId('bewaartermijn');
      await termijn.waitFor();
      assert.match(await termijn.innerText(), new RegExp(`Wordt vernietigd op \\d+ \\w+ ${Number(VANDAAG.slice(0, 4)) + 20}`));
      await geenAxeOvertredingen(page, 'Overdracht (ingetrokken, met bewaartermijn)');
      for (const id of Object.values(vernietiging)) {
        const verzet = await db.voerUit(
          "update overdracht.overgang set op = op - interval '21 years' where overdracht_id = $1::uuid and naar = 'INGETROKKEN'",
          [id],
        );
        assert.equal(verzet.rowCount, 1, 'het intrekmoment ligt nu 21 jaar terug');
      }
    });
    await context.close();
  });

  it('de fg stelt de vernietigingslijst op, legt op één een bewaarplicht, keurt goed en voert uit; grafsteen en verklaring blijven', TIJD, async () => {
    assert.ok(vernietiging.bewaard, 'de vorige test trok twee overdrachten in');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'betrokkenen-vernietiging-fg', async () => {
      await logIn(page, 'fg');
      await naarMenu(page, 'Vernietiging');
      await page.getByRole('heading', { level: 1, name: 'Vernietiging' }).waitFor();
      await page.getByRole('button', { name: 'Stel nu een vernietigingslijst op' }).click();
      await page.getByText(/Vernietigingslijst opgesteld met \d+ bron/).waitFor();
      const lijst = page.locator('section[data-testid^="lijst-"]').filter({ has: page.getByTestId(`bron-${vernietiging.weg}`) });
      await lijst.waitFor();
      await lijst.getByTestId(`bron-${vernietiging.bewaard}`).waitFor();
      assert.match(await lijst.getByTestId('lijststatus').innerText(), /Voorgesteld, wacht op goedkeuring/);
      await geenAxeOvertredingen(page, 'Vernietiging (voorgesteld)');

      // a legal hold: without a reason nothing is sent; with one the overdracht leaves the list
      await lijst.getByRole('button', { name: `Bewaarplicht opleggen op ${vernietiging.bewaard}` }).click();
      await page.getByRole('button', { name: 'Bewaarplicht opleggen', exact: true }).click();
      await page.getByText('Geef de reden van de bewaarplicht.').waitFor();
      await page.getByLabel(/^Reden van de bewaarplicht/).fill('Lopende klacht bij de Autoriteit Persoonsgegevens (fictief).');
      await page.getByRole('button', { name: 'Bewaarplicht opleggen', exact: true }).click();
      await page.getByText(`Bewaarplicht opgelegd op overdracht ${vernietiging.bewaard}; zij staat niet meer op de lijst.`).waitFor();
      await page.getByTestId('bewaarplichten').getByText(vernietiging.bewaard, { exact: true }).waitFor();
      assert.equal(await lijst.getByTestId(`bron-${vernietiging.bewaard}`).count(), 0, 'niet meer op de lijst');

      await lijst.getByRole('button', { name: 'Goedkeuren' }).click();
      await page.getByText(/is goedgekeurd\./).waitFor();
      await lijst.getByTestId('goedgekeurd').getByText(/Door .+ op/).waitFor();
      await lijst.getByRole('button', { name: 'Vernietiging uitvoeren' }).click();
      await page.getByText(/De vernietigingslijst is uitgevoerd: \d+ vernietigd\./).waitFor();
      // the message and the list's own status re-render separately: wait for the status, do not read it once
      await lijst.getByTestId('lijststatus').getByText(/Uitgevoerd/).waitFor();
      assert.match(await lijst.innerText(), new RegExp(`Grafstenen \\(\\d+\\)[\\s\\S]*${vernietiging.weg}`));
      await geenAxeOvertredingen(page, 'Vernietiging (uitgevoerd)');
      await screenshot(page, 'betrokkenen-5-vernietiging');

      const verklaring = await download(page, () => lijst.getByRole('button', { name: 'Download verklaring van vernietiging' }).click());
      const tekst = await pdfTekst(verklaring.inhoud);
      assert.match(tekst, /Verklaring van vernietiging/);
      assert.ok(tekst.replace(/\s+/g, '').includes(vernietiging.weg), 'de verklaring noemt de vernietigde overdracht');
      assert.ok(!tekst.replace(/\s+/g, '').includes(vernietiging.bewaard), 'niet de bewaarde');
      assert.doesNotMatch(tekst, new RegExp(`${FAMILIE}|${MELDER}`), 'geen persoonsgegevens');
    });
    await context.close();

    // destroyed means gone from the tables that held it; the logboek keeps what happened
    const db = database();
    const rijen = await db.voerUit(
      'select (select count(*) from overdracht.overdracht where id = $1::uuid) as overdracht, (select count(*) from overdracht.overgang where overdracht_id = $1::uuid) as overgang, (select count(*) from logboek.regel where bron_id = $1::uuid) as logboek',
      [vernietiging.weg],
    );
    assert.deepEqual([Number(rijen.rows[0].overdracht), Number(rijen.rows[0].overgang)], [0, 0], 'weg uit de tabellen');
    assert.ok(Number(rijen.rows[0].logboek) > 0, 'het logboek blijft');
  });

  it('Veilig Thuis vindt de vernietigde overdracht niet meer; de bewaarde opent nog', TIJD, async () => {
    assert.ok(vernietiging.weg, 'de vernietiging is uitgevoerd');
    const { context, page } = await nieuwePagina(browser);
    await metScreenshotBijFout(page, 'betrokkenen-vernietiging-vt', async () => {
      await logIn(page, 'vt.procesregisseur');
      await page.goto(`${page.url().split('#')[0]}#/overdrachten/${vernietiging.weg}`);
      await page.getByRole('alert').waitFor();
      assert.match(await page.getByRole('alert').innerText(), /bestaat niet|Niet gevonden/);
      await page.goto(`${page.url().split('#')[0]}#/overdrachten/${vernietiging.bewaard}`);
      await page.getByTestId('bewaartermijn').waitFor();
    });
    await context.close();
  });
});
