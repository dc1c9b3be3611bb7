import { useEffect, useMemo, useRef, useState } from 'react';
import type { SchakelApi, Stap } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Overdracht, Toegang } from '../api/overdracht';
import type { Mij } from '../api/types';
import { WaaromZieIkDit } from '../components/WaaromZieIkDit';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Achtergehouden, InhoudWeergave } from '../components/InhoudWeergave';
import { Melding } from '../components/Melding';
import { MonitoringSectie } from '../monitoring/MonitoringSectie';
import { PdfKnoppen } from '../components/PdfKnoppen';
import { Tekstvak } from '../components/Velden';
import { WarmeOverdrachtPlanning } from '../components/WarmeOverdrachtPlanning';
import {
  REDEN_LABELS,
  categorieLabel,
  datumTekst,
  herkenningUitInhoud,
  herkenningsnaam,
  momentTekst,
  statusLabel,
  zaaknummer,
} from '../overdracht/labels';
import { termijnTekst, veiligheidsbeoordelingTermijn } from '../overdracht/termijn';
import { organisatieNaam, useOrganisaties } from '../overdracht/organisaties';
import { ContactpersoonWeergave } from '../overdracht/ContactpersoonWeergave';
import { neemBericht, paden } from '../router';
import { leesbareRollen } from '../rollen';
import { bewaartermijnTekst } from '../vernietiging/labels';

const STAP_BERICHT: Record<Stap, string> = {
  ontvangstbevestiging: 'De ontvangst is bevestigd.',
  acceptatie: 'De overdracht is geaccepteerd. Uw team is nu verantwoordelijk voor zicht op veiligheid.',
  teruglegging: 'De overdracht is teruggelegd bij Veilig Thuis.',
  intrekking: 'De overdracht is ingetrokken.',
};

type RedenStap = 'teruglegging' | 'intrekking';

