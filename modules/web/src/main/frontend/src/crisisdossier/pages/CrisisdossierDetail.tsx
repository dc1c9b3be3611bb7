import { useCallback, useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import type {
  Aantekeningen,
  Crisisdossier,
  Dmfi as DmfiWaarde,
  LiveGebeurtenis,
  Screeningsverzoek,
  Sluiting,
  Taak,
  Veiligheid as VeiligheidWaarde,
} from '../../api/crisisdossier';
import { ApiFout } from '../../api/fouten';
import type { Mij } from '../../api/types';
import { ApiFoutMelding, alsFout } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { WaaromZieIkDit } from '../../components/WaaromZieIkDit';
import { datumTekst, label, momentTekst } from '../../overdracht/labels';
import { organisatieNaam, useOrganisatieNamen } from '../../overdracht/organisaties';
import {
  CRISIS_AFSCHALERS,
  CRISIS_DMFI_REGISSEURS,
  CRISIS_NOODTOEGANG,
  CRISIS_SCREENING_AANVRAGERS,
  CRISIS_SCREENING_UITVOERDERS,
  CRISIS_SLUITERS,
  CRISIS_SOF7_AFRONDERS,
  leesbareRollen,
} from '../../rollen';
import { neemBericht, paden } from '../../router';
import { Dmfi } from '../Dmfi';
import { NoodtoegangVragen } from '../NoodtoegangVragen';
import { SCREENINGSSTATUS_LABELS, Screening } from '../Screening';
import { Sluiten } from '../Sluiten';
import { Sof7Afronden } from '../Sof7Afronden';
import { Taken, WieGaatErheen } from '../Taken';
import { Tijdlijn } from '../Tijdlijn';
import { bewaartermijnTekst } from '../../vernietiging/labels';
import { Veiligheid } from '../Veiligheid';
import {
  AFSCHALING_LABELS,
  CRISIS_BETROKKENENROL_LABELS,
  CRISIS_REDEN_LABELS,
  CRISIS_STATUS_LABELS,
  TAAKSTATUS_LABELS,
  opsomming,
  sof7Tekst,
  sof7Verlopen,
  useKlok,
} from '../labels';
import { liveToestandTekst, useLiveDossier } from '../useLiveDossier';

interface Geladen<T> {
  waarde: T | null;
  fout: unknown;
  herlaad: () => Promise<T | null>;
  zet: (w: T) => void;
}

/**
 * Something of the file that is read again on demand (a live event, after a change). Only the newest read wins: two
 * events close together must not let an older answer overwrite a newer one.
 */
function useHerlaadbaar<T>(laad: () => Promise<T>, sleutel: readonly unknown[], actief = true): Geladen<T> {
  const [waarde, setWaarde] = useState<T | null>(null);
  const [fout, setFout] = useState<unknown>(null);
  const volgnummer = useRef(0);
  const herlaad = useCallback(async (): Promise<T | null> => {
    const n = ++volgnummer.current;
    try {
      const w = await laad();
      if (n === volgnummer.current) {
        setWaarde(w);
        setFout(null);
      }
      return w;
    } catch (f) {
      if (n === volgnummer.current) {
        setFout(f);
        // 404: no access (any more), e.g. the file was just closed; what was shown may not stay on screen
        if (isNietGevonden(f)) setWaarde(null);
      }
      return null;
    }
  }, sleutel);
  useEffect(() => {
    if (actief) void herlaad();
  }, [herlaad, actief]);
  const zet = useCallback((w: T) => {
    volgnummer.current += 1;
    setWaarde(w);
    setFout(null);
  }, []);
  return { waarde, fout, herlaad, zet };
}

function isNietGevonden(f: unknown): boolean {
  return f instanceof ApiFout && f.status === 404;
}

function Regel({ term, children, testid }: { term: string; children: React.ReactNode; testid?: string }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{term}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid={testid}>
        {children}
      </dd>
    </div>
  );
}

