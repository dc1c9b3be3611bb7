import { useEffect, useState } from 'react';
import { ApiFout } from '../api/fouten';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Melding } from '../components/Melding';
import { useGeladen } from '../components/useGeladen';
import { bewaarAlsBestand } from '../components/useDownload';
import { Tekstvak } from '../components/Velden';
import { datumTekst, momentTekst } from '../overdracht/labels';
import type { Bewaarplicht, VernietigingApi, Vernietigingsitem, Vernietigingslijst } from './api';
import { REDEN_MAXIMUM } from './api';
import { brontypeNaam, lijststatusTekst } from './labels';

const GEEN_ROL: Fout = {
  titel: 'U kunt vernietiging niet beoordelen',
  detail: 'Vernietigingslijsten en bewaarplichten zijn er alleen voor de functionaris gegevensbescherming.',
  kenmerk: null,
};

/** What is wrong with a legal hold's reason, or null. */
export function redenFout(reden: string): string | null {
  const tekst = reden.trim();
  if (!tekst) return 'Geef de reden van de bewaarplicht.';
  if (tekst.length > REDEN_MAXIMUM) return `Ten hoogste ${REDEN_MAXIMUM} tekens.`;
  return null;
}

/** The items of a list that still wait for destruction. */
export function teVernietigen(lijst: Vernietigingslijst): Vernietigingsitem[] {
  return lijst.items.filter((i) => !i.vernietigdOp);
}

/** Which actions a list offers now. */
export function acties(lijst: Vernietigingslijst): { goedkeuren: boolean; uitvoeren: boolean; verklaring: boolean; bewaarplicht: boolean } {
  return {
    goedkeuren: lijst.status === 'VOORGESTELD',
    uitvoeren: lijst.status === 'GOEDGEKEURD',
    verklaring: lijst.status === 'UITGEVOERD',
    bewaarplicht: lijst.status !== 'UITGEVOERD',
  };
}

/**
 * "Vernietiging" for the functionaris gegevensbescherming: the destruction lists the nightly job proposes, each with its
 * resources (type, id, owner, rule, dates — never content); approve a list, put a legal hold on one resource with a
 * reason (it leaves the list), carry out an approved list, download its certificate; the tombstones of what was
 * destroyed; and the legal holds that stand, each to lift.
 */
