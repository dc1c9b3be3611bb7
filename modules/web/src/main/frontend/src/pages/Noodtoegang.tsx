import { useCallback, useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { Beoordeling, Noodtoegang as NoodtoegangItem, Oordeel, OordeelStatus, Wachtrij } from '../api/noodtoegang';
import { neemBewaard, useBewaarBijHerlogin } from '../auth/bewaarBijHerlogin';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { Keuzerondjes, Tekstvak } from '../components/Velden';
import {
  LEGE_INVOER,
  OORDEEL_SYMBOOL,
  bronLink,
  brontypeLabel,
  controleerOordeel,
  oordeelLabel,
  totaaloordeelLabel,
} from '../noodtoegang/labels';
import type { OordeelFouten, OordeelInvoer } from '../noodtoegang/labels';
import { veldId } from '../overdracht/formulier';
import { momentTekst } from '../overdracht/labels';
import { paden } from '../router';
import type { NoodtoegangTab } from '../router';

/** The judgements typed but not yet sent, per break-glass id, kept across a forced re-login. */
export const NOODTOEGANG_BIJ_HERLOGIN = 'schakel.herlogin.noodtoegang';

type Lijsten = Record<Wachtrij, NoodtoegangItem[]>;

const GEEN_ROL: Pick<Fout, 'titel' | 'detail'> = {
  titel: 'U kunt geen noodtoegang beoordelen',
  detail:
    'Dat doen de functionaris gegevensbescherming en de procesregisseur van de organisatie die eigenaar is van de zaak.',
};

/** A 403 names roles and policy rules in its detail: that is not for this screen; the helpdesk reference stays. */
function zonderTechniek(fout: unknown, standaard: string): Fout {
  const uitkomst = alsFout(fout, standaard);
  if (fout instanceof ApiFout && fout.status === 403) return { ...GEEN_ROL, kenmerk: fout.kenmerk };
  return uitkomst;
}

const oudsteEerst = (a: NoodtoegangItem, b: NoodtoegangItem) => a.geopendOp.localeCompare(b.geopendOp);
const nieuwsteEerst = (a: NoodtoegangItem, b: NoodtoegangItem) => b.geopendOp.localeCompare(a.geopendOp);

/**
 * "Noodtoegang beoordelen" for the privacy officer and the owning organisation's procesregisseur: the break-glass
 * openings waiting for my judgement (oldest first), each with its own form, and the ones I judged with every
 * reviewer's judgement. Other reviewers' judgements are not shown before I judge, so each judges independently.
 */
export function Noodtoegang({ api, tab }: { api: SchakelApi; tab: NoodtoegangTab }) {
  const [lijsten, setLijsten] = useState<Lijsten | null>(null);
  const [laadFout, setLaadFout] = useState<Fout | null>(null);
  const [bericht, setBericht] = useState<string | null>(null);
  const [paginaFout, setPaginaFout] = useState<Fout | null>(null);
  const [invoer, setInvoer] = useState<Record<string, OordeelInvoer>>(
    () => neemBewaard<Record<string, OordeelInvoer>>(NOODTOEGANG_BIJ_HERLOGIN) ?? {},
  );
  const uitkomst = useRef<HTMLDivElement>(null);
  const heeftInvoer = Object.values(invoer).some((i) => i.oordeel !== '' || i.opmerking.trim() !== '');
  useBewaarBijHerlogin(NOODTOEGANG_BIJ_HERLOGIN, invoer, heeftInvoer);

  const laad = useCallback(
    (signaal?: AbortSignal) =>
      Promise.all([api.noodtoegangen('OPEN', signaal), api.noodtoegangen('BEOORDEELD', signaal)])
        .then(([open, beoordeeld]) => {
          setLijsten({ OPEN: [...open].sort(oudsteEerst), BEOORDEELD: [...beoordeeld].sort(nieuwsteEerst) });
          setLaadFout(null);
          // what was typed for an item that no longer waits for me has nowhere to go
          const openIds = new Set(open.map((n) => n.id));
          setInvoer((oud) => Object.fromEntries(Object.entries(oud).filter(([id]) => openIds.has(id))));
        })
        .catch((f: unknown) => {
          if (!signaal?.aborted) setLaadFout(zonderTechniek(f, 'De noodtoegangen konden niet worden geladen.'));
        }),
    [api],
  );

  useEffect(() => {
    document.title = 'Noodtoegang beoordelen – Schakel';
    const stop = new AbortController();
    void laad(stop.signal);
    return () => stop.abort();
  }, [laad]);

  const toonUitkomst = () => setTimeout(() => uitkomst.current?.focus(), 0);

  const vergeetInvoer = (id: string) =>
    setInvoer((oud) => {
      const rest = { ...oud };
      delete rest[id];
      return rest;
    });

  const beoordeeld = (nieuw: NoodtoegangItem, oordeel: Oordeel) => {
    setLijsten((oud) =>
      oud
        ? {
            OPEN: oud.OPEN.filter((n) => n.id !== nieuw.id),
            BEOORDEELD: [nieuw, ...oud.BEOORDEELD.filter((n) => n.id !== nieuw.id)].sort(nieuwsteEerst),
          }
        : oud,
    );
    vergeetInvoer(nieuw.id);
    setPaginaFout(null);
    setBericht(
      `Uw oordeel is vastgelegd: ${oordeelLabel(oordeel).toLowerCase()}. U vindt de noodtoegang nu onder Beoordeeld.`,
    );
    toonUitkomst();
  };

  /** 409 (already judged, by me or a colleague for my organisation) or 404: the list is out of date. */
  const verouderd = (id: string, fout: ApiFout) => {
    vergeetInvoer(id);
    setBericht(null);
    setPaginaFout(
      fout.status === 409
        ? {
            titel: 'Deze noodtoegang is al beoordeeld',
            detail: 'Namens u of uw organisatie is hierover al een oordeel gegeven. U vindt het onder Beoordeeld.',
            kenmerk: fout.kenmerk,
          }
        : {
            titel: 'Deze noodtoegang staat niet meer in uw lijst',
            detail: 'Hij bestaat niet, of hoeft niet (meer) door u beoordeeld te worden. De lijst is bijgewerkt.',
            kenmerk: fout.kenmerk,
          },
    );
    void laad();
    toonUitkomst();
  };

  const open = lijsten?.OPEN ?? [];
  const klaar = lijsten?.BEOORDEELD ?? [];
  const getoond = tab === 'te-beoordelen' ? open : klaar;

  return (
    <>
      <h1 className="utrecht-heading-1">Noodtoegang beoordelen</h1>
      <p className="utrecht-paragraph">
        Als het acuut onveilig is, kan een crisismedewerker een zaak openen waarvoor zijn organisatie geen toestemming
        heeft. Die noodtoegang duurt kort en wordt achteraf beoordeeld: door de functionaris gegevensbescherming en door
        de organisatie die eigenaar is van de zaak. Beoordeel of de noodtoegang gerechtvaardigd was.
      </p>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        {bericht && <Melding soort="info" titel={bericht} />}
        {paginaFout && <ApiFoutMelding fout={paginaFout} />}
      </div>
      {laadFout && <ApiFoutMelding fout={laadFout} />}

      <nav aria-label="Noodtoegang" className="schakel-tabs">
        <ul className="schakel-tabs__lijst">
          <li>
            <a
              className="schakel-tab"
              href={paden.noodtoegang}
              aria-current={tab === 'te-beoordelen' ? 'page' : undefined}
              data-testid="tab-te-beoordelen"
            >
              Te beoordelen{lijsten ? ` (${open.length})` : ''}
            </a>
          </li>
          <li>
            <a
              className="schakel-tab"
              href={paden.noodtoegangBeoordeeld}
              aria-current={tab === 'beoordeeld' ? 'page' : undefined}
              data-testid="tab-beoordeeld"
            >
              Beoordeeld{lijsten ? ` (${klaar.length})` : ''}
            </a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="kop-noodtoegangen">
        <h2 className="schakel-visueel-verborgen" id="kop-noodtoegangen">
          {tab === 'te-beoordelen' ? 'Te beoordelen' : 'Beoordeeld'}
        </h2>
        {!lijsten && !laadFout && (
          <p className="utrecht-paragraph" role="status">
            De noodtoegangen worden geladen…
          </p>
        )}
        {lijsten && getoond.length === 0 && (
          <p className="utrecht-paragraph" data-testid="noodtoegang-leeg">
            {tab === 'te-beoordelen'
              ? 'Er wacht geen noodtoegang op uw oordeel.'
              : 'U heeft nog geen noodtoegang beoordeeld.'}
          </p>
        )}
        {getoond.length > 0 && (
          <ul className="schakel-noodtoegangen">
            {getoond.map((n) =>
              tab === 'te-beoordelen' ? (
                <TeBeoordelen
                  key={n.id}
                  api={api}
                  item={n}
                  invoer={invoer[n.id] ?? LEGE_INVOER}
                  onWijzig={(nieuw) => setInvoer((oud) => ({ ...oud, [n.id]: nieuw }))}
                  onBeoordeeld={beoordeeld}
                  onVerouderd={(fout) => verouderd(n.id, fout)}
                />
              ) : (
                <Beoordeeld key={n.id} item={n} />
              ),
            )}
          </ul>
        )}
      </section>
    </>
  );
}

/** The facts of one break-glass opening: when, until when, what it concerns, the reason in full. */
function Kerngegevens({ item }: { item: NoodtoegangItem }) {
  const link = bronLink(item);
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens schakel-noodtoegang__gegevens">
      <div className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">Geopend door</dt>
        <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
          {item.medewerker}, {item.organisatieNaam || 'onbekende organisatie'}
        </dd>
      </div>
      <div className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">Geopend op</dt>
        <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
          <span data-testid="geopend-op">{momentTekst(item.geopendOp)}</span>
          {item.buitenKantooruren && (
            <>
              {' '}
              <strong className="schakel-label" data-testid="buiten-kantooruren">
                buiten kantooruren
              </strong>
            </>
          )}
        </dd>
      </div>
      <div className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">Geldig tot</dt>
        <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="geldig-tot">
          {momentTekst(item.vervaltOp)}
        </dd>
      </div>
      <div className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">Betreft</dt>
        <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="betreft">
          {brontypeLabel(item.bronType)}
          {link && (
            <>
              {' '}
              <a className="utrecht-link" href={link}>
                Openen
                <span className="schakel-visueel-verborgen">
                  {' '}
                  ({brontypeLabel(item.bronType).toLowerCase()} waarvoor {item.medewerker} noodtoegang opende)
                </span>
              </a>
            </>
          )}
        </dd>
      </div>
      <div className="utrecht-data-list__item">
        <dt className="utrecht-data-list__item-key">Reden</dt>
        <dd
          className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd schakel-noodtoegang__reden"
          data-testid="reden"
        >
          {item.reden}
        </dd>
      </div>
    </dl>
  );
}

