/** Dutch names of the organisation types in the contract (docs/afspraken-tussen-onderdelen.md). */
export const ORGANISATIETYPE_LABELS: Readonly<Record<string, string>> = {
  VEILIG_THUIS: 'Veilig Thuis',
  WIJKTEAM: 'Wijkteam',
  POLITIE: 'Politie',
  OPENBAAR_MINISTERIE: 'Openbaar Ministerie',
  RECLASSERING: 'Reclassering',
  RAAD_VOOR_DE_KINDERBESCHERMING: 'Raad voor de Kinderbescherming',
  JEUGDBESCHERMING: 'Jeugdbescherming',
  CRISISINTERVENTIETEAM: 'Crisisinterventieteam',
  CENTRUM_HGKM: 'Centrum huiselijk geweld en kindermishandeling',
  ZORG_EN_VEILIGHEIDSHUIS: 'Zorg- en Veiligheidshuis',
  OPVANG: 'Opvang',
  OVERIGE_PARTNER: 'Overige partner',
  PLATFORMBEHEER: 'Platformbeheer',
};

export function organisatietypeLabel(type: string | null | undefined): string | null {
  if (!type) return null;
  return ORGANISATIETYPE_LABELS[type] ?? type;
}
