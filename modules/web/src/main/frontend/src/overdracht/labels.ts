import type { Gegevenscategorie, OverdrachtStatus } from '../api/overdracht';

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
