/**
 * Retention in words (issue 15): the destruction date the API computes from the retention rules, or that the clock has
 * not started yet. `start` names the moment the clock starts for this kind of resource ("afsluiting", "afschaling").
 */
export function bewaartermijnTekst(vernietigingsdatum: string | null | undefined, start: 'afsluiting' | 'afschaling', datumTekst: (d: string) => string): string {
  return vernietigingsdatum ? `Wordt vernietigd op ${datumTekst(vernietigingsdatum)}` : `Bewaartermijn loopt nog niet (start bij ${start})`;
}

const BRONTYPEN: Readonly<Record<string, string>> = {
  OVERDRACHT: 'Overdracht',
  AANMELDING: 'Aanmelding casusoverleg',
  INBRENG: 'Inbreng casusoverleg',
  CRISISDOSSIER: 'Crisisdossier',
};

export function brontypeNaam(brontype: string): string {
  return BRONTYPEN[brontype] ?? brontype.charAt(0) + brontype.slice(1).toLowerCase().replaceAll('_', ' ');
}

const STATUSSEN: Readonly<Record<string, string>> = {
  VOORGESTELD: 'Voorgesteld, wacht op goedkeuring',
  GOEDGEKEURD: 'Goedgekeurd, nog uit te voeren',
  UITGEVOERD: 'Uitgevoerd',
};

export function lijststatusTekst(status: string): string {
  return STATUSSEN[status] ?? status;
}
