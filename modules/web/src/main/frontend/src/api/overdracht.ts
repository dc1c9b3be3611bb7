/** The overdracht API (OverdrachtResource and its *Json records); all enum values as the API writes them. */

export type OverdrachtStatus = 'CONCEPT' | 'VERZONDEN' | 'ONTVANGEN' | 'GEACCEPTEERD' | 'TERUGGELEGD' | 'INGETROKKEN';

export type Gegevenscategorie =
  | 'IDENTITEIT'
  | 'BSN'
  | 'CONTACT'
  | 'ADRES_AFGESCHERMD'
  | 'VEILIGHEID'
  | 'HULPVERLENING'
  | 'GEZONDHEID'
  | 'JUSTITIEEL'
  | 'MELDER';

/** In the order of nl.schakel.toegang.Gegevenscategorie. */
export const ALLE_CATEGORIEEN: readonly Gegevenscategorie[] = [
  'IDENTITEIT',
  'BSN',
  'CONTACT',
  'ADRES_AFGESCHERMD',
  'VEILIGHEID',
  'HULPVERLENING',
  'GEZONDHEID',
  'JUSTITIEEL',
  'MELDER',
];

export interface Identiteit {
  voornaam?: string | null;
  achternaam?: string | null;
  geboortedatum?: string | null;
  geslacht?: string | null;
  gemeente?: string | null;
}

export interface Betrokkene {
  id?: string | null;
  rol?: string | null;
  identiteit?: Identiteit | null;
  bsn?: string | null;
  contact?: { adres?: string | null; telefoon?: string | null } | null;
  afgeschermdAdres?: string | null;
}

export interface Contactpersoon {
  naam?: string | null;
  organisatie?: string | null;
  functie?: string | null;
  telefoon?: string | null;
}

/** `OverdrachtInhoud`: every group is optional (absent, or left out by the access filter). */
export interface OverdrachtInhoud {
  aanleiding?: { meldingSamenvatting?: string | null; meldingDatum?: string | null } | null;
  veiligheidsbeoordeling?: { uitkomst?: string | null; datum?: string | null } | null;
  geweldsvormen?: string[] | null;
  betrokkenen?: Betrokkene[] | null;
  veiligheidsvoorwaarden?: string[] | null;
  risicofactoren?: string[] | null;
  beschermendeFactoren?: string[] | null;
  hulpvraag?: string | null;
  geadviseerdeHulp?: string | null;
  huidigeHulpverlening?: string | null;
  contactpersonen?: Contactpersoon[] | null;
  /** `soort` decides the feedback letter: a professional, a private person, or anonymous (no letter). */
  melder?: { naam?: string | null; relatie?: string | null; telefoon?: string | null; soort?: Meldersoort | null } | null;
  justitieleInformatie?: string | null;
  gezondheid?: string | null;
}

export interface Overgang {
  volgnummer: number;
  van: string | null;
  naar: string;
  op: string;
  door: string | null;
  organisatie: string | null;
  reden: string | null;
}

/** The planned joint conversation (`PUT /overdrachten/{id}/warme-overdracht`): a day, a local time "10:30", a place. */
export interface WarmeOverdracht {
  datum: string;
  tijd: string;
  plaats: string;
}

/** The deadline fields both sides see (derived by the API from the working-day calendar). */
export interface Termijnvelden {
  acceptatieUiterlijk?: string | null;
  acceptatieVerlopen?: boolean;
  /** Set once the term watcher escalated it to the sender's teamleider. */
  opgeschaaldOp?: string | null;
}

/** Whom the receiver calls at Veilig Thuis about the case: a name and a Dutch work number (given with the sending). */
export interface ContactpersoonVeiligThuis {
  naam: string;
  telefoon: string;
}

/** `GET /overdrachten/{id}` and the answers of every step. */
export interface Overdracht extends Termijnvelden {
  id: string;
  versie: number;
  laatstGewijzigd: string;
  status: OverdrachtStatus;
  eigenaarOrganisatie: string;
  ontvangendeOrganisatie: string | null;
  gedeeldeCategorieen: Gegevenscategorie[] | null;
  verzondenOp: string | null;
  veiligheidsbeoordelingUiterlijk?: string | null;
  opgeschaaldNaar?: string | null;
  warmeOverdracht?: WarmeOverdracht | null;
  /** Absent before sending, and on overdrachten sent before the sender was asked for it. */
  contactpersoonVeiligThuis?: ContactpersoonVeiligThuis | null;
  /** Issue 15: the day Veilig Thuis's overdracht is due for destruction; null while the clock has not started (before afsluiting). */
  vernietigingsdatum?: string | null;
  inhoud: OverdrachtInhoud | null;
  achtergehouden: Gegevenscategorie[] | null;
  overgangen?: Overgang[] | null;
}

/** An item of `GET /overdrachten`. */
/**
 * What makes a case recognisable in a list, only as far as the caller's grants reach: without the identity category
 * `naamGedeeld` is false and the names, birth year and municipality are absent.
 */
export interface Herkenning {
  naamGedeeld: boolean;
  achternaam?: string | null;
  kindVoornaam?: string | null;
  kindGeboortejaar?: number | null;
  gemeente?: string | null;
  gemeenteNaam?: string | null;
  meldingDatum?: string | null;
}

export interface OverdrachtSamenvatting extends Termijnvelden {
  warmeOverdrachtOp?: string | null;
  herkenning?: Herkenning | null;
  id: string;
  versie: number;
  laatstGewijzigd: string;
  status: OverdrachtStatus;
  eigenaarOrganisatie: string;
  ontvangendeOrganisatie: string | null;
}

/** `GET /overdrachten/{id}/voorbeeld`. */
export interface Voorbeeld {
  id: string;
  versie: number;
  voor: string;
  categorieen: Gegevenscategorie[];
  inhoud: OverdrachtInhoud | null;
  achtergehouden: Gegevenscategorie[];
}

/** An item of `GET /overdrachten/{id}/toegang`. */
export interface Toegang {
  reden: string;
  doel: string;
  categorieen: Gegevenscategorie[];
  organisatie: string | null;
  team: string | null;
  medewerker: string | null;
  geldigVan: string | null;
  geldigTot: string | null;
  noodtoegang: boolean;
  toelichting: string | null;
}

/** An item of `GET /organisaties`. */
export interface Organisatie {
  id: string;
  code: string;
  naam: string;
  type: string;
  gemeenten?: string[] | null;
  /** Where partners reach the organisation about a person (partner register); absent when it has none. */
  functioneleMailbox?: string | null;
}

/**
 * An item of `GET /terugleggingen` ("Door ons teruggelegd"): a return the caller's organisation made, with only what it
 * may still see of it — its own step and the Veilig Thuis it went back to, no case content.
 */
export interface Teruglegging {
  overdracht: string;
  zaaknummer: string;
  teruggelegdOp: string;
  teruggelegdDoor: string;
  reden: string;
  veiligThuis: { code: string; naam: string };
}

/** A HAL-style list as `Lijst` writes it. */
export interface Lijst<T> {
  _embedded?: Record<string, T[]>;
  _links?: { next?: { href: string } };
}

export type Meldersoort = 'PROFESSIONEEL' | 'PARTICULIER' | 'ANONIEM';
