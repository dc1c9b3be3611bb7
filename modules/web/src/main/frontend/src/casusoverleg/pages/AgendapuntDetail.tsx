import { useEffect, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFout } from '../../api/fouten';
import type { Mij } from '../../api/types';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { categorieLabel, datumTekst, label, momentTekst } from '../../overdracht/labels';
import { organisatieNaam, useOrganisatieNamen } from '../../overdracht/organisaties';
import { paden } from '../../router';
import type { Agendapunt, Inbreng } from '../api';
import { Geheimhouding } from '../Geheimhouding';
import { InbrengFormulier } from '../InbrengFormulier';
import { AchtergehoudenCategorieen, WaaromZieIkDit, useGeladen } from '../gedeeld';
import { BETROKKENENROL_LABELS, GEHEIMHOUDING_NIET_BEVESTIGD, INBRENG_STATUS_LABELS } from '../labels';
import { tijdTekst } from '../planning';
import { Agendabestanden } from '../Agendabestanden';
import { Regel } from './AanmeldingDetail';
import { VerslagWeergave } from '../VerslagWeergave';
import { VerslagPdf } from '../VerslagPdf';

/** The meeting an item belongs to, when the API refuses it for the statement (403 CSO-020 names `overlegId`). */
export function verklaringNodig(fout: unknown): string | null {
  if (!(fout instanceof ApiFout) || fout.status !== 403 || fout.code !== GEHEIMHOUDING_NIET_BEVESTIGD) return null;
  const id = fout.extra.overlegId;
  return typeof id === 'string' ? id : null;
}

/**
 * One agenda item: first the confidentiality statement (until confirmed), then the case as far as the caller's
 * categories reach, who sits at it, the others' shared inbreng with what is withheld named, "Waarom zie ik dit?", the
 * caller's own inbreng form and the minutes. Organiser and chair get the meeting mode ({@code vergadermodus}).
 */
