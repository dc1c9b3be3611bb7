import { describe, expect, it } from 'vitest';
import type { Gegevenscategorie } from '../api/overdracht';
import {
  controleerKeuze,
  inSchermvolgorde,
  isGeldigBsn,
  koppelFouten,
  leegFormulier,
  naarInhoud,
  nieuweBetrokkene,
  nooitToegestaan,
  standaardKeuze,
  controleerRedenAdres,
  valideer,
  veldId,
  vanInhoud,
  veldNaam,
  wisselCategorie,
} from '../overdracht/formulier';
import type { OverdrachtFormulier } from '../overdracht/formulier';

function metTweeBetrokkenen(): OverdrachtFormulier {
  const f = leegFormulier();
  return {
    ...f,
    betrokkenen: [
      { ...f.betrokkenen[0], rol: 'SLACHTOFFER', voornaam: 'Fictief' },
      { ...nieuweBetrokkene(), rol: 'KIND' },
    ],
  };
}

describe('koppelFouten: invalidParams van de API naar de velden', () => {
  it('zet een fout bij het veld met hetzelfde JSON-pad', () => {
    const uitkomst = koppelFouten(
      [
        { name: 'betrokkenen[1].bsn', reason: 'Geen geldig burgerservicenummer (9 cijfers, elfproef).' },
        { name: 'aanleiding.meldingDatum', reason: 'Ligt in de toekomst.' },
        { name: 'betrokkenen[0].identiteit.gemeente', reason: 'Een CBS-gemeentecode zoals GM0599.' },
        { name: 'melder.telefoon', reason: 'Een telefoonnummer.' },
      ],
      metTweeBetrokkenen(),
    );
    expect(uitkomst.velden).toEqual({
      'betrokkenen[1].bsn': 'Geen geldig burgerservicenummer (9 cijfers, elfproef).',
      'aanleiding.meldingDatum': 'Ligt in de toekomst.',
      'betrokkenen[0].identiteit.gemeente': 'Een CBS-gemeentecode zoals GM0599.',
      'melder.telefoon': 'Een telefoonnummer.',
    });
    expect(uitkomst.algemeen).toEqual([]);
  });

  it('zet een fout in een regel van een lijst bij het tekstvak, met het regelnummer', () => {
    const uitkomst = koppelFouten(
      [
        { name: 'risicofactoren[2]', reason: 'Ten hoogste 1000 tekens.' },
        { name: 'risicofactoren[0]', reason: 'Verplicht.' },
        { name: 'geweldsvormen[1]', reason: 'Staat er al in.' },
      ],
      leegFormulier(),
    );
    expect(uitkomst.velden.risicofactoren).toBe('Regel 3: Ten hoogste 1000 tekens. Regel 1: Verplicht.');
    expect(uitkomst.velden.geweldsvormen).toBe('Staat er al in.');
  });

  it('zet een fout over een hele betrokkene of groep bij het eerste veld ervan', () => {
    const uitkomst = koppelFouten(
      [
        { name: 'betrokkenen[1]', reason: 'Verplicht.' },
        { name: 'betrokkenen', reason: 'Noem ten minste één betrokkene.' },
        { name: 'veiligheidsbeoordeling', reason: 'Verplicht.' },
      ],
      metTweeBetrokkenen(),
    );
    expect(uitkomst.velden['betrokkenen[1].rol']).toBe('Verplicht.');
    expect(uitkomst.velden.betrokkenen).toBe('Noem ten minste één betrokkene.');
    expect(uitkomst.velden['veiligheidsbeoordeling.uitkomst']).toBe('Verplicht.');
  });

  it('verliest geen melding over een veld dat het formulier niet heeft', () => {
    const uitkomst = koppelFouten(
      [
        { name: 'betrokkenen[5].bsn', reason: 'Geen geldig burgerservicenummer.' },
        { name: 'contactpersonen[0].naam', reason: 'Verplicht.' },
      ],
      leegFormulier(),
    );
    expect(uitkomst.velden).toEqual({});
    expect(uitkomst.algemeen).toEqual([
      'betrokkenen[5].bsn: Geen geldig burgerservicenummer.',
      'contactpersonen[0].naam: Verplicht.',
    ]);
  });

  it('geeft elk veld een eigen id en een Nederlandse naam voor de foutsamenvatting', () => {
    expect(veldId('betrokkenen[1].bsn')).toBe('veld-betrokkenen-1--bsn');
    expect(veldId('betrokkenen[1].bsn')).not.toBe(veldId('betrokkenen[11].bsn'));
    expect(veldNaam('betrokkenen[1].bsn')).toBe('Betrokkene 2: BSN');
    expect(veldNaam('aanleiding.meldingSamenvatting')).toBe('Samenvatting van de melding');
  });

  it('ordent de fouten zoals de velden op het scherm staan', () => {
    const volgorde = inSchermvolgorde(
      { 'melder.naam': 'x', 'betrokkenen[0].bsn': 'x', 'aanleiding.meldingDatum': 'x', hulpvraag: 'x' },
      metTweeBetrokkenen(),
    ).map(([sleutel]) => sleutel);
    expect(volgorde).toEqual(['aanleiding.meldingDatum', 'betrokkenen[0].bsn', 'hulpvraag', 'melder.naam']);
  });
});

