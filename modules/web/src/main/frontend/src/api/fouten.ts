import type { OngeldigeParameter, Probleem } from './types';

/** An API call that did not succeed, with the texts to show the user (Dutch). */
export class ApiFout extends Error {
  readonly status: number | null;
  readonly titel: string;
  readonly detail: string | null;
  /** The problem's `instance` (a correlation id the helpdesk can look up), when there is one. */
  readonly kenmerk: string | null;
  /** The problem's `code` (e.g. OVD-001), when there is one. */
  readonly code: string | null;
  /** The problem's `invalidParams`: one per invalid field, `name` is the JSON path (`betrokkenen[0].bsn`). */
  readonly ongeldigeVelden: OngeldigeParameter[];
  /** The problem's other members (e.g. `overlegId` of CSO-020), as the API wrote them. */
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    titel: string,
    detail: string | null,
    status: number | null,
    kenmerk: string | null = null,
    code: string | null = null,
    ongeldigeVelden: OngeldigeParameter[] = [],
    extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail ? `${titel}: ${detail}` : titel);
    this.name = 'ApiFout';
    this.titel = titel;
    this.detail = detail;
    this.status = status;
    this.kenmerk = kenmerk;
    this.code = code;
    this.ongeldigeVelden = ongeldigeVelden;
    this.extra = extra;
  }
}

function standaardTitel(status: number): string {
  if (status === 401) return 'U bent niet (meer) aangemeld';
  if (status === 403) return 'U heeft geen toegang tot deze gegevens';
  if (status === 404) return 'Niet gevonden';
  if (status === 409) return 'Deze stap kan nu niet (meer)';
  if (status === 412) return 'Iemand anders heeft dit intussen gewijzigd';
  if (status === 429) return 'Te veel verzoeken, probeer het zo opnieuw';
  if (status >= 500) return 'Er ging iets mis bij Schakel';
  return 'Het verzoek is niet gelukt';
}

/** Turns a failed response into an ApiFout, using the problem+json `title`/`detail` when present. */
export async function foutUitAntwoord(antwoord: Response): Promise<ApiFout> {
  let probleem: Probleem | null = null;
  const soort = antwoord.headers.get('Content-Type') ?? '';
  if (soort.includes('json')) {
    try {
      probleem = (await antwoord.json()) as Probleem;
    } catch {
      probleem = null;
    }
  }
  const titel = probleem?.title?.trim() || standaardTitel(antwoord.status);
  const detail = probleem?.detail?.trim() || null;
  const ongeldig = Array.isArray(probleem?.invalidParams)
    ? probleem.invalidParams.filter((p): p is OngeldigeParameter => typeof p?.name === 'string')
    : [];
  return new ApiFout(titel, detail, antwoord.status, kenmerkVan(probleem?.instance), probleem?.code ?? null, ongeldig, (probleem ?? {}) as Record<string, unknown>);
}

/** The helpdesk reference as people read it out: the id without the API's `urn:uuid:` scheme. */
export function kenmerkVan(instance: string | null | undefined): string | null {
  const kenmerk = instance?.trim().replace(/^urn:uuid:/i, '') ?? '';
  return kenmerk || null;
}

export function geenVerbinding(): ApiFout {
  return new ApiFout(
    'Geen verbinding met Schakel',
    'De server antwoordt niet. Controleer uw netwerkverbinding en probeer het opnieuw.',
    null,
  );
}
