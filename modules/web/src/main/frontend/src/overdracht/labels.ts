import type { Gegevenscategorie, Herkenning, OverdrachtInhoud, OverdrachtStatus } from '../api/overdracht';

/** Dutch texts for the values of the overdracht API. Unknown values are shown as they are. */

export const STATUS_LABELS: Readonly<Record<OverdrachtStatus, string>> = {
  CONCEPT: 'Concept',
  VERZONDEN: 'Verzonden',
  ONTVANGEN: 'Ontvangen',
  GEACCEPTEERD: 'Geaccepteerd',
  TERUGGELEGD: 'Teruggelegd',
  INGETROKKEN: 'Ingetrokken',
};

export const CATEGORIE_LABELS: Readonly<Record<Gegevenscategorie, string>> = {
  IDENTITEIT: 'Identiteit',
  BSN: 'Burgerservicenummer (BSN)',
  CONTACT: 'Contactgegevens',
  ADRES_AFGESCHERMD: 'Afgeschermd adres',
  VEILIGHEID: 'Veiligheid',
  HULPVERLENING: 'Hulpverlening',
  GEZONDHEID: 'Gezondheid',
  JUSTITIEEL: 'Justitiële informatie',
  MELDER: 'Gegevens van de melder',
};

export const CATEGORIE_UITLEG: Readonly<Record<Gegevenscategorie, string>> = {
  IDENTITEIT: 'naam, geboortedatum, geslacht en gemeente van de betrokkenen',
  BSN: 'het burgerservicenummer van de betrokkenen',
  CONTACT: 'adres en telefoonnummer van de betrokkenen',
  ADRES_AFGESCHERMD: 'een geheim adres of opvangadres',
  VEILIGHEID: 'aanleiding, veiligheidsbeoordeling, geweldsvormen, veiligheidsvoorwaarden, risico’s en beschermende factoren',
  HULPVERLENING: 'hulpvraag, geadviseerde en huidige hulp, contactpersonen',
  GEZONDHEID: 'medische en GGZ-informatie',
  JUSTITIEEL: 'informatie van politie en justitie',
  MELDER: 'wie de melding deed',
};

export const UITKOMST_LABELS: Readonly<Record<string, string>> = {
  GEEN_VERVOLG: 'Geen vervolg',
  OVERDRACHT_LOKAAL_VELD: 'Overdracht aan het lokale veld (wijkteam)',
  OVERDRACHT_LOPENDE_HULPVERLENING: 'Overdracht aan de lopende hulpverlening',
  OVERDRACHT_MULTIDISCIPLINAIR_TEAM: 'Overdracht aan een multidisciplinair team',
  OVERDRACHT_DIRECTBETROKKENEN: 'Overdracht aan de directbetrokkenen',
  CRISISINTERVENTIE: 'Crisisinterventie',
  ONDERZOEK: 'Onderzoek',
  VOORWAARDEN_EN_VERVOLG: 'Voorwaarden en vervolg',
  TIJDELIJK_HUISVERBOD: 'Tijdelijk huisverbod',
};

export const GEWELDSVORM_LABELS: Readonly<Record<string, string>> = {
  LICHAMELIJK: 'Lichamelijk geweld',
  PSYCHISCH: 'Psychisch geweld',
  SEKSUEEL: 'Seksueel geweld',
  VERWAARLOZING: 'Verwaarlozing',
  ECONOMISCH: 'Economisch geweld',
  GETUIGE_HUISELIJK_GEWELD: 'Getuige van huiselijk geweld',
  EERGERELATEERD: 'Eergerelateerd geweld',
  STALKING: 'Stalking',
  OUDERENMISHANDELING: 'Ouderenmishandeling',
  HUWELIJKSDWANG: 'Huwelijksdwang',
  VROUWELIJKE_GENITALE_VERMINKING: 'Vrouwelijke genitale verminking',
  ACHTERLATING: 'Achterlating',
  MENSENHANDEL: 'Mensenhandel',
  OVERIG: 'Overig',
};

export const ROL_BETROKKENE_LABELS: Readonly<Record<string, string>> = {
  SLACHTOFFER: 'Slachtoffer',
  VERMOEDELIJKE_PLEGER: 'Vermoedelijke pleger',
  KIND: 'Kind',
  OUDER: 'Ouder',
  OVERIG: 'Overig',
};

export const GESLACHT_LABELS: Readonly<Record<string, string>> = {
  VROUW: 'Vrouw',
  MAN: 'Man',
  ANDERS: 'Anders',
  ONBEKEND: 'Onbekend',
};

/** `melder.soort`: how the feedback letter addresses the melder. */
export const MELDERSOORT_LABELS: Readonly<Record<string, string>> = {
  PROFESSIONEEL: 'Professional (meldcode)',
  PARTICULIER: 'Particulier (buur, familie, kennis)',
  ANONIEM: 'Anoniem',
};