function kop(item: NoodtoegangItem): string {
  return `Noodtoegang door ${item.medewerker} (${item.organisatieNaam || 'onbekende organisatie'})`;
}

/** A judgement as text with a symbol: never by colour alone. */
function OordeelLabel({ status, tekst, testId }: { status: OordeelStatus; tekst: string; testId?: string }) {
  const soort = (['OPEN', 'GERECHTVAARDIGD', 'NIET_GERECHTVAARDIGD'] as const).includes(status) ? status : 'OPEN';
  return (
    <span className={`schakel-oordeel schakel-oordeel--${soort.toLowerCase().replace('_', '-')}`} data-testid={testId}>
      <span className="schakel-oordeel__symbool" aria-hidden="true">
        {OORDEEL_SYMBOOL[soort]}
      </span>{' '}
      {tekst}
    </span>
  );
}

function TeBeoordelen({
  api,
  item,
  invoer,
  onWijzig,
  onBeoordeeld,
  onVerouderd,
}: {
  api: SchakelApi;
  item: NoodtoegangItem;
  invoer: OordeelInvoer;
  onWijzig: (invoer: OordeelInvoer) => void;
  onBeoordeeld: (nieuw: NoodtoegangItem, oordeel: Oordeel) => void;
  onVerouderd: (fout: ApiFout) => void;
}) {
  const [fouten, setFouten] = useState<OordeelFouten>({});
  const [fout, setFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const kopId = `kop-noodtoegang-${item.id}`;
  const oordeelSleutel = `oordeel-${item.id}`;
  const opmerkingSleutel = `opmerking-${item.id}`;

  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    const nieuweFouten = controleerOordeel(invoer);
    setFouten(nieuweFouten);
    setFout(null);
    if (nieuweFouten.oordeel) {
      document.getElementById(veldId(oordeelSleutel))?.focus();
      return;
    }
    if (nieuweFouten.opmerking) {
      document.getElementById(veldId(opmerkingSleutel))?.focus();
      return;
    }
    const oordeel = invoer.oordeel as Oordeel;
    const opmerking = invoer.opmerking.trim();
    setBezig(true);
    try {
      const nieuw = await api.beoordeelNoodtoegang(item.id, opmerking ? { oordeel, opmerking } : { oordeel });
      onBeoordeeld(nieuw, oordeel);
    } catch (f) {
      if (f instanceof ApiFout && (f.status === 409 || f.status === 404)) {
        onVerouderd(f);
        return;
      }
      const melding = zonderTechniek(f, 'Uw oordeel kon niet worden vastgelegd.');
      if (f instanceof ApiFout) {
        const opmerkingFout = f.ongeldigeVelden.find((p) => p.name === 'opmerking');
        if (opmerkingFout) {
          setFouten({ opmerking: opmerkingFout.reason });
          document.getElementById(veldId(opmerkingSleutel))?.focus();
        }
        // the note's reason stands next to the field; anything else stays in the message
        const overig = f.ongeldigeVelden.filter((p) => p.name !== 'opmerking');
        setFout({ ...melding, ongeldigeVelden: overig });
      } else {
        setFout(melding);
      }
    } finally {
      setBezig(false);
    }
  };

  const nietGerechtvaardigd = invoer.oordeel === 'NIET_GERECHTVAARDIGD';
  return (
    <li className="schakel-kaart schakel-noodtoegang" data-testid="noodtoegang" data-id={item.id}>
      <h3 className="utrecht-heading-3 schakel-kaart__kop" id={kopId}>
        {kop(item)}
      </h3>
      <Kerngegevens item={item} />
      {/* no name of its own: the card's heading says what it is about (and named forms would be landmarks alike) */}
      <form className="schakel-noodtoegang__formulier" onSubmit={verstuur} noValidate>
        {fout && <ApiFoutMelding fout={fout} />}
        <Keuzerondjes<Oordeel>
          sleutel={oordeelSleutel}
          legenda="Was deze noodtoegang gerechtvaardigd?"
          verplicht
          opties={[
            ['GERECHTVAARDIGD', 'Gerechtvaardigd'],
            ['NIET_GERECHTVAARDIGD', 'Niet gerechtvaardigd'],
          ]}
          gekozen={invoer.oordeel}
          onKies={(oordeel) => onWijzig({ ...invoer, oordeel })}
          fout={fouten.oordeel}
        />
        <Tekstvak
          sleutel={opmerkingSleutel}
          label="Opmerking"
          hint={
            nietGerechtvaardigd
              ? 'Leg uit waarom de noodtoegang niet gerechtvaardigd was (ten hoogste 1000 tekens). De andere beoordelaars zien uw opmerking.'
              : 'Verplicht als de noodtoegang niet gerechtvaardigd was; ten hoogste 1000 tekens. De andere beoordelaars zien uw opmerking.'
          }
          verplicht={nietGerechtvaardigd}
          regels={3}
          waarde={invoer.opmerking}
          onWijzig={(opmerking) => onWijzig({ ...invoer, opmerking })}
          fout={fouten.opmerking}
        />
        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
            Oordeel vastleggen
          </button>
        </div>
      </form>
    </li>
  );
}

