import { useEffect, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { datumTekst, momentTekst } from '../../overdracht/labels';
import { bewaartermijnTekst } from '../../vernietiging/labels';
import { organisatieNaam, useOrganisatieNamen } from '../../overdracht/organisaties';
import { neemBericht } from '../../router';
import { AanmeldingFormulier } from '../AanmeldingFormulier';
import type { Aanmelding } from '../api';
import { vanAanmelding } from '../aanmelding';
import { AchtergehoudenCategorieen, useGeladen, useTafel } from '../gedeeld';
import { BETROKKENENROL_LABELS, aanmeldingStatusLabel, triageTekst, triageUitkomst } from '../labels';
import { label } from '../../overdracht/labels';
import { Afschalen } from '../Afschalen';
import { Triagestappen } from '../Triagestappen';

/** One registration: status, the triage outcome with its reason, the content; completing it after a question. */
export function AanmeldingDetail({ api, id, magTriageren }: { api: SchakelApi; id: string; magTriageren: boolean }) {
  const [bericht, setBericht] = useState<string | null>(neemBericht);
  const aanmelding = useGeladen((s) => api.aanmelding(id, s), [api, id], 'De aanmelding kon niet worden geladen.');
  const tafel = useTafel(api);
  const namen = useOrganisatieNamen(api);
  const [aanvullen, setAanvullen] = useState(false);
  useEffect(() => {
    document.title = 'Aanmelding – Schakel';
  }, []);

  const a = aanmelding.waarde;
  if (aanmelding.fout) {
    return (
      <>
        <h1 className="utrecht-heading-1">Aanmelding</h1>
        <ApiFoutMelding fout={aanmelding.fout} />
      </>
    );
  }
  if (!a) {
    return (
      <>
        <h1 className="utrecht-heading-1">Aanmelding</h1>
        <p className="utrecht-paragraph" role="status">
          De aanmelding wordt geladen…
        </p>
      </>
    );
  }
  const uitkomst = triageUitkomst(a.overgangen);
  const bijgewerkt = (nieuw: Aanmelding, tekst: string) => {
    aanmelding.setWaarde(nieuw);
    setAanvullen(false);
    setBericht(tekst);
    setTimeout(() => document.getElementById('inhoud')?.focus(), 0);
  };
  return (
    <>
      <h1 className="utrecht-heading-1">Aanmelding {a.id.slice(0, 8)}</h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens schakel-kerngegevens">
        <Regel term="Status">
          <span className={`schakel-status schakel-status--${a.status.toLowerCase()}`} data-testid="status">
            {aanmeldingStatusLabel(a.status)}
          </span>
        </Regel>
        <Regel term="Aangemeld door">{organisatieNaam(namen, a.aanmeldendeOrganisatie)}</Regel>
        <Regel term="Ingediend op">{momentTekst(a.ingediendOp)}</Regel>
        {triageTekst(a, datumTekst) && (
          <Regel term="Triagetermijn">{a.triageVerlopen ? <strong className="schakel-verlopen">{triageTekst(a, datumTekst)}</strong> : triageTekst(a, datumTekst)}</Regel>
        )}
        {a.afgeschaaldOp && <Regel term="Afgeschaald op">{momentTekst(a.afgeschaaldOp)}</Regel>}
        {a.bewarenTot && <Regel term="Gedeeld exemplaar bewaard tot">{datumTekst(a.bewarenTot)}</Regel>}
        <Regel term="Bewaartermijn">
          <span data-testid="bewaartermijn">{bewaartermijnTekst(a.vernietigingsdatum, 'afschaling', datumTekst)}</span>
        </Regel>
        {uitkomst && (
          <Regel term="Uitkomst van de triage">
            <span data-testid="uitkomst">
              {aanmeldingStatusLabel(uitkomst.naar)} op {momentTekst(uitkomst.op)}
              {uitkomst.reden ? `: ${uitkomst.reden}` : ''}
            </span>
          </Regel>
        )}
      </dl>

      {magTriageren && a.status === 'INGEDIEND' && (
        <Triagestappen api={api} aanmelding={a} onGewijzigd={(n, t) => bijgewerkt(n, t)} onConflict={aanmelding.herlaad} />
      )}

      {magTriageren && a.status === 'GEACCEPTEERD' && (
        <Afschalen api={api} aanmelding={a} onGewijzigd={(n, t) => bijgewerkt(n, t)} onConflict={aanmelding.herlaad} />
      )}

      {a.status === 'AANVULLING_GEVRAAGD' && !magTriageren && tafel.waarde && (
        <section className="schakel-kaart" aria-labelledby="kop-aanvullen">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-aanvullen">
            Aanvullen
          </h2>
          {!aanvullen ? (
            <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => setAanvullen(true)}>
              Aanmelding aanvullen
            </button>
          ) : (
            <AanmeldingFormulier
              api={api}
              tafel={tafel.waarde}
              bestaand={a}
              begin={vanAanmelding(tafel.waarde, a)}
              namen={namen}
              onOpgeslagen={(n) => bijgewerkt(n, 'De aanvulling is verstuurd; de triagetermijn begint opnieuw.')}
            />
          )}
        </section>
      )}

      <section className="schakel-kaart" aria-labelledby="kop-inhoud">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-inhoud">
          Inhoud
        </h2>
        <AchtergehoudenCategorieen categorieen={a.achtergehouden} wat="deze aanmelding" />
        {a.vraag && (
          <>
            <h3 className="utrecht-heading-3">Vraag</h3>
            <p className="utrecht-paragraph schakel-tekst">{a.vraag}</p>
          </>
        )}
        {a.criteria && (
          <>
            <h3 className="utrecht-heading-3">Criteria</h3>
            <ul className="utrecht-unordered-list">
              {a.criteria.map((c) => (
                <li key={c.criterium} className="utrecht-unordered-list__item">
                  {tafel.waarde?.criteria.find((x) => x.code === c.criterium)?.omschrijving ?? c.criterium} —{' '}
                  <strong>{c.voldaan ? 'voldoet' : 'voldoet niet'}</strong>: {c.toelichting}
                </li>
              ))}
            </ul>
          </>
        )}
        {a.betrokkenen && (
          <>
            <h3 className="utrecht-heading-3">Betrokkenen</h3>
            <ul className="utrecht-unordered-list">
              {a.betrokkenen.map((b, i) => (
                <li key={b.id ?? i} className="utrecht-unordered-list__item">
                  {b.voornaam} {b.achternaam} ({label(BETROKKENENROL_LABELS, b.rol)}
                  {b.geboortedatum ? `, geboren ${datumTekst(b.geboortedatum)}` : ''})
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 className="utrecht-heading-3">Voorgestelde partners</h3>
        <p className="utrecht-paragraph">
          {a.voorgesteldePartners.length ? a.voorgesteldePartners.map((c) => organisatieNaam(namen, c)).join(', ') : 'Geen voorgesteld.'}
        </p>
      </section>
    </>
  );
}

export function Regel({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{term}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children}</dd>
    </div>
  );
}