export const REDEN_LABELS: Readonly<Record<string, string>> = {
  EIGENAAR: 'Uw organisatie heeft deze overdracht opgesteld en is er eigenaar van.',
  ONTVANGER: 'Veilig Thuis heeft deze overdracht aan uw organisatie gestuurd.',
  UITGENODIGD: 'Uw organisatie is uitgenodigd voor een casusoverleg over deze zaak.',
  CRISISPARTNER: 'Uw organisatie is crisispartner in deze zaak.',
  NOODTOEGANG: 'U heeft noodtoegang gevraagd; dit wordt beoordeeld.',
};

export const DOEL_LABELS: Readonly<Record<string, string>> = {
  OVERDRACHT: 'Overdracht van zicht op veiligheid',
  CASUSOVERLEG: 'Casusoverleg',
  CRISIS: 'Crisisaanpak',
  MONITORING: 'Monitoring',
  PRIVACYBEHEER: 'Privacybeheer',
};

export function label(tabel: Readonly<Record<string, string>>, waarde: string | null | undefined): string {
  if (!waarde) return '';
  return tabel[waarde] ?? waarde;
}

export function categorieLabel(categorie: string): string {
  return label(CATEGORIE_LABELS, categorie);
}

export function statusLabel(status: string): string {
  return label(STATUS_LABELS, status);
}

const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** `2026-11-10` → `10 november 2026` (a date without time, no time zone shift). */
export function datumTekst(datum: string | null | undefined): string {
  if (!datum) return '';
  const [j, m, d] = datum.split('-').map(Number);
  if (!j || !m || !d) return datum;
  return DATUM.format(new Date(Date.UTC(j, m - 1, d, 12)));
}

/** An instant in Dutch time. */
export function momentTekst(moment: string | null | undefined): string {
  if (!moment) return '';
  const tijd = new Date(moment);
  return Number.isNaN(tijd.getTime()) ? moment : MOMENT.format(tijd);
}

/** The short case number the lists, titles and notifications share: the first 8 characters of the id. */
export function zaaknummer(id: string): string {
  return id.slice(0, 8);
}

/**
 * A case by what people recognise it by: "Familie Jansen – Noor (2018)", or "Naam niet gedeeld" when the caller's
 * grant does not show names. Never more than the grant shows: this reads only what the API gave.
 */
export function herkenningsnaam(herkenning: Herkenning | null | undefined): string {
  if (!herkenning) return 'Overdracht';
  if (!herkenning.naamGedeeld) return 'Naam niet gedeeld';
  const familie = herkenning.achternaam ? `Familie ${herkenning.achternaam}` : 'Familie onbekend';
  if (!herkenning.kindVoornaam) return familie;
  return `${familie} – ${herkenning.kindVoornaam}${herkenning.kindGeboortejaar ? ` (${herkenning.kindGeboortejaar})` : ''}`;
}

/** The rest of the line under the name: municipality by name (never its code), melding date, case number. */
export function herkenningsdetails(o: { id: string; herkenning?: Herkenning | null }): string {
  const delen: string[] = [];
  if (o.herkenning?.gemeenteNaam) delen.push(o.herkenning.gemeenteNaam);
  if (o.herkenning?.meldingDatum) delen.push(`melding ${datumTekst(o.herkenning.meldingDatum)}`);
  delen.push(`zaaknummer ${zaaknummer(o.id)}`);
  return delen.join(' · ');
}

/** The detail page's identity from its (filtered) content: the same choice as the API's list. */
export function herkenningUitInhoud(
  inhoud: OverdrachtInhoud | null | undefined,
  achtergehouden: readonly string[] | null | undefined,
): Herkenning {
  const naamGedeeld = Boolean(inhoud) && !(achtergehouden ?? []).includes('IDENTITEIT');
  const betrokkenen = (inhoud?.betrokkenen ?? []).filter((b) => b?.identiteit);
  const kind = betrokkenen.find((b) => b.rol === 'KIND')?.identiteit;
  const familie = kind ?? betrokkenen.find((b) => b.rol === 'SLACHTOFFER')?.identiteit ?? betrokkenen[0]?.identiteit;
  return {
    naamGedeeld,
    achternaam: naamGedeeld ? familie?.achternaam ?? null : null,
    kindVoornaam: naamGedeeld ? kind?.voornaam ?? null : null,
    kindGeboortejaar: naamGedeeld && kind?.geboortedatum ? Number(kind.geboortedatum.slice(0, 4)) : null,
    meldingDatum: inhoud?.aanleiding?.meldingDatum ?? null,
  };
}