/** The file's title: who it is about, as far as the caller sees names. */
function titel(d: Crisisdossier): string {
  const namen = d.betrokkenen.map((b) => [b.voornaam, b.achternaam].filter(Boolean).join(' ')).filter(Boolean);
  return namen.length ? `Crisis rond ${opsomming(namen)}` : `Crisis ${d.id.slice(0, 8)}`;
}

/**
 * One crisis file: the header (status, initiator, partners, SOF7 clock, who goes there), the live timeline, the tasks,
 * the betrokkenen, "Waarom zie ik dit?" and — for the crisis desk and the CIT — the afschaling. Live events re-read
 * the affected part through the normal API and are announced politely, without moving the focus. Without a grant the
 * file does not exist (404); an on-call crisis role may then ask for break-glass access.
 */
export function CrisisdossierDetail({ api, id, mij }: { api: SchakelApi; id: string; mij: Mij | null }) {
  const [bericht, setBericht] = useState<string | null>(neemBericht);
  // what the caller's own closing answered: kept apart from the file, because whoever closes loses the file with it
  // (the initiator after afschaling: 404 at the next read, also the read a live 'dossier-gesloten' starts), and the way
  // to the concept overdracht must not vanish from the screen of the one who just made it
  const [eigenSluiting, setEigenSluiting] = useState<Sluiting | null>(null);
  const nu = useKlok();
  const namen = useOrganisatieNamen(api);
  const naam = useCallback((code: string | null | undefined) => organisatieNaam(namen, code), [namen]);
  const dossier = useHerlaadbaar(() => api.crisisdossier(id), [api, id]);
  const d = dossier.waarde;
  // the lists wait for the file's answer. The timeline is also read after a 404: after closure a partner still reads
  // its own organisation's entries (and nothing else of the file); for anyone else it is a second refusal in the logboek
  const leesbaar = d !== null || isNietGevonden(dossier.fout);
  const aantekeningen = useHerlaadbaar<Aantekeningen>(() => api.aantekeningen(id), [api, id], leesbaar);
  const taken = useHerlaadbaar<Taak[]>(() => api.taken(id), [api, id], d !== null);
  const veiligheid = useHerlaadbaar<VeiligheidWaarde>(() => api.veiligheid(id), [api, id], d !== null);
  const screeningen = useHerlaadbaar<Screeningsverzoek[]>(() => api.screeningsverzoeken(id), [api, id], d !== null);
  const dmfi = useHerlaadbaar<DmfiWaarde>(() => api.dmfi(id), [api, id], d !== null);
  const rollen = leesbareRollen(mij?.rollen).map((r) => r.code);
  const eigenOrganisatie = mij?.organisatie?.code ?? null;

  useEffect(() => {
    document.title = 'Crisisdossier – Schakel';
  }, []);

  const bijGebeurtenis = async (g: LiveGebeurtenis): Promise<string | null> => {
    switch (g.soort) {
      case 'stand':
        // the stream is open: what changed between loading the page and now is read once, without an announcement
        await Promise.all([
          dossier.herlaad(),
          aantekeningen.herlaad(),
          taken.herlaad(),
          veiligheid.herlaad(),
          screeningen.herlaad(),
          dmfi.herlaad(),
        ]);
        return null;
      case 'aantekening-toegevoegd':
      case 'aantekening-gecorrigeerd':
      case 'aantekening-ingetrokken': {
        const lijst = await aantekeningen.herlaad();
        const a = lijst?.aantekeningen.find((x) => x.id === g.aantekeningId);
        const van = a ? a.organisatieCode : 'een partner';
        if (g.soort === 'aantekening-toegevoegd') return `Nieuwe aantekening van ${van}`;
        if (g.soort === 'aantekening-gecorrigeerd') return `Aantekening van ${van} gecorrigeerd`;
        return `Aantekening van ${van} ingetrokken`;
      }
      case 'taak-toegevoegd':
      case 'taak-gewijzigd': {
        const lijst = await taken.herlaad();
        const t = lijst?.find((x) => x.id === g.taakId);
        if (g.soort === 'taak-toegevoegd') return t ? `Nieuwe taak voor ${t.organisatieCode}: ${t.omschrijving}` : 'Nieuwe taak';
        return t ? `Taak voor ${t.organisatieCode} gewijzigd: ${label(TAAKSTATUS_LABELS, t.status).toLowerCase()}` : 'Een taak is gewijzigd';
      }
      case 'veiligheid-gewijzigd':
        await veiligheid.herlaad();
        return `Veiligheidsbeoordeling bijgewerkt door ${g.organisatieCode ? naam(g.organisatieCode) : 'een partner'}`;
      case 'dossier-gewijzigd':
        await dossier.herlaad();
        return 'Het crisisdossier is bijgewerkt';
      case 'sof7-afgerond':
        await dossier.herlaad();
        return `Het SOF7-onderzoek is afgerond${g.organisatieCode ? ` door ${g.organisatieCode}` : ''}`;
      case 'screening-gevraagd':
      case 'screening-gewijzigd': {
        const lijst = await screeningen.herlaad();
        const v = lijst?.find((x) => x.id === g.screeningsverzoekId);
        if (g.soort === 'screening-gevraagd') return 'Nieuwe screeningsaanvraag voor Filomena';
        return v ? `Screening door Filomena: ${label(SCREENINGSSTATUS_LABELS, v.status).toLowerCase()}` : 'Een screening is gewijzigd';
      }
      case 'dmfi-gewijzigd':
        await dmfi.herlaad();
        return `DMFI bijgewerkt door ${g.organisatieCode ? naam(g.organisatieCode) : 'een partner'}`;
      case 'dossier-gesloten':
        // partners lose the file at closure (the reads below may answer "bestaat niet"); the news is said either way
        await Promise.allSettled([dossier.herlaad(), aantekeningen.herlaad()]);
        return 'Het crisisdossier is gesloten';
      default:
        return null;
    }
  };
  const live = useLiveDossier({ api, id, actief: d?.status === 'OPEN', bijGebeurtenis });

  // the single polite live region stays in the DOM whatever the page shows, so a change in it is announced
  const aankondiging = (
    <p className="schakel-visueel-verborgen" role="status" aria-live="polite" data-testid="live-aankondiging">
      {live.aankondiging}
    </p>
  );

  if (!d) {
    if (dossier.fout && isNietGevonden(dossier.fout) && eigenSluiting) {
      return (
        <>
          <h1 className="utrecht-heading-1">Crisisdossier</h1>
          {aankondiging}
          {bericht && <Melding soort="info" titel={bericht} />}
          <Sluitingsmelding sluiting={eigenSluiting} />
          <p className="utrecht-paragraph">U heeft geen toegang meer tot dit crisisdossier.</p>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={paden.crisisdossiers}>
              Terug naar mijn crises
            </a>
          </p>
        </>
      );
    }
    if (dossier.fout && isNietGevonden(dossier.fout)) {
      return (
        <>
          <h1 className="utrecht-heading-1">Crisisdossier</h1>
          {aankondiging}
          {aantekeningen.waarde ? (
            <EigenAantekeningen lijst={aantekeningen.waarde} naam={naam} />
          ) : (
            <ApiFoutMelding fout={alsFout(dossier.fout, 'Dit crisisdossier bestaat niet.')} />
          )}
          {!aantekeningen.waarde && rollen.some((r) => CRISIS_NOODTOEGANG.includes(r)) && (
            <NoodtoegangVragen
              wat="dit crisisdossier"
              vraag={(reden) => api.vraagCrisisNoodtoegang(id, reden)}
              onGeopend={() => {
                setBericht('U heeft noodtoegang tot dit crisisdossier. Dit wordt vastgelegd en achteraf beoordeeld.');
                void dossier.herlaad();
                void aantekeningen.herlaad();
              }}
            />
          )}
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={paden.crisisdossiers}>
              Terug naar mijn crises
            </a>
          </p>
        </>
      );
    }
    return (
      <>
        <h1 className="utrecht-heading-1">Crisisdossier</h1>
        {aankondiging}
        {dossier.fout ? (
          <ApiFoutMelding fout={alsFout(dossier.fout, 'Het crisisdossier kon niet worden geladen.')} />
        ) : (
          <p className="utrecht-paragraph" role="status">
            Het crisisdossier wordt geladen…
          </p>
        )}
      </>
    );
  }

  const noodtoegang = d.toegang.reden === 'NOODTOEGANG';
  const open = d.status === 'OPEN';
  const magSchrijven = open && !noodtoegang;
  const magSluiten = magSchrijven && rollen.some((r) => CRISIS_SLUITERS.includes(r));
  const magSof7Afronden = magSchrijven && !!d.sof7 && !d.sof7.afgerondOp && rollen.some((r) => CRISIS_SOF7_AFRONDERS.includes(r));
  const verlopen = open && sof7Verlopen(d.sof7, nu);
  const initiatiefnemer = d.partners.find((p) => p.initiatiefnemer);
  const naMijnWijziging = async (tekst: string | null) => {
    if (tekst) setBericht(tekst);
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{titel(d)}</h1>
      {aankondiging}
      {bericht && <Melding soort="info" titel={bericht} />}
      {noodtoegang && (
        <Melding soort="waarschuwing" titel="U leest dit crisisdossier met noodtoegang">
          <p className="utrecht-paragraph">
            Alleen lezen{d.toegang.tot ? `, tot ${momentTekst(d.toegang.tot)}` : ''}. Elke inzage wordt gemarkeerd vastgelegd en achteraf
            beoordeeld.
          </p>
        </Melding>
      )}
      <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens schakel-kerngegevens" data-testid="kop">
        <Regel term="Status" testid="status">
          {label(CRISIS_STATUS_LABELS, d.status)}
          {d.gesloten && `, op ${momentTekst(d.gesloten.op)}: ${label(AFSCHALING_LABELS, d.gesloten.uitkomst).toLowerCase()}`}
        </Regel>
        <Regel term="Gestart">
          {momentTekst(d.gestartOp)} door {initiatiefnemer?.naam || naam(d.initiatiefnemer)}
        </Regel>
        <Regel term="Partners">{opsomming(d.partners.map((p) => p.naam || naam(p.organisatieCode)))}</Regel>
        <Regel term="SOF7-onderzoek" testid="sof7">
          {verlopen ? <strong>Let op: {sof7Tekst(d.sof7, nu)}</strong> : sof7Tekst(d.sof7, nu)}
          {d.sof7 && !d.sof7.afgerondOp && !verlopen && <span className="schakel-hint"> (uiterlijk {momentTekst(d.sof7.uiterlijk)})</span>}
          {d.sof7?.afgerondOp && d.sof7.afgerondDoor && <> door {naam(d.sof7.afgerondDoor)}</>}
          {d.sof7?.afgerondOp && d.sof7.conclusie && (
            <span className="schakel-tekst" data-testid="sof7-conclusie">
              {' '}
              — conclusie: {d.sof7.conclusie}
            </span>
          )}
        </Regel>
        <Regel term="Wie gaat erheen">
          <WieGaatErheen taken={taken.waarde} naam={naam} />
        </Regel>
        {d.gesloten && (
          <Regel term="Bewaartermijn" testid="bewaartermijn">
            {bewaartermijnTekst(d.vernietigingsdatum, 'afsluiting', datumTekst)}
          </Regel>
        )}
      </dl>
      {open && (
        <p className="utrecht-paragraph schakel-hint" data-testid="live-toestand">
          {liveToestandTekst(live.toestand)}
        </p>
      )}
      {d.gesloten && <Sluitingsmelding sluiting={d.gesloten} />}

      <section className="schakel-kaart" aria-labelledby="kop-melding">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-melding">
          De crisismelding
        </h2>
        <h3 className="utrecht-heading-3">Wat is er gebeurd</h3>
        <p className="utrecht-paragraph schakel-tekst">{d.watIsErGebeurd ?? 'Niet voor u zichtbaar.'}</p>
        <h3 className="utrecht-heading-3">Directe veiligheid</h3>
        <p className="utrecht-paragraph schakel-tekst">{d.directeVeiligheid ?? 'Niet voor u zichtbaar.'}</p>
      </section>

      <Tijdlijn
        api={api}
        dossierId={d.id}
        lijst={aantekeningen.waarde}
        fout={aantekeningen.fout ? alsFout(aantekeningen.fout, 'De tijdlijn kon niet worden geladen.') : null}
        magSchrijven={magSchrijven}
        eigenOrganisatie={eigenOrganisatie}
        naam={naam}
        onGewijzigd={async (tekst) => {
          await aantekeningen.herlaad();
          await naMijnWijziging(tekst);
        }}
      />

      <Taken
        api={api}
        dossierId={d.id}
        partners={d.partners}
        taken={taken.waarde}
        fout={taken.fout ? alsFout(taken.fout, 'De taken konden niet worden geladen.') : null}
        magWijzigen={magSchrijven}
        naam={naam}
        onHerlaad={async (tekst) => {
          const lijst = await taken.herlaad();
          await naMijnWijziging(tekst);
          return lijst;
        }}
      />

      <Veiligheid
        api={api}
        dossierId={d.id}
        waarde={veiligheid.waarde}
        fout={veiligheid.fout ? alsFout(veiligheid.fout, 'De veiligheidsbeoordeling kon niet worden geladen.') : null}
        magSchrijven={magSchrijven}
        eigenOrganisatie={eigenOrganisatie}
        naam={naam}
        onGewijzigd={async (tekst) => {
          await veiligheid.herlaad();
          await naMijnWijziging(tekst);
        }}
      />

      {magSof7Afronden && (
        <Sof7Afronden
          api={api}
          dossier={d}
          onAfgerond={(afgerond) => {
            dossier.zet(afgerond);
            setBericht('Het SOF7-onderzoek is afgerond.');
          }}
          onHerlaad={() => void dossier.herlaad()}
        />
      )}

      <Dmfi
        api={api}
        dossierId={d.id}
        partners={d.partners}
        waarde={dmfi.waarde}
        fout={dmfi.fout ? alsFout(dmfi.fout, 'DMFI kon niet worden geladen.') : null}
        magRegisseren={magSchrijven && rollen.some((r) => CRISIS_DMFI_REGISSEURS.includes(r))}
        naam={naam}
        onGewijzigd={async (tekst) => {
          await dmfi.herlaad();
          await naMijnWijziging(tekst);
        }}
      />

      <Screening
        api={api}
        dossierId={d.id}
        verzoeken={screeningen.waarde}
        fout={screeningen.fout ? alsFout(screeningen.fout, 'De screeningsverzoeken konden niet worden geladen.') : null}
        filomenaIsPartner={d.partners.some((p) => p.type === 'CENTRUM_HGKM')}
        magAanvragen={magSchrijven && rollen.some((r) => CRISIS_SCREENING_AANVRAGERS.includes(r))}
        isFilomena={magSchrijven && rollen.some((r) => CRISIS_SCREENING_UITVOERDERS.includes(r))}
        naam={naam}
        onHerlaad={async (tekst) => {
          const lijst = await screeningen.herlaad();
          await naMijnWijziging(tekst);
          return lijst;
        }}
      />

      <section className="schakel-kaart" aria-labelledby="kop-betrokkenen">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-betrokkenen">
          Betrokkenen
        </h2>
        {d.betrokkenen.length === 0 ? (
          <p className="utrecht-paragraph">Er zijn geen betrokkenen die u mag zien.</p>
        ) : (
          <ul className="utrecht-unordered-list" data-testid="betrokkenen">
            {d.betrokkenen.map((b) => (
              <li key={b.id} className="utrecht-unordered-list__item">
                {[b.voornaam, b.achternaam].filter(Boolean).join(' ') || 'Naam niet gedeeld'} ({label(CRISIS_BETROKKENENROL_LABELS, b.rol)}
                {b.geboortedatum ? `, geboren ${datumTekst(b.geboortedatum)}` : ''})
              </li>
            ))}
          </ul>
        )}
      </section>

      <WaaromZieIkDit
        toegangen={[
          {
            reden: d.toegang.reden,
            doel: 'CRISIS',
            categorieen: d.toegang.categorieen,
            organisatie: noodtoegang ? null : eigenOrganisatie,
            team: null,
            geldigTot: d.toegang.tot,
            noodtoegang,
          },
        ]}
        naam={(c) => naam(c)}
        redenLabels={CRISIS_REDEN_LABELS}
        zonderEinde="tot de crisis wordt gesloten"
      />

      {magSluiten && (
        <Sluiten
          api={api}
          dossier={d}
          magAfschalen={rollen.some((r) => CRISIS_AFSCHALERS.includes(r))}
          onGesloten={(gesloten) => {
            setEigenSluiting(gesloten.gesloten);
            dossier.zet(gesloten);
            setBericht(
              gesloten.gesloten?.overdrachtId
                ? 'De crisis is afgeschaald. Veilig Thuis heeft een concept-overdracht; de partners hebben geen toegang meer tot het crisisdossier.'
                : 'De crisis is gesloten. De partners hebben geen toegang meer tot het crisisdossier.',
            );
            setTimeout(() => document.getElementById('inhoud')?.focus(), 0);
          }}
          onHerlaad={() => void dossier.herlaad()}
        />
      )}

      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={paden.crisisdossiers}>
          Terug naar mijn crises
        </a>
      </p>
    </>
  );
}

