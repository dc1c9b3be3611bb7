import type { ReactNode } from 'react';
import type { Gegevenscategorie, OverdrachtInhoud } from '../api/overdracht';
import {
  GESLACHT_LABELS,
  GEWELDSVORM_LABELS,
  ROL_BETROKKENE_LABELS,
  UITKOMST_LABELS,
  categorieLabel,
  datumTekst,
  label,
} from '../overdracht/labels';

function Rij({ naam, children }: { naam: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{naam}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}

function Opsomming({ items }: { items: string[] | null | undefined }) {
  if (!items || items.length === 0) return null;
  return (
    <ul className="utrecht-unordered-list schakel-opsomming">
      {items.map((item, i) => (
        <li key={i} className="utrecht-unordered-list__item">
          {item}
        </li>
      ))}
    </ul>
  );
}

function Sectie({ kop, niveau, children }: { kop: string; niveau: 2 | 3; children: ReactNode }) {
  const Kop = niveau === 2 ? 'h2' : 'h3';
  return (
    <section className="schakel-inhoud-sectie">
      <Kop className={`utrecht-heading-${niveau} schakel-inhoud-sectie__kop`}>{kop}</Kop>
      {children}
    </section>
  );
}

function Lijst({ children }: { children: ReactNode }) {
  return <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens">{children}</dl>;
}

/**
 * The content of an overdracht, read-only, exactly as the API gave it: a field group that is absent (never
 * filled in, or left out by the access filter) is not shown; `achtergehouden` is named separately.
 */
export function InhoudWeergave({ inhoud, kopNiveau = 2 }: { inhoud: OverdrachtInhoud | null | undefined; kopNiveau?: 2 | 3 }) {
  if (!inhoud) return <p className="utrecht-paragraph">Er is geen inhoud om te tonen.</p>;
  const n = kopNiveau;
  const veiligheid =
    inhoud.aanleiding || inhoud.veiligheidsbeoordeling || (inhoud.geweldsvormen && inhoud.geweldsvormen.length > 0);
  const factoren = inhoud.veiligheidsvoorwaarden?.length || inhoud.risicofactoren?.length || inhoud.beschermendeFactoren?.length;
  const hulp = inhoud.hulpvraag || inhoud.geadviseerdeHulp || inhoud.huidigeHulpverlening || inhoud.contactpersonen?.length;
  return (
    <div className="schakel-inhoudweergave">
      {veiligheid && (
        <Sectie kop="Aanleiding en veiligheidsbeoordeling" niveau={n}>
          <Lijst>
            <Rij naam="Samenvatting van de melding">{inhoud.aanleiding?.meldingSamenvatting}</Rij>
            <Rij naam="Datum van de melding">{datumTekst(inhoud.aanleiding?.meldingDatum)}</Rij>
            <Rij naam="Uitkomst van de beoordeling">{label(UITKOMST_LABELS, inhoud.veiligheidsbeoordeling?.uitkomst)}</Rij>
            <Rij naam="Datum van de beoordeling">{datumTekst(inhoud.veiligheidsbeoordeling?.datum)}</Rij>
            <Rij naam="Geweldsvormen">
              {inhoud.geweldsvormen?.length ? (
                <Opsomming items={inhoud.geweldsvormen.map((v) => label(GEWELDSVORM_LABELS, v))} />
              ) : null}
            </Rij>
          </Lijst>
        </Sectie>
      )}
      {inhoud.betrokkenen && inhoud.betrokkenen.length > 0 && (
        <Sectie kop="Betrokkenen" niveau={n}>
          <ol className="schakel-betrokkenen-lijst">
            {inhoud.betrokkenen.map((b, i) => {
              const naam = [b.identiteit?.voornaam, b.identiteit?.achternaam].filter(Boolean).join(' ');
              return (
                <li key={b.id ?? i} className="schakel-betrokkene-kaart">
                  <p className="utrecht-paragraph schakel-betrokkene-kaart__kop">
                    <strong>{label(ROL_BETROKKENE_LABELS, b.rol) || 'Betrokkene'}</strong>
                    {naam ? `: ${naam}` : ''}
                  </p>
                  <Lijst>
                    <Rij naam="Geboortedatum">{datumTekst(b.identiteit?.geboortedatum)}</Rij>
                    <Rij naam="Geslacht">{label(GESLACHT_LABELS, b.identiteit?.geslacht)}</Rij>
                    <Rij naam="Gemeente">{b.identiteit?.gemeente}</Rij>
                    <Rij naam="BSN">{b.bsn}</Rij>
                    <Rij naam="Adres">{b.contact?.adres}</Rij>
                    <Rij naam="Telefoon">{b.contact?.telefoon}</Rij>
                    <Rij naam="Afgeschermd adres">{b.afgeschermdAdres}</Rij>
                  </Lijst>
                </li>
              );
            })}
          </ol>
        </Sectie>
      )}
      {factoren ? (
        <Sectie kop="Veiligheidsvoorwaarden, risico’s en beschermende factoren" niveau={n}>
          <Lijst>
            <Rij naam="Veiligheidsvoorwaarden">
              {inhoud.veiligheidsvoorwaarden?.length ? <Opsomming items={inhoud.veiligheidsvoorwaarden} /> : null}
            </Rij>
            <Rij naam="Risicofactoren">
              {inhoud.risicofactoren?.length ? <Opsomming items={inhoud.risicofactoren} /> : null}
            </Rij>
            <Rij naam="Beschermende factoren">
              {inhoud.beschermendeFactoren?.length ? <Opsomming items={inhoud.beschermendeFactoren} /> : null}
            </Rij>
          </Lijst>
        </Sectie>
      ) : null}
      {hulp ? (
        <Sectie kop="Hulp" niveau={n}>
          <Lijst>
            <Rij naam="Hulpvraag">{inhoud.hulpvraag}</Rij>
            <Rij naam="Geadviseerde hulp">{inhoud.geadviseerdeHulp}</Rij>
            <Rij naam="Huidige hulpverlening">{inhoud.huidigeHulpverlening}</Rij>
            <Rij naam="Contactpersonen">
              {inhoud.contactpersonen?.length ? (
                <Opsomming
                  items={inhoud.contactpersonen.map((c) =>
                    [c.naam, c.functie, c.organisatie, c.telefoon].filter(Boolean).join(', '),
                  )}
                />
              ) : null}
            </Rij>
          </Lijst>
        </Sectie>
      ) : null}
      {inhoud.melder && (
        <Sectie kop="Melder" niveau={n}>
          <Lijst>
            <Rij naam="Naam">{inhoud.melder.naam}</Rij>
            <Rij naam="Relatie">{inhoud.melder.relatie}</Rij>
            <Rij naam="Telefoon">{inhoud.melder.telefoon}</Rij>
          </Lijst>
        </Sectie>
      )}
      {(inhoud.justitieleInformatie || inhoud.gezondheid) && (
        <Sectie kop="Overige informatie" niveau={n}>
          <Lijst>
            <Rij naam="Justitiële informatie">{inhoud.justitieleInformatie}</Rij>
            <Rij naam="Gezondheid">{inhoud.gezondheid}</Rij>
          </Lijst>
        </Sectie>
      )}
    </div>
  );
}

/** The notice naming the categories that were left out (in Dutch). */
/** `vraagBij`: whom to ask at Veilig Thuis (the contact person of the overdracht), named in the sentence that says to ask. */
export function Achtergehouden({
  categorieen,
  wie = 'u',
  vraagBij,
}: {
  categorieen: readonly Gegevenscategorie[] | null | undefined;
  wie?: 'u' | 'ontvanger';
  vraagBij?: string;
}) {
  if (!categorieen || categorieen.length === 0) {
    return (
      <p className="utrecht-paragraph" data-testid="achtergehouden-geen">
        {wie === 'u' ? 'Er is niets voor u achtergehouden.' : 'Er wordt niets achtergehouden.'}
      </p>
    );
  }
  return (
    <div className="utrecht-alert utrecht-alert--warning schakel-melding schakel-melding--let-op" data-testid="achtergehouden">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph schakel-melding__titel">
            <strong>{wie === 'u' ? 'Niet voor u zichtbaar' : 'Wordt achtergehouden'}</strong>
          </p>
          <p className="utrecht-paragraph">
            {wie === 'u'
              ? 'Deze overdracht bevat ook gegevens die niet met u zijn gedeeld (wat het beleid niet toestaat of wat Veilig Thuis heeft achtergehouden):'
              : 'Deze gegevens staan in de overdracht, maar de ontvanger ziet ze niet:'}
          </p>
          <ul className="utrecht-unordered-list schakel-opsomming">
            {categorieen.map((c) => (
              <li key={c} className="utrecht-unordered-list__item">
                {categorieLabel(c)}
              </li>
            ))}
          </ul>
          {wie === 'u' && (
            <p className="utrecht-paragraph" data-testid="vraag-bij-veilig-thuis">
              Heeft u ze nodig voor uw werk, vraag ze dan na bij Veilig Thuis{vraagBij ? `: ${vraagBij}` : ''}.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