export function AgendapuntDetail({
  api,
  id,
  mij,
  vergadermodus,
  naarAanmelding = false,
}: {
  api: SchakelApi;
  id: string;
  mij: Mij | null;
  /** The organiser triages and closes the case on its aanmelding: a link from the item leads there. */
  naarAanmelding?: boolean;
  vergadermodus?: (
    punt: Agendapunt,
    bijgewerkt: (p: Agendapunt, bericht: string) => void,
    herlaad: () => void,
    naam: (code: string | null) => string,
  ) => React.ReactNode;
}) {
  const [bericht, setBericht] = useState<string | null>(null);
  const [verklaardOverleg, setVerklaardOverleg] = useState<string | null>(null);
  const punt = useGeladen((s) => api.agendapunt(id, s), [api, id], 'Het agendapunt kon niet worden geladen.');
  const toegang = useGeladen((s) => api.agendapuntToegang(id, s), [api, id], 'Waarom u dit ziet, kon niet worden geladen.');
  const namen = useOrganisatieNamen(api);
  useEffect(() => {
    document.title = 'Agendapunt – Schakel';
  }, []);

  const overlegId = verklaringNodig(punt.fout);
  if (overlegId && verklaardOverleg !== overlegId) {
    return (
      <>
        <h1 className="utrecht-heading-1">Agendapunt</h1>
        <Geheimhouding
          api={api}
          overlegId={overlegId}
          onBevestigd={() => {
            setVerklaardOverleg(overlegId);
            setBericht('U heeft de geheimhoudingsverklaring bevestigd.');
            punt.herlaad();
            toegang.herlaad();
          }}
        />
      </>
    );
  }
  const p = punt.waarde;
  if (punt.fout && !p) {
    return (
      <>
        <h1 className="utrecht-heading-1">Agendapunt</h1>
        <ApiFoutMelding fout={punt.fout} />
      </>
    );
  }
  if (!p) {
    return (
      <>
        <h1 className="utrecht-heading-1">Agendapunt</h1>
        <p className="utrecht-paragraph" role="status">
          Het agendapunt wordt geladen…
        </p>
      </>
    );
  }

  const mijnOrganisatie = mij?.organisatie?.code ?? null;
  const eigen = p.inbreng.find((i) => i.organisatie === mijnOrganisatie) ?? null;
  const anderen = p.inbreng.filter((i) => i.organisatie !== mijnOrganisatie);
  const bijgewerkt = (nieuw: Agendapunt, tekst: string) => {
    punt.setWaarde(nieuw);
    setBericht(tekst);
    setTimeout(() => document.getElementById('inhoud')?.focus(), 0);
  };
  const inbrengBijgewerkt = (i: Inbreng, tekst: string) => {
    punt.setWaarde({ ...p, inbreng: [...p.inbreng.filter((x) => x.id !== i.id), i] });
    setBericht(tekst);
    setTimeout(() => document.getElementById('inhoud')?.focus(), 0);
  };

  return (
    <>
      <h1 className="utrecht-heading-1">
        Agendapunt {p.volgnummer}, casusoverleg {datumTekst(p.overleg.datum)}
      </h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens schakel-kerngegevens">
        <Regel term="Overleg">
          {datumTekst(p.overleg.datum)} om {tijdTekst(p.overleg.aanvang)}
          {p.overleg.plaats ? `, ${p.overleg.plaats}` : ''}
        </Regel>
        {p.overleg.onlineLink && <Regel term="Onlinelink">{p.overleg.onlineLink}</Regel>}
        <Regel term="Aangemeld door">{organisatieNaam(namen, p.casus.aanmeldendeOrganisatie)}</Regel>
        <Regel term="Status">{p.status === 'AFGESCHAALD' ? 'Afgeschaald' : 'Open'}</Regel>
      </dl>

      {toegang.waarde && <WaaromZieIkDit toegangen={toegang.waarde} naam={(c) => organisatieNaam(namen, c)} />}

      <Agendabestanden api={api} overlegId={p.overleg.id} />

      <section className="schakel-kaart" aria-labelledby="kop-casus">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-casus">
          De casus
        </h2>
        <AchtergehoudenCategorieen categorieen={p.casus.achtergehouden} wat="de aanmelding" />
        {p.casus.vraag && (
          <>
            <h3 className="utrecht-heading-3">Vraag aan het overleg</h3>
            <p className="utrecht-paragraph schakel-tekst">{p.casus.vraag}</p>
          </>
        )}
        {p.casus.criteria && (
          <>
            <h3 className="utrecht-heading-3">Criteria</h3>
            <ul className="utrecht-unordered-list">
              {p.casus.criteria.map((c) => (
                <li key={c.criterium} className="utrecht-unordered-list__item">
                  {c.criterium}: <strong>{c.voldaan ? 'voldoet' : 'voldoet niet'}</strong> — {c.toelichting}
                </li>
              ))}
            </ul>
          </>
        )}
        {p.casus.betrokkenen && (
          <>
            <h3 className="utrecht-heading-3">Betrokkenen</h3>
            <ul className="utrecht-unordered-list">
              {p.casus.betrokkenen.map((b, i) => (
                <li key={b.id ?? i} className="utrecht-unordered-list__item">
                  {b.voornaam} {b.achternaam} ({label(BETROKKENENROL_LABELS, b.rol)}
                  {b.geboortedatum ? `, geboren ${datumTekst(b.geboortedatum)}` : ''})
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 className="utrecht-heading-3">Genodigden</h3>
        <p className="utrecht-paragraph" data-testid="genodigden">
          {p.uitnodigingen.length === 0
            ? 'Nog niemand uitgenodigd.'
            : p.uitnodigingen
                .map((u) => `${organisatieNaam(namen, u.organisatie)} (${u.inbrengGedeeld ? 'inbreng gedeeld' : 'nog geen inbreng gedeeld'})`)
                .join(', ')}
        </p>
      </section>

      <section className="schakel-kaart" aria-labelledby="kop-inbreng">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-inbreng">
          Inbreng van de andere partners
        </h2>
        {anderen.length === 0 && <p className="utrecht-paragraph">Er is nog geen inbreng met u gedeeld.</p>}
        {anderen.map((i) => (
          <article key={i.id} className="schakel-inbreng-kaart" aria-labelledby={`kop-inbreng-${i.id}`} data-testid="inbreng">
            <h3 className="utrecht-heading-3" id={`kop-inbreng-${i.id}`}>
              {organisatieNaam(namen, i.organisatie)}
            </h3>
            <p className="utrecht-paragraph schakel-hint">
              {label(INBRENG_STATUS_LABELS, i.status)}
              {i.gedeeldOp ? ` op ${momentTekst(i.gedeeldOp)}` : ''}
            </p>
            <AchtergehoudenCategorieen categorieen={i.achtergehouden} wat="deze inbreng" />
            {i.delen.map((d, j) => (
              <div key={j}>
                <h4 className="utrecht-heading-4">{categorieLabel(d.categorie)}</h4>
                <p className="utrecht-paragraph schakel-hint">Grondslag: {d.grondslag}</p>
                <p className="utrecht-paragraph schakel-tekst">{d.tekst}</p>
              </div>
            ))}
            {i.delen.length === 0 && <p className="utrecht-paragraph">U mag geen van de delen van deze inbreng zien.</p>}
          </article>
        ))}
      </section>

      {p.status === 'OPEN' && (
        <InbrengFormulier
          key={eigen ? `${eigen.id}-${eigen.versie}` : 'nieuw'}
          api={api}
          agendapuntId={p.id}
          eigen={eigen}
          onGewijzigd={inbrengBijgewerkt}
          onHerlaad={punt.herlaad}
        />
      )}

      {p.verslag && <VerslagWeergave verslag={p.verslag} naam={(c) => organisatieNaam(namen, c)} />}
      {vergadermodus && vergadermodus(p, bijgewerkt, punt.herlaad, (c) => organisatieNaam(namen, c))}
      <VerslagPdf api={api} agendapuntId={p.id} />

      {naarAanmelding && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={paden.coAanmelding(p.casus.aanmelding)}>
            Naar de aanmelding van deze casus (afschalen)
          </a>
        </p>
      )}
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={vergadermodus ? paden.coOverleg(p.overleg.id) : paden.coAgendapunten}>
          {vergadermodus ? 'Terug naar de agenda' : 'Terug naar mijn agendapunten'}
        </a>
      </p>
    </>
  );
}