/**
 * After closure a partner no longer reads the file, only its own organisation's entries (grant EIGENAAR on each entry):
 * the timeline is all there is to show.
 */
function EigenAantekeningen({ lijst, naam }: { lijst: Aantekeningen; naam: (code: string | null | undefined) => string }) {
  return (
    <>
      <Melding soort="info" titel="Deze crisis is gesloten">
        <p className="utrecht-paragraph">U ziet alleen nog de aantekeningen van uw eigen organisatie.</p>
      </Melding>
      <section className="schakel-kaart" aria-labelledby="kop-eigen">
        <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-eigen">
          Aantekeningen van uw organisatie
        </h2>
        {lijst.aantekeningen.length === 0 && <p className="utrecht-paragraph">Uw organisatie schreef geen aantekeningen.</p>}
        <ol className="schakel-tijdlijn schakel-agenda">
          {lijst.aantekeningen.map((a) => (
            <li key={a.id} className="schakel-inbreng-kaart" data-testid="aantekening">
              <p className="utrecht-paragraph schakel-hint">
                {a.organisatieNaam || naam(a.organisatieCode)} · {a.auteur} · {momentTekst(a.geschrevenOp)}
              </p>
              <p className="utrecht-paragraph schakel-tekst">
                {a.status === 'INGETROKKEN' ? `Ingetrokken: ${a.intrekkingsreden ?? ''}` : a.tekst}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** The closure: its reason and, after afschaling, the way to the concept overdracht Veilig Thuis now holds. */
function Sluitingsmelding({ sluiting }: { sluiting: Sluiting }) {
  return (
    <Melding soort="info" titel="Deze crisis is gesloten">
      <p className="utrecht-paragraph">Reden: {sluiting.reden}</p>
      {sluiting.overdrachtId && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={paden.overdracht(sluiting.overdrachtId)}>
            Naar de concept-overdracht
          </a>{' '}
          <span className="schakel-hint">(een procesregisseur van Veilig Thuis controleert en verstuurt haar)</span>
        </p>
      )}
    </Melding>
  );
}