/** One overdracht: why you see it, what is withheld, the content, and the steps you may take. */
export function OverdrachtDetail({ api, id, mij }: { api: SchakelApi; id: string; mij: Mij | null }) {
  const [bericht, setBericht] = useState<string | null>(neemBericht);
  const [overdracht, setOverdracht] = useState<Overdracht | null>(null);
  const [toegangen, setToegangen] = useState<Toegang[] | null>(null);
  const [laadFout, setLaadFout] = useState<Fout | null>(null);
  const [stapFout, setStapFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const [redenStap, setRedenStap] = useState<RedenStap | null>(null);
  const [reden, setReden] = useState('');
  const [redenFout, setRedenFout] = useState<string | undefined>();
  const uitkomst = useRef<HTMLDivElement>(null);
  const organisaties = useOrganisaties(api);
  const namen = useMemo(() => new Map([...organisaties].map(([code, o]) => [code, o.naam])), [organisaties]);

  useEffect(() => {
    document.title = 'Overdracht – Schakel';
    const stop = new AbortController();
    // the case first: its answer (e.g. "niet meer met u gedeeld" for the team that returned it) is the one to show
    api
      .overdracht(id, stop.signal)
      .then((o) => api.toegang(id, stop.signal).then((t) => [o, t] as const))
      .then(([o, t]) => {
        setOverdracht(o);
        setToegangen(t);
        // each case its own tab title: several open side by side stay apart
        document.title = `${herkenningsnaam(herkenningUitInhoud(o.inhoud, o.achtergehouden))}, zaaknummer ${zaaknummer(o.id)} – Schakel`;
      })
      .catch((f: unknown) => {
        if (!stop.signal.aborted) setLaadFout(alsFout(f, 'De overdracht kon niet worden geladen.'));
      });
    return () => stop.abort();
  }, [api, id]);

  useEffect(() => {
    if (redenStap) document.getElementById('veld-reden')?.focus();
  }, [redenStap]);

  if (laadFout) {
    return (
      <>
        <h1 className="utrecht-heading-1">Overdracht</h1>
        <ApiFoutMelding fout={laadFout} />
      </>
    );
  }
  if (!overdracht || !toegangen) {
    return (
      <>
        <h1 className="utrecht-heading-1">Overdracht</h1>
        <p className="utrecht-paragraph" role="status">
          De overdracht wordt geladen…
        </p>
      </>
    );
  }

  const eigenaar = toegangen.some((t) => t.reden === 'EIGENAAR');
  const ontvanger = toegangen.some((t) => t.reden === 'ONTVANGER');
  const status = overdracht.status;

  const voerUit = async (stap: Stap, metReden?: string) => {
    if (bezig) return;
    setBezig(true);
    setStapFout(null);
    setBericht(null);
    try {
      const nieuw = await api.stap(overdracht.id, stap, overdracht.versie, metReden);
      setOverdracht(nieuw);
      setRedenStap(null);
      setReden('');
      setBericht(stap === 'intrekking' && status === 'CONCEPT' ? 'Het concept is afgesloten; het wordt niet verstuurd.' : STAP_BERICHT[stap]);
      if (stap === 'teruglegging') setToegangen([]);
    } catch (f) {
      setStapFout(alsFout(f, 'Deze stap is niet gelukt.'));
      if (f instanceof ApiFout && (f.status === 409 || f.status === 412)) {
        // someone else changed it meanwhile: show the current state (and version) so the user can decide again
        try {
          const [o, t] = await Promise.all([api.overdracht(overdracht.id), api.toegang(overdracht.id)]);
          setOverdracht(o);
          setToegangen(t);
        } catch {
          // the error above stays
        }
      }
    } finally {
      setBezig(false);
      setTimeout(() => uitkomst.current?.focus(), 0);
    }
  };

  const bevestigReden = (e: React.FormEvent) => {
    e.preventDefault();
    if (!redenStap) return;
    const tekst = reden.trim();
    if (!tekst) {
      setRedenFout(
        redenStap === 'teruglegging'
          ? 'Vul in waarom u de overdracht teruglegt.'
          : status === 'CONCEPT'
            ? 'Vul in waarom u het concept niet verstuurt.'
            : 'Vul in waarom u de overdracht intrekt.',
      );
      document.getElementById('veld-reden')?.focus();
      return;
    }
    if (tekst.length > 2000) {
      setRedenFout('De reden is te lang: ten hoogste 2000 tekens.');
      document.getElementById('veld-reden')?.focus();
      return;
    }
    setRedenFout(undefined);
    void voerUit(redenStap, tekst);
  };

  const kanIntrekken = eigenaar && ['CONCEPT', 'VERZONDEN', 'ONTVANGEN', 'TERUGGELEGD'].includes(status);
  const knoppen: React.ReactNode[] = [];
  if (eigenaar && status === 'CONCEPT') {
    knoppen.push(
      <a key="versturen" className="utrecht-button-link utrecht-button-link--html-a utrecht-button--primary-action schakel-knoplink" href={paden.versturen(overdracht.id)}>
        Versturen
      </a>,
      <a key="bewerken" className="utrecht-link schakel-annuleren" href={paden.bewerken(overdracht.id)}>
        Concept bewerken
      </a>,
    );
  }
  if (eigenaar && status === 'TERUGGELEGD') {
    // returned: correct it and send it again, to the same or another receiver
    knoppen.push(
      <a key="opnieuw" className="utrecht-button-link utrecht-button-link--html-a utrecht-button--primary-action schakel-knoplink" href={paden.versturen(overdracht.id)}>
        Opnieuw versturen
      </a>,
      <a key="verbeteren" className="utrecht-link schakel-annuleren" href={paden.bewerken(overdracht.id)}>
        Eerst verbeteren
      </a>,
    );
  }
  if (ontvanger && status === 'VERZONDEN') {
    knoppen.push(
      <button key="ontvangst" type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => voerUit('ontvangstbevestiging')} aria-disabled={bezig || undefined} aria-describedby="uitleg-ontvangst">
        Ontvangst bevestigen
      </button>,
    );
  }
  if (ontvanger && status === 'ONTVANGEN') {
    knoppen.push(
      <button key="accepteren" type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => voerUit('acceptatie')} aria-disabled={bezig || undefined}>
        Accepteren
      </button>,
      <button key="terugleggen" type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => setRedenStap('teruglegging')} aria-expanded={redenStap === 'teruglegging'}>
        Terugleggen
      </button>,
    );
  }
  if (kanIntrekken) {
    // a concept was never sent: nobody to take it back from, so it is closed without sending (kept in the history)
    knoppen.push(
      <button key="intrekken" type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-verwijder" onClick={() => setRedenStap('intrekking')} aria-expanded={redenStap === 'intrekking'}>
        {status === 'CONCEPT' ? 'Niet versturen' : 'Intrekken'}
      </button>,
    );
  }

  // the receiver's reason for returning it: Veilig Thuis (the owner, who gets the transitions) reads it here
  const teruggelegd =
    status === 'TERUGGELEGD' ? [...(overdracht.overgangen ?? [])].reverse().find((o) => o.naar === 'TERUGGELEGD') ?? null : null;

  return (
    <>
      <h1 className="utrecht-heading-1">
        {herkenningsnaam(herkenningUitInhoud(overdracht.inhoud, overdracht.achtergehouden))}
        {/* on its own line below the name; the separator only for the heading's spoken name */}
        <span className="schakel-kop-toevoeging">
          <span className="schakel-visueel-verborgen"> · </span>Overdracht, zaaknummer {zaaknummer(overdracht.id)}
        </span>
      </h1>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        {bericht && <Melding soort="info" titel={bericht} />}
        {stapFout && <ApiFoutMelding fout={stapFout} />}
      </div>

      <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens schakel-kerngegevens">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Status</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="status">
            <span className={`schakel-status schakel-status--${status.toLowerCase()}`}>{statusLabel(status)}</span>
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Van</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{organisatieNaam(namen, overdracht.eigenaarOrganisatie)}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Ontvanger</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {organisatieNaam(namen, overdracht.ontvangendeOrganisatie) || 'Nog niet gekozen'}
          </dd>
        </div>
        {overdracht.verzondenOp && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Verzonden op</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{momentTekst(overdracht.verzondenOp)}</dd>
          </div>
        )}
        {overdracht.verzondenOp && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Contactpersoon Veilig Thuis</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="contactpersoon-vt">
              <ContactpersoonWeergave
                contact={overdracht.contactpersoonVeiligThuis}
                veiligThuis={organisaties.get(overdracht.eigenaarOrganisatie) ?? null}
              />
            </dd>
          </div>
        )}
        {termijnTekst(overdracht) && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Acceptatietermijn</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="termijn">
              {overdracht.acceptatieVerlopen ? <strong className="schakel-verlopen">{termijnTekst(overdracht)}</strong> : termijnTekst(overdracht)}
            </dd>
          </div>
        )}
        {teruggelegd && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Teruggelegd</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="teruggelegd">
              Door {organisatieNaam(namen, teruggelegd.organisatie) || 'de ontvanger'} op {momentTekst(teruggelegd.op)}
              {teruggelegd.reden ? <>, met als reden: <q className="schakel-reden-tekst">{teruggelegd.reden}</q></> : null}
            </dd>
          </div>
        )}
        {overdracht.opgeschaaldOp && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Opgeschaald</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="opgeschaald">
              Naar de teamleider van {organisatieNaam(namen, overdracht.eigenaarOrganisatie)} op {momentTekst(overdracht.opgeschaaldOp)}
            </dd>
          </div>
        )}
        {eigenaar && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Bewaartermijn</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="bewaartermijn">
              {bewaartermijnTekst(overdracht.vernietigingsdatum, 'afsluiting', datumTekst)}
            </dd>
          </div>
        )}
        {eigenaar && overdracht.veiligheidsbeoordelingUiterlijk && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Veiligheidsbeoordeling uiterlijk</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="veiligheidsbeoordeling-termijn">
              {(() => {
                const t = veiligheidsbeoordelingTermijn(overdracht.veiligheidsbeoordelingUiterlijk, status, overdracht.verzondenOp);
                return t.verlopen ? <strong className="schakel-verlopen">{t.tekst}</strong> : t.tekst;
              })()}
            </dd>
          </div>
        )}
        {eigenaar && overdracht.gedeeldeCategorieen && overdracht.gedeeldeCategorieen.length > 0 && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Gedeeld met de ontvanger</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {overdracht.gedeeldeCategorieen.map(categorieLabel).join(', ')}
            </dd>
          </div>
        )}
      </dl>

      {eigenaar && status === 'GEACCEPTEERD' && (!mij || leesbareRollen(mij.rollen).some((r) => r.code === 'procesregisseur')) && <MonitoringSectie key={overdracht.versie} api={api} overdrachtId={overdracht.id} />}

      {toegangen.length > 0 && <WaaromZieIkDit toegangen={toegangen} naam={(c) => organisatieNaam(namen, c)} redenLabels={REDEN_LABELS} zonderEinde="zolang de overdracht loopt" />}

      {knoppen.length > 0 && (
        <section className="schakel-kaart schakel-acties" aria-labelledby="kop-acties">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-acties">
            Wat wilt u doen?
          </h2>
          <div className="schakel-knoppen">{knoppen}</div>
          {ontvanger && status === 'VERZONDEN' && (
            <p className="utrecht-paragraph schakel-hint" id="uitleg-ontvangst">
              Met bevestigen laat u Veilig Thuis weten dat uw team de overdracht heeft gezien; daarna accepteert u hem of legt u
              hem terug. Een bevestiging blijft in de geschiedenis staan en kan niet ongedaan worden gemaakt.
            </p>
          )}
          {ontvanger && status === 'ONTVANGEN' && (
            <p className="utrecht-paragraph schakel-hint" data-testid="uitleg-vergissing">
              Per vergissing bevestigd, of hoort de overdracht bij een ander team? Leg hem terug en schrijf dat in de reden;
              Veilig Thuis kan hem dan verbeteren en naar het juiste team sturen.
            </p>
          )}
          {redenStap && (
            <form className="schakel-reden" onSubmit={bevestigReden} noValidate aria-label={redenStap === 'teruglegging' ? 'Terugleggen' : status === 'CONCEPT' ? 'Niet versturen' : 'Intrekken'}>
              <Tekstvak
                sleutel="reden"
                label={
                  redenStap === 'teruglegging'
                    ? 'Waarom legt u de overdracht terug?'
                    : status === 'CONCEPT'
                      ? 'Waarom verstuurt u dit concept niet?'
                      : 'Waarom trekt u de overdracht in?'
                }
                hint={
                  redenStap === 'teruglegging'
                    ? 'Veilig Thuis ziet deze reden. Uw toegang tot de overdracht eindigt direct.'
                    : status === 'CONCEPT'
                      ? 'Het concept blijft bewaard bij uw organisatie, maar kan daarna niet meer worden verstuurd.'
                      : 'De toegang van de ontvanger eindigt direct.'
                }
                verplicht
                regels={3}
                waarde={reden}
                onWijzig={setReden}
                fout={redenFout}
              />
              <div className="schakel-knoppen">
                <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
                  {redenStap === 'teruglegging' ? 'Overdracht terugleggen' : status === 'CONCEPT' ? 'Concept afsluiten' : 'Overdracht intrekken'}
                </button>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
                  onClick={() => {
                    setRedenStap(null);
                    setRedenFout(undefined);
                  }}
                >
                  Annuleren
                </button>
              </div>
            </form>
          )}
        </section>
      )}

      <PdfKnoppen api={api} overdracht={overdracht} toegangen={toegangen} mij={mij} />

      {toegangen.length > 0 && (
        <WarmeOverdrachtPlanning
          api={api}
          overdracht={overdracht}
          magPlannen={ontvanger}
          onGepland={(nieuw) => {
            setOverdracht(nieuw);
            setBericht('De warme overdracht is gepland. Veilig Thuis ziet de planning.');
            // the form is gone: the focus goes to the message, not to the top of the page
            setTimeout(() => uitkomst.current?.focus(), 0);
          }}
        />
      )}

      {toegangen.length > 0 && (
        <section className="schakel-kaart schakel-inhoud-kaart" aria-labelledby="kop-inhoud">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-inhoud">
            Inhoud
          </h2>
          <Achtergehouden
            categorieen={overdracht.achtergehouden}
            vraagBij={
              overdracht.contactpersoonVeiligThuis
                ? `${overdracht.contactpersoonVeiligThuis.naam}, ${overdracht.contactpersoonVeiligThuis.telefoon}`
                : undefined
            }
          />
          <InhoudWeergave inhoud={overdracht.inhoud} kopNiveau={3} />
        </section>
      )}
    </>
  );
}