function Beoordeeld({ item }: { item: NoodtoegangItem }) {
  const kopId = `kop-noodtoegang-${item.id}`;
  const niet = item.oordeel === 'NIET_GERECHTVAARDIGD';
  return (
    <li
      className={`schakel-kaart schakel-noodtoegang${niet ? ' schakel-noodtoegang--niet-gerechtvaardigd' : ''}`}
      data-testid="noodtoegang"
      data-id={item.id}
      data-oordeel={item.oordeel}
    >
      <h3 className="utrecht-heading-3 schakel-kaart__kop" id={kopId}>
        {kop(item)}
        <span className="schakel-visueel-verborgen">, oordeel: {totaaloordeelLabel(item.oordeel)}</span>
      </h3>
      <p className="utrecht-paragraph schakel-noodtoegang__oordeel" aria-hidden="true">
        <OordeelLabel status={item.oordeel} tekst={totaaloordeelLabel(item.oordeel)} testId="oordeel" />
      </p>
      {niet && (
        <p className="utrecht-paragraph schakel-noodtoegang__uitleg" data-testid="niet-gerechtvaardigd-uitleg">
          <strong>Let op:</strong> ten minste één beoordelaar vond deze noodtoegang niet gerechtvaardigd.
        </p>
      )}
      <Kerngegevens item={item} />
      <h4 className="utrecht-heading-4 schakel-noodtoegang__subkop">Beoordelingen</h4>
      <ul className="schakel-beoordelingen" data-testid="beoordelingen">
        {item.beoordelingen.map((b) => (
          <BeoordelingRegel key={b.beoordelaar} beoordeling={b} mijn={b.beoordelaar === item.mijnBeoordeling} />
        ))}
      </ul>
    </li>
  );
}

function BeoordelingRegel({ beoordeling: b, mijn }: { beoordeling: Beoordeling; mijn: boolean }) {
  const naam = b.beoordelaarNaam || (b.beoordelaar === 'FG' ? 'Functionaris gegevensbescherming' : 'Eigenaar van de zaak');
  const wie = [b.beoordeeldDoor, b.beoordeeldOp ? momentTekst(b.beoordeeldOp) : null].filter(Boolean).join(', ');
  return (
    <li className="schakel-beoordeling" data-testid="beoordeling" data-status={b.status}>
      <span className="schakel-beoordeling__wie">
        <strong>{naam}</strong>
        {mijn ? ' (uw beoordeling)' : ''}:
      </span>{' '}
      <OordeelLabel status={b.status} tekst={oordeelLabel(b.status)} />
      {wie && <span className="schakel-beoordeling__door"> – {wie}</span>}
      {b.opmerking && <p className="utrecht-paragraph schakel-beoordeling__opmerking">Opmerking: {b.opmerking}</p>}
    </li>
  );
}
