import { CATEGORIE_LABELS } from '../overdracht/labels';
import { organisatietypeLabel } from '../organisatietypen';

/** Dutch words for the register's codes; an unknown code is shown as it is. */

export const DOEL_LABELS: Readonly<Record<string, string>> = {
  OVERDRACHT: 'Overdracht',
  MONITORING: 'Monitoring na de overdracht',
  CASUSOVERLEG: 'Casusoverleg',
  CRISIS: 'Crisisdossier',
  PRIVACYBEHEER: 'Privacybeheer',
  AUDIT: 'Verantwoording (logboek)',
  BEKENDHEIDSCHECK: 'Bekendheidscheck',
};

export const BETROKKENE_LABELS: Readonly<Record<string, string>> = {
  SLACHTOFFER: 'Slachtoffer',
  VERMOEDELIJKE_PLEGER: 'Vermoedelijke pleger',
  PLEGER: 'Pleger',
  KIND: 'Kind',
  OUDER: 'Ouder',
  VERZORGER: 'Verzorger',
  OVERIG: 'Overige betrokkene',
  ANDER: 'Andere betrokkene',
  MELDER: 'Melder',
  VERZOEKER: 'Betrokkene die een verzoek doet',
  MEDEWERKER: 'Medewerker van een partner',
  BETROKKENE: 'Betrokkene (alleen als kenmerk)',
};

export const BRONTYPE_LABELS: Readonly<Record<string, string>> = {
  OVERDRACHT: 'Overdracht',
  AANMELDING: 'Aanmelding (gedeelde kopie)',
  OVERLEG: 'Overleg',
  AGENDAPUNT: 'Agendapunt met verslag',
  ACTIE: 'Actie',
  INBRENG: 'Inbreng',
  CRISISDOSSIER: 'Crisisdossier',
  AANTEKENING: 'Aantekening',
  TAAK: 'Taak',
  SCREENINGSVERZOEK: 'Screeningsverzoek',
  LOGBOEK: 'Logboek',
};

export function doelTekst(doel: string): string {
  return DOEL_LABELS[doel] ?? doel;
}

export function categorieTekst(categorie: string): string {
  return (CATEGORIE_LABELS as Record<string, string>)[categorie] ?? categorie;
}

export function betrokkeneTekst(code: string): string {
  return BETROKKENE_LABELS[code] ?? code;
}

export function brontypeTekst(code: string): string {
  return BRONTYPE_LABELS[code] ?? code;
}

export function typeTekst(code: string): string {
  return organisatietypeLabel(code) ?? code;
}
