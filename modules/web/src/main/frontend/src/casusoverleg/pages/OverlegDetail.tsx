import { useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import type { Fout } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { Keuzelijst, Tekstveld } from '../../components/Velden';
import { datumTekst, momentTekst } from '../../overdracht/labels';
import { organisatieNaam, useOrganisatieNamen } from '../../overdracht/organisaties';
import { neemBericht, paden } from '../../router';
import type { AanmeldingSamenvatting, Agendaregel, Overleg } from '../api';
import { isConflict, useGeladen, useTafel, wijzigingsfout } from '../gedeeld';
import { verplaats } from '../labels';
import { vandaagInNederland } from '../../vandaag';
import { tijdTekst } from '../planning';
import { Agendabestanden } from '../Agendabestanden';
import { OverlegVerplaatsen } from '../OverlegVerplaatsen';
import { AFBAKENINGSSOORTEN, alleenVoorTekst, naarAlleenVoor } from '../alleenVoor';
import type { Afbakeningssoort } from '../alleenVoor';
import { Regel } from './AanmeldingDetail';
import { veldId } from '../../overdracht/formulier';

/**
 * One meeting with its agenda. The organiser adds accepted cases, reorders them (Omhoog/Omlaag: the focus stays on
 * the moved item's button, the change is announced) and invites partners per item; everyone who owns the meeting sees
 * per item who is invited and who shared inbreng. A stale version (412) says so and offers to reload.
 */
export function OverlegDetail({ api, id, magWijzigen }: { api: SchakelApi; id: string; magWijzigen: boolean }) {
  const [bericht, setBericht] = useState<string | null>(neemBericht);
  const overleg = useGeladen((s) => api.overleg(id, s), [api, id], 'Het overleg kon niet worden geladen.');
  const geaccepteerd = useGeladen<AanmeldingSamenvatting[]>(
    (s) => (magWijzigen ? api.aanmeldingen(['GEACCEPTEERD'], s) : Promise.resolve([])),
    [api, magWijzigen],
    'De geaccepteerde aanmeldingen konden niet worden geladen.',
  );
  const tafel = useTafel(api);
  const namen = useOrganisatieNamen(api);
  const [fout, setFout] = useState<Fout | null>(null);
  const [conflict, setConflict] = useState(false);
  const [aankondiging, setAankondiging] = useState('');
  const [bezig, setBezig] = useState(false);
  const [focusNa, setFocusNa] = useState<string | null>(null);
  const [toeTeVoegen, setToeTeVoegen] = useState('');
  const [uitTeNodigen, setUitTeNodigen] = useState<Record<string, string>>({});
  const [soortVan, setSoortVan] = useState<Record<string, Afbakeningssoort>>({});
  const [naamVan, setNaamVan] = useState<Record<string, string>>({});
  const [naamFout, setNaamFout] = useState<Record<string, string | undefined>>({});
  const uitkomst = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Casusoverleg – Schakel';
  }, []);
  useEffect(() => {
    if (focusNa) {
      document.getElementById(focusNa)?.focus();
      setFocusNa(null);
    }
  }, [focusNa, overleg.waarde]);

  const o = overleg.waarde;
  if (overleg.fout && !o) {
    return (
      <>
        <h1 className="utrecht-heading-1">Casusoverleg</h1>
        <ApiFoutMelding fout={overleg.fout} />
      </>
    );
  }
  if (!o) {
    return (
      <>
        <h1 className="utrecht-heading-1">Casusoverleg</h1>
        <p className="utrecht-paragraph" role="status">
          Het overleg wordt geladen…
        </p>
      </>
    );
  }

  const wijzig = async (werk: () => Promise<Overleg | null>, melding: string, focus?: string) => {
    if (bezig) return;
    setBezig(true);
    setFout(null);
    setConflict(false);
    setBericht(null);
    try {
      const nieuw = await werk();
      if (nieuw) overleg.setWaarde(nieuw);
      setAankondiging(melding);
      if (focus) setFocusNa(focus);
    } catch (f) {
      setFout(wijzigingsfout(f, 'De wijziging is niet gelukt.'));
      setConflict(isConflict(f));
      setTimeout(() => uitkomst.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };

  const verschuif = (regel: Agendaregel, index: number, richting: -1 | 1) => {
    const knop = `${richting === -1 ? 'omhoog' : 'omlaag'}-${regel.id}`;
    const doel = index + richting;
    if (doel < 0 || doel >= o.agenda.length) {
      setAankondiging(`Agendapunt ${regel.volgnummer} staat al ${richting === -1 ? 'bovenaan' : 'onderaan'}.`);
      return;
    }
    const volgorde = verplaats(o.agenda, index, richting).map((r) => r.id);
    void wijzig(
      () => api.ordenAgenda(o.id, o.versie, volgorde),
      `De casus van ${organisatieNaam(namen, regel.aanmeldendeOrganisatie)} staat nu op plaats ${doel + 1} van ${o.agenda.length}.`,
      knop,
    );
  };

  const opAgenda = new Set(o.agenda.map((r) => r.aanmelding));
  const beschikbaar = (geaccepteerd.waarde ?? []).filter((a) => !opAgenda.has(a.id));
  const partners = (tafel.waarde?.leden ?? []).filter((c) => c !== o.organisator && c !== o.voorzitterOrganisatie);

  return (
    <>
      <h1 className="utrecht-heading-1">
        Casusoverleg {datumTekst(o.datum)} om {tijdTekst(o.aanvang)}
      </h1>
      {bericht && <Melding soort="info" titel={bericht} />}
      <p className="schakel-visueel-verborgen" role="status" aria-live="polite" data-testid="aankondiging">
        {aankondiging}
      </p>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        {fout && (
          <ApiFoutMelding fout={fout}>
            {conflict && (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => {
                  setFout(null);
                  setConflict(false);
                  overleg.herlaad();
                  setAankondiging('Het overleg is opnieuw geladen.');
                }}
              >
                Opnieuw laden
              </button>
            )}
          </ApiFoutMelding>
        )}
      </div>
      <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens schakel-kerngegevens">
        <Regel term="Datum en tijd">
          {datumTekst(o.datum)}, {tijdTekst(o.aanvang)}
          {o.einde ? `–${tijdTekst(o.einde)}` : ''}
        </Regel>
        {o.plaats && <Regel term="Plaats">{o.plaats}</Regel>}
        {o.onlineLink && <Regel term="Onlinelink">{o.onlineLink}</Regel>}
        <Regel term="Voorzitter">{o.voorzitter}</Regel>
        <Regel term="Notulist">{o.notulist}</Regel>
        {o.toegangTot && <Regel term="Genodigden zien hun agendapunt tot">{momentTekst(o.toegangTot)}</Regel>}
      </dl>

      <Agendabestanden api={api} overlegId={o.id} />

      <section className="schakel-kaart" aria-labelledby="kop-agenda">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-agenda">
          Agenda
        </h2>
        {o.agenda.length === 0 && <p className="utrecht-paragraph">Er staat nog niets op de agenda.</p>}
        <ol className="schakel-agenda" data-testid="agenda">
          {o.agenda.map((r, i) => (
            <li key={r.id} className="schakel-agenda__punt" data-id={r.id}>
              <h3 className="utrecht-heading-3" id={`kop-punt-${r.id}`}>
                <a className="utrecht-link" href={paden.coAgendapunt(r.id)}>
                  Agendapunt {r.volgnummer}: casus van {organisatieNaam(namen, r.aanmeldendeOrganisatie)}
                </a>
                {r.status === 'AFGESCHAALD' ? ' (afgeschaald)' : ''}
              </h3>
              <p className="utrecht-paragraph" data-testid="genodigden">
                {r.uitnodigingen.length === 0
                  ? 'Nog niemand uitgenodigd.'
                  : 'Uitgenodigd: ' +
                    r.uitnodigingen
                      .map(
                        (u) =>
                          `${organisatieNaam(namen, u.organisatie)}${alleenVoorTekst(u)} (${u.inbrengGedeeld ? 'inbreng gedeeld' : 'nog geen inbreng gedeeld'})`,
                      )
                      .join(', ') +
                    '.'}
              </p>
              {magWijzigen && (
                <div className="schakel-knoppen">
                  <button
                    type="button"
                    id={`omhoog-${r.id}`}
                    className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
                    aria-disabled={i === 0 || bezig || undefined}
                    onClick={() => verschuif(r, i, -1)}
                  >
                    Omhoog<span className="schakel-visueel-verborgen">: agendapunt {r.volgnummer}</span>
                  </button>
                  <button
                    type="button"
                    id={`omlaag-${r.id}`}
                    className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
                    aria-disabled={i === o.agenda.length - 1 || bezig || undefined}
                    onClick={() => verschuif(r, i, 1)}
                  >
                    Omlaag<span className="schakel-visueel-verborgen">: agendapunt {r.volgnummer}</span>
                  </button>
                </div>
              )}
              {magWijzigen && r.status === 'OPEN' && (
                <form
                  className="schakel-uitnodigen"
                  noValidate
                  aria-label={`Uitnodiging voor agendapunt ${r.volgnummer}`}
                  onSubmit={(e) => {
                    e.preventDefault();
                    const code = uitTeNodigen[r.id];
                    if (!code) {
                      setAankondiging('Kies eerst een partner.');
                      document.getElementById(`veld-uitnodigen-${r.id}`)?.focus();
                      return;
                    }
                    const afbakening = naarAlleenVoor(soortVan[r.id] ?? '', naamVan[r.id] ?? '');
                    setNaamFout((f) => ({ ...f, [r.id]: afbakening.fout }));
                    if (afbakening.fout) {
                      document.getElementById(`veld-alleen-voor-naam-${r.id}`)?.focus();
                      return;
                    }
                    const wie = afbakening.alleenVoor ? alleenVoorTekst({ alleenVoor: afbakening.alleenVoor }) : '';
                    void wijzig(
                      async () => {
                        await api.nodigUit(r.id, code, afbakening.alleenVoor);
                        setUitTeNodigen((u) => ({ ...u, [r.id]: '' }));
                        setSoortVan((s) => ({ ...s, [r.id]: '' }));
                        setNaamVan((n) => ({ ...n, [r.id]: '' }));
                        return api.overleg(o.id);
                      },
                      `${organisatieNaam(namen, code)}${wie} is uitgenodigd voor agendapunt ${r.volgnummer}.`,
                      `veld-uitnodigen-${r.id}`,
                    );
                  }}
                >
                  <Keuzelijst
                    sleutel={`uitnodigen-${r.id}`}
                    label={`Partner uitnodigen voor agendapunt ${r.volgnummer}`}
                    hint="De partner ziet alleen dit agendapunt, met de gegevenscategorieën die het beleid zijn type geeft."
                    opties={partners
                      .filter((c) => !r.uitnodigingen.some((u) => u.organisatie === c))
                      .map((c) => [c, organisatieNaam(namen, c)] as [string, string])}
                    waarde={uitTeNodigen[r.id] ?? ''}
                    onWijzig={(w) => setUitTeNodigen((u) => ({ ...u, [r.id]: w }))}
                  />
                  <Keuzelijst
                    sleutel={`alleen-voor-${r.id}`}
                    label={`Alleen voor (agendapunt ${r.volgnummer})`}
                    hint="Niet gekozen: iedereen van de partner met een rol in het casusoverleg. Een team of persoon: alleen die; voor collega's bestaat het agendapunt dan niet."
                    leeg="De hele organisatie"
                    opties={AFBAKENINGSSOORTEN}
                    waarde={soortVan[r.id] ?? ''}
                    onWijzig={(w) => {
                      setSoortVan((s) => ({ ...s, [r.id]: w as Afbakeningssoort }));
                      setNaamFout((f) => ({ ...f, [r.id]: undefined }));
                    }}
                  />
                  {(soortVan[r.id] ?? '') !== '' && (
                    <Tekstveld
                      sleutel={`alleen-voor-naam-${r.id}`}
                      label={soortVan[r.id] === 'TEAM' ? `Naam van het team (agendapunt ${r.volgnummer})` : `Gebruikersnaam (agendapunt ${r.volgnummer})`}
                      hint={soortVan[r.id] === 'TEAM' ? 'Zoals het team in het account van de partner staat, bijvoorbeeld Afrikaanderwijk.' : 'De inlognaam van de persoon bij de partner, bijvoorbeeld wt.feijenoord.'}
                      verplicht
                      fout={naamFout[r.id]}
                      waarde={naamVan[r.id] ?? ''}
                      onWijzig={(w) => setNaamVan((n) => ({ ...n, [r.id]: w }))}
                      breedte="midden"
                    />
                  )}
                  <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={bezig || undefined}>
                    Uitnodigen <span className="schakel-visueel-verborgen">voor agendapunt {r.volgnummer}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ol>
      </section>

      {magWijzigen && (
        <section className="schakel-kaart" aria-labelledby="kop-toevoegen">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-toevoegen">
            Casus op de agenda zetten
          </h2>
          {geaccepteerd.fout && <ApiFoutMelding fout={geaccepteerd.fout} />}
          {geaccepteerd.waarde && beschikbaar.length === 0 && (
            <p className="utrecht-paragraph">Er zijn geen geaccepteerde aanmeldingen die nog niet op deze agenda staan.</p>
          )}
          {beschikbaar.length > 0 && (
            <form
              noValidate
              aria-label="Casus toevoegen"
              onSubmit={(e) => {
                e.preventDefault();
                if (!toeTeVoegen) {
                  setAankondiging('Kies eerst een aanmelding.');
                  document.getElementById('veld-toevoegen')?.focus();
                  return;
                }
                void wijzig(async () => {
                  const nieuw = await api.zetOpAgenda(o.id, o.versie, toeTeVoegen);
                  setToeTeVoegen('');
                  return nieuw;
                }, 'De casus staat nu als laatste op de agenda.', 'veld-toevoegen');
              }}
            >
              <Keuzelijst
                sleutel="toevoegen"
                label="Geaccepteerde aanmelding"
                opties={beschikbaar.map(
                  (a) => [a.id, `Aanmelding ${a.id.slice(0, 8)} van ${organisatieNaam(namen, a.aanmeldendeOrganisatie)}, ingediend ${momentTekst(a.ingediendOp)}`] as [string, string],
                )}
                waarde={toeTeVoegen}
                onWijzig={setToeTeVoegen}
              />
              <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
                Op de agenda zetten
              </button>
            </form>
          )}
        </section>
      )}

      {magWijzigen && o.datum >= vandaagInNederland() && (
        <OverlegVerplaatsen
          key={o.versie}
          overleg={o}
          bezig={bezig}
          verplaats={(verplaatsing) =>
            void wijzig(
              () => api.verplaatsOverleg(o.id, o.versie, verplaatsing),
              `Het overleg is verplaatst naar ${datumTekst(verplaatsing.datum)} om ${tijdTekst(verplaatsing.aanvang)}; de uitnodigingen schuiven mee.`,
              veldId('verplaats-datum'),
            )
          }
        />
      )}
    </>
  );
}