describe('valideer: wat de browser zelf controleert', () => {
  it('accepteert een leeg concept met een betrokkene met rol', () => {
    const f = leegFormulier();
    f.betrokkenen[0].rol = 'SLACHTOFFER';
    expect(valideer(f, '2026-11-25')).toEqual({});
  });

  it('meldt rol, BSN, gemeente, telefoon en datums in het Nederlands bij het juiste veld', () => {
    const f = metTweeBetrokkenen();
    f.betrokkenen[1] = { ...f.betrokkenen[1], rol: '', bsn: '123456789', gemeente: 'Rotterdam', telefoon: 'bel me' };
    f.meldingDatum = '2026-11-20';
    f.beoordelingDatum = '2026-11-19';
    f.betrokkenen[0].geboortedatum = '2030-01-01';
    const fouten = valideer(f, '2026-11-25');
    expect(fouten['betrokkenen[1].rol']).toBe('Kies de rol van deze betrokkene.');
    expect(fouten['betrokkenen[1].bsn']).toMatch(/geen geldig burgerservicenummer/);
    expect(fouten['betrokkenen[1].identiteit.gemeente']).toMatch(/GM0599/);
    expect(fouten['betrokkenen[1].contact.telefoon']).toMatch(/telefoonnummer/);
    expect(fouten['betrokkenen[0].identiteit.geboortedatum']).toBe('Deze datum ligt in de toekomst.');
    expect(fouten['veiligheidsbeoordeling.datum']).toMatch(/niet vóór de datum van de melding/);
  });

  it('kent de elfproef en weigert twee keer hetzelfde BSN', () => {
    expect(isGeldigBsn('111222333')).toBe(true);
    expect(isGeldigBsn('123456789')).toBe(false);
    expect(isGeldigBsn('000000000')).toBe(false);
    const f = metTweeBetrokkenen();
    f.betrokkenen[0].bsn = '111222333';
    f.betrokkenen[1].bsn = '111 222 333';
    expect(valideer(f, '2026-11-25')['betrokkenen[1].bsn']).toMatch(/hetzelfde burgerservicenummer/);
  });

  it('een anonieme melder heeft geen naam of telefoonnummer', () => {
    const f = leegFormulier();
    f.betrokkenen[0].rol = 'SLACHTOFFER';
    f.melderSoort = 'ANONIEM';
    expect(valideer(f, '2026-11-25')).toEqual({});
    f.melderNaam = 'Buurvrouw';
    expect(valideer(f, '2026-11-25')['melder.soort']).toMatch(/anonieme melder heeft geen naam/);
    f.melderSoort = 'PARTICULIER';
    expect(valideer(f, '2026-11-25')).toEqual({});
  });
});

describe('naarInhoud', () => {
  it('laat lege velden weg, splitst regels en houdt de volgorde van de betrokkenen', () => {
    const f = metTweeBetrokkenen();
    f.meldingSamenvatting = '  Geschreeuw  ';
    f.uitkomst = 'OVERDRACHT_LOKAAL_VELD';
    f.veiligheidsvoorwaarden = 'Geen geweld\n\n  Kinderen naar school \n';
    f.betrokkenen[0].gemeente = 'gm0599';
    f.betrokkenen[0].bsn = '111 222 333';
    const inhoud = naarInhoud(f);
    expect(inhoud.aanleiding).toEqual({ meldingSamenvatting: 'Geschreeuw', meldingDatum: null });
    expect(inhoud.veiligheidsbeoordeling).toEqual({ uitkomst: 'OVERDRACHT_LOKAAL_VELD', datum: null });
    expect(inhoud.veiligheidsvoorwaarden).toEqual(['Geen geweld', 'Kinderen naar school']);
    expect(inhoud.risicofactoren).toBeNull();
    expect(inhoud.melder).toBeNull();
    expect(inhoud.geweldsvormen).toBeNull();
    expect(inhoud.betrokkenen?.map((b) => b.rol)).toEqual(['SLACHTOFFER', 'KIND']);
    expect(inhoud.betrokkenen?.[0].identiteit).toMatchObject({ voornaam: 'Fictief', gemeente: 'GM0599' });
    expect(inhoud.betrokkenen?.[0].bsn).toBe('111222333');
    expect(inhoud.betrokkenen?.[1].identiteit).toBeNull();
    expect(inhoud.betrokkenen?.[1].contact).toBeNull();
  });
});