export function Vernietiging({ api }: { api: VernietigingApi }) {
  const { waarde, fout, herlaad } = useGeladen(
    async (signaal) => {
      const [lijsten, plichten] = await Promise.all([api.vernietigingslijsten(signaal), api.bewaarplichten(signaal)]);
      return { lijsten, plichten };
    },
    [api],
    (f) => (f instanceof ApiFout && f.status === 403 ? GEEN_ROL : alsFout(f, 'De vernietigingslijsten konden niet worden geladen.')),
  );
  const lijsten = waarde?.lijsten ?? null;
  const plichten = waarde?.plichten ?? null;
  const [actieFout, setActieFout] = useState<Fout | null>(null);
  const [bericht, setBericht] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  useEffect(() => {
    document.title = 'Vernietiging – Schakel';
  }, []);

  /** Runs one action; on success says so and reloads, on failure shows the server's problem and reloads too (412: what changed). */
  const doe = async (actie: () => Promise<string>) => {
    if (bezig) return;
    setBezig(true);
    setBericht(null);
    setActieFout(null);
    let gelukt: string | null = null;
    try {
      gelukt = await actie();
    } catch (f) {
      setActieFout(alsFout(f, 'Het lukte niet; probeer het opnieuw.'));
    } finally {
      // the message comes with the reloaded lists, so what it says is what the screen shows
      await herlaad();
      setBericht(gelukt);
      setBezig(false);
    }
  };

  const stelOp = () =>
    doe(async () => {
      const lijst = await api.stelVernietigingslijstOp();
      return lijst
        ? `Vernietigingslijst opgesteld met ${lijst.items.length} ${lijst.items.length === 1 ? 'bron' : 'bronnen'}.`
        : 'Er is niets nieuws aan vernietiging toe.';
    });
  const keurGoed = (l: Vernietigingslijst) =>
    doe(async () => {
      await api.keurVernietigingslijstGoed(l.id, l.versie);
      return `De vernietigingslijst van ${datumTekst(l.peildatum)} is goedgekeurd.`;
    });
  const voerUit = (l: Vernietigingslijst) =>
    doe(async () => {
      const uitgevoerd = await api.voerVernietigingslijstUit(l.id);
      const over = teVernietigen(uitgevoerd).length;
      return over === 0
        ? `De vernietigingslijst is uitgevoerd: ${uitgevoerd.grafstenen.length} vernietigd.`
        : `${over} bron(nen) konden niet worden vernietigd en staan nog op de lijst; voer haar opnieuw uit.`;
    });
  const verklaring = (l: Vernietigingslijst) =>
    doe(async () => {
      const bestand = await api.verklaringVanVernietiging(l.id);
      bewaarAlsBestand(bestand.inhoud, bestand.bestandsnaam);
      return 'De verklaring van vernietiging is gedownload.';
    });
  const legOp = (item: Vernietigingsitem, reden: string) =>
    doe(async () => {
      await api.legBewaarplichtOp(item.brontype, item.bronId, reden.trim());
      return `Bewaarplicht opgelegd op ${brontypeNaam(item.brontype).toLowerCase()} ${item.bronId}; zij staat niet meer op de lijst.`;
    });
  const hefOp = (p: Bewaarplicht) =>
    doe(async () => {
      await api.hefBewaarplichtOp(p.brontype, p.bronId);
      return `Bewaarplicht op ${brontypeNaam(p.brontype).toLowerCase()} ${p.bronId} opgeheven.`;
    });

  return (
    <>
      <h1 className="utrecht-heading-1">Vernietiging</h1>
      <p className="utrecht-paragraph">
        Elke nacht stelt Schakel een vernietigingslijst op van wat volgens de bewaartermijnen weg moet. U keurt een lijst goed en
        voert haar uit; de inhoud verdwijnt dan uit Schakel en er blijft een grafsteen (soort, kenmerk, eigenaar, data, wie
        goedkeurde) en het logboek. Moet iets bewaard blijven, leg dan een bewaarplicht op met een reden.
      </p>
      <div aria-live="polite">
        {bezig && (
          <p className="utrecht-paragraph" role="status">
            Bezig…
          </p>
        )}
        {bericht && <Melding soort="info" titel={bericht} />}
      </div>
      {actieFout && <ApiFoutMelding fout={actieFout} />}
      {fout && <ApiFoutMelding fout={fout} />}
      {!fout && !lijsten && (
        <p className="utrecht-paragraph" role="status">
          De vernietigingslijsten worden geladen…
        </p>
      )}
      {lijsten && plichten && (
        <>
          <div className="schakel-knoppen">
            <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => void stelOp()} aria-disabled={bezig || undefined}>
              Stel nu een vernietigingslijst op
            </button>
          </div>
          <h2 className="utrecht-heading-2">Vernietigingslijsten</h2>
          {lijsten.length === 0 && <p className="utrecht-paragraph">Er zijn geen vernietigingslijsten.</p>}
          {lijsten.map((l) => (
            <Lijstkaart
              key={l.id}
              lijst={l}
              bezig={bezig}
              onGoedkeuren={() => void keurGoed(l)}
              onUitvoeren={() => void voerUit(l)}
              onVerklaring={() => void verklaring(l)}
              onBewaarplicht={(item, reden) => void legOp(item, reden)}
            />
          ))}
          <h2 className="utrecht-heading-2" id="kop-bewaarplichten">
            Bewaarplichten
          </h2>
          {plichten.length === 0 ? (
            <p className="utrecht-paragraph">Er staan geen bewaarplichten.</p>
          ) : (
            <div className="schakel-tabel-houder" role="region" aria-labelledby="kop-bewaarplichten" tabIndex={0}>
              <table className="utrecht-table schakel-tabel" data-testid="bewaarplichten">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">Soort</th>
                    <th scope="col" className="utrecht-table__header-cell">Kenmerk</th>
                    <th scope="col" className="utrecht-table__header-cell">Reden</th>
                    <th scope="col" className="utrecht-table__header-cell">Opgelegd</th>
                    <th scope="col" className="utrecht-table__header-cell">Actie</th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {plichten.map((p) => (
                    <tr key={`${p.brontype}-${p.bronId}`} className="utrecht-table__row">
                      <td className="utrecht-table__cell">{brontypeNaam(p.brontype)}</td>
                      <td className="utrecht-table__cell"><code className="utrecht-code">{p.bronId}</code></td>
                      <td className="utrecht-table__cell">{p.reden}</td>
                      <td className="utrecht-table__cell">
                        {p.opgelegdDoor}, {momentTekst(p.opgelegdOp)}
                      </td>
                      <td className="utrecht-table__cell">
                        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => void hefOp(p)} aria-disabled={bezig || undefined}>
                          Opheffen{' '}<span className="schakel-visueel-verborgen">(bewaarplicht op {p.bronId})</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}

function Lijstkaart({
  lijst,
  bezig,
  onGoedkeuren,
  onUitvoeren,
  onVerklaring,
  onBewaarplicht,
}: {
  lijst: Vernietigingslijst;
  bezig: boolean;
  onGoedkeuren: () => void;
  onUitvoeren: () => void;
  onVerklaring: () => void;
  onBewaarplicht: (item: Vernietigingsitem, reden: string) => void;
}) {
  const kop = `lijst-${lijst.id}`;
  const mag = acties(lijst);
  const open = teVernietigen(lijst);
  return (
    <section className="schakel-kaart" aria-labelledby={kop} data-testid={kop}>
      <h3 className="utrecht-heading-3 schakel-kaart__kop" id={kop}>
        Vernietigingslijst van {datumTekst(lijst.peildatum)}
      </h3>
      <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Status</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="lijststatus">
            {lijststatusTekst(lijst.status)}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">Opgesteld op</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{momentTekst(lijst.opgesteldOp)}</dd>
        </div>
        {lijst.goedgekeurdDoor && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Goedgekeurd</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd" data-testid="goedgekeurd">
              Door {lijst.goedgekeurdDoor} op {momentTekst(lijst.goedgekeurdOp)}
            </dd>
          </div>
        )}
        {lijst.uitgevoerdOp && (
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">Uitgevoerd op</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{momentTekst(lijst.uitgevoerdOp)}</dd>
          </div>
        )}
      </dl>
      {open.length > 0 && (
        <Bronnentabel titel={`Te vernietigen (${open.length})`} items={open} bewaarplicht={mag.bewaarplicht} bezig={bezig} onBewaarplicht={onBewaarplicht} />
      )}
      {open.length === 0 && lijst.status !== 'UITGEVOERD' && (
        <p className="utrecht-paragraph">Er staat niets meer op deze lijst (alles kreeg een bewaarplicht).</p>
      )}
      {lijst.grafstenen.length > 0 && <Bronnentabel titel={`Grafstenen (${lijst.grafstenen.length})`} items={lijst.grafstenen} bezig={bezig} />}
      <div className="schakel-knoppen">
        {mag.goedkeuren && (
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onGoedkeuren} aria-disabled={bezig || undefined}>
            Goedkeuren
          </button>
        )}
        {mag.uitvoeren && (
          <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onUitvoeren} aria-disabled={bezig || undefined}>
            Vernietiging uitvoeren
          </button>
        )}
        {mag.verklaring && (
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={onVerklaring} aria-disabled={bezig || undefined}>
            Download verklaring van vernietiging
          </button>
        )}
      </div>
    </section>
  );
}

function Bronnentabel({
  titel,
  items,
  bewaarplicht = false,
  bezig,
  onBewaarplicht,
}: {
  titel: string;
  items: Vernietigingsitem[];
  bewaarplicht?: boolean;
  bezig: boolean;
  onBewaarplicht?: (item: Vernietigingsitem, reden: string) => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div className="schakel-tabel-houder" role="region" aria-label={titel} tabIndex={0}>
      <table className="utrecht-table schakel-tabel">
        <caption className="utrecht-table__caption schakel-tabel__bijschrift">{titel}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Soort</th>
            <th scope="col" className="utrecht-table__header-cell">Kenmerk</th>
            <th scope="col" className="utrecht-table__header-cell">Eigenaar</th>
            <th scope="col" className="utrecht-table__header-cell">Bewaartermijn</th>
            <th scope="col" className="utrecht-table__header-cell">{items.some((i) => i.vernietigdOp) ? 'Vernietigd op' : 'Te vernietigen op'}</th>
            {bewaarplicht && <th scope="col" className="utrecht-table__header-cell">Bewaarplicht</th>}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((i) => (
            <tr key={`${i.brontype}-${i.bronId}`} className="utrecht-table__row" data-testid={`bron-${i.bronId}`}>
              <td className="utrecht-table__cell">{brontypeNaam(i.brontype)}</td>
              <td className="utrecht-table__cell"><code className="utrecht-code">{i.bronId}</code></td>
              <td className="utrecht-table__cell">{i.eigenaar}</td>
              <td className="utrecht-table__cell">
                {i.regel} (gestart {momentTekst(i.klokstart)})
              </td>
              <td className="utrecht-table__cell">{i.vernietigdOp ? momentTekst(i.vernietigdOp) : datumTekst(i.vernietigingsdatum)}</td>
              {bewaarplicht && onBewaarplicht && (
                <td className="utrecht-table__cell">
                  {open === i.bronId ? (
                    <BewaarplichtFormulier
                      item={i}
                      bezig={bezig}
                      onAnnuleer={() => setOpen(null)}
                      onLegOp={(reden) => {
                        setOpen(null);
                        onBewaarplicht(i, reden);
                      }}
                    />
                  ) : (
                    <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => setOpen(i.bronId)}>
                      Bewaarplicht opleggen{' '}<span className="schakel-visueel-verborgen">op {i.bronId}</span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function BewaarplichtFormulier({
  item,
  bezig,
  onAnnuleer,
  onLegOp,
}: {
  item: Vernietigingsitem;
  bezig: boolean;
  onAnnuleer: () => void;
  onLegOp: (reden: string) => void;
}) {
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const probleem = redenFout(reden);
        setFout(probleem);
        if (!probleem && !bezig) onLegOp(reden);
      }}
    >
      <Tekstvak
        sleutel={`bewaarplicht-${item.bronId}`}
        label="Reden van de bewaarplicht"
        hint="Bijvoorbeeld een lopende procedure of een verzoek van de betrokkene. Ten hoogste 1000 tekens."
        waarde={reden}
        onWijzig={setReden}
        fout={fout ?? undefined}
        verplicht
        regels={3}
      />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
          Bewaarplicht opleggen
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={onAnnuleer}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
