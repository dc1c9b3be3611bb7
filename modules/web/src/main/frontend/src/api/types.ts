/** `GET /api/v1/ui-configuratie` (no token needed). */
export interface UiConfiguratie {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export interface OrganisatieKort {
  code: string;
  naam: string;
  type?: string | null;
}

/** A role as the API gives it: either the bare realm-role code or `{code, omschrijving}`. */
export type RolUitApi = string | { code: string; omschrijving?: string | null };

/** `GET /api/v1/mij`. */
export interface Mij {
  id: string;
  naam: string | null;
  gebruikersnaam: string | null;
  organisatie: OrganisatieKort | null;
  team: string | null;
  rollen: RolUitApi[];
}

/** RFC 9457 problem body (`application/problem+json`). */
export interface Probleem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  invalidParams?: OngeldigeParameter[];
}

/** One invalid field of a problem: `name` is the JSON path as the client sent it, `reason` is Dutch. */
export interface OngeldigeParameter {
  name: string;
  reason: string;
}