describe('vanInhoud (concept bewerken)', () => {
  it('zet een opgeslagen concept terug in het formulier, met de ids van de betrokkenen', () => {
    const inhoud = {
      aanleiding: { meldingSamenvatting: 'Geschreeuw', meldingDatum: '2026-11-10' },
      veiligheidsbeoordeling: { uitkomst: 'OVERDRACHT_LOKAAL_VELD', datum: '2026-11-14' },
      geweldsvormen: ['PSYCHISCH'],
      betrokkenen: [
        {
          id: 'b-1',
          rol: 'SLACHTOFFER',
          identiteit: { voornaam: 'Fictief', achternaam: 'Voorbeeld', geboortedatum: '1990-03-01', geslacht: 'VROUW', gemeente: 'GM0599' },
          bsn: '111222333',
          contact: { adres: 'Voorbeeldstraat 1', telefoon: '010-1234567' },
          afgeschermdAdres: null,
        },
      ],
      veiligheidsvoorwaarden: ['Geen geweld', 'Kinderen naar school'],
      risicofactoren: null,
      beschermendeFactoren: ['Grootouders'],
      hulpvraag: 'Opvoeding',
      geadviseerdeHulp: null,
      huidigeHulpverlening: null,
      melder: { soort: 'PROFESSIONEEL' as const, naam: 'Buurvrouw', relatie: null, telefoon: null },
      justitieleInformatie: null,
      gezondheid: null,
    };
    const formulier = vanInhoud(inhoud);
    expect(formulier.veiligheidsvoorwaarden).toBe('Geen geweld\nKinderen naar school');
    expect(formulier.betrokkenen[0]).toMatchObject({ id: 'b-1', rol: 'SLACHTOFFER', bsn: '111222333', telefoon: '010-1234567' });
    const terug = naarInhoud(formulier);
    expect(terug.betrokkenen?.[0]).toMatchObject(inhoud.betrokkenen[0]);
    expect(terug.veiligheidsvoorwaarden).toEqual(inhoud.veiligheidsvoorwaarden);
    expect(terug.melder).toEqual(inhoud.melder); // the kind of melder survives editing the concept
    expect(terug.aanleiding).toEqual(inhoud.aanleiding);
  });
});

describe('keuze van de gegevenscategorieën bij versturen', () => {
  const wijkteam: Gegevenscategorie[] = ['VEILIGHEID', 'IDENTITEIT', 'BSN', 'CONTACT', 'ADRES_AFGESCHERMD', 'HULPVERLENING', 'GEZONDHEID'];

  it('kiest standaard wat het beleid toestaat behalve BSN en afgeschermd adres, in vaste volgorde', () => {
    expect(standaardKeuze(wijkteam)).toEqual(['IDENTITEIT', 'CONTACT', 'VEILIGHEID', 'HULPVERLENING', 'GEZONDHEID']);
    expect(nooitToegestaan(wijkteam)).toEqual(['JUSTITIEEL', 'MELDER']);
  });

  it('zet een categorie uit en weer aan, maar nooit een die het beleid niet toestaat', () => {
    let keuze = standaardKeuze(wijkteam);
    keuze = wisselCategorie(keuze, 'BSN', true, wijkteam);
    expect(keuze).toContain('BSN');
    keuze = wisselCategorie(keuze, 'BSN', false, wijkteam);
    expect(keuze).toEqual(standaardKeuze(wijkteam));
    expect(wisselCategorie(keuze, 'MELDER', true, wijkteam)).not.toContain('MELDER');
    expect(wisselCategorie(['MELDER', 'VEILIGHEID'], 'BSN', false, wijkteam)).toEqual(['VEILIGHEID']);
  });

  it('vraagt een korte reden als het afgeschermde adres gedeeld wordt', () => {
    expect(controleerRedenAdres(['IDENTITEIT'], '')).toBeNull();
    expect(controleerRedenAdres(['ADRES_AFGESCHERMD'], '  ')).toMatch(/waarom/);
    expect(controleerRedenAdres(['ADRES_AFGESCHERMD'], 'x'.repeat(501))).toMatch(/te lang/);
    expect(controleerRedenAdres(['ADRES_AFGESCHERMD'], 'Huisbezoek op de opvanglocatie.')).toBeNull();
  });

  it('vraagt om ten minste één categorie', () => {
    expect(controleerKeuze([])).toMatch(/ten minste één/);
    expect(controleerKeuze(['VEILIGHEID'])).toBeNull();
  });
});
