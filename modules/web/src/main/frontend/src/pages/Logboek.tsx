import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFout } from '../api/fouten';
import type { LogboekFilter, Logboekregel } from '../api/werk';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Keuzelijst, Tekstveld } from '../components/Velden';
import { BRONTYPEN, bronTekst, handelingTekst, rolTekst, uitkomstTekst } from '../logboek/labels';
import { momentTekst } from '../overdracht/labels';

/** What the form holds: dates as typed (JJJJ-MM-DD), turned into instants only for the API. */
interface Invoer {
  gebruiker: string;
  bronType: string;
  bronId: string;
  van: string;
  tot: string;
}

const LEEG: Invoer = { gebruiker: '', bronType: '', bronId: '', van: '', tot: '' };

const GEEN_ROL: Fout = {
  titel: 'U kunt het logboek niet inzien',
  detail: 'Het logboek is er voor de functionaris gegevensbescherming.',
  kenmerk: null,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The form's dates as the API's period: from the start of `van` to the end of `tot`, Dutch time. */
export function alsFilter(invoer: Invoer): LogboekFilter {
  const begin = (datum: string) => new Date(`${datum}T00:00:00`).toISOString();
  const volgendeDag = (datum: string) => {
    const dag = new Date(`${datum}T00:00:00`);
    dag.setDate(dag.getDate() + 1);
    return dag.toISOString();
  };
  return {
    gebruiker: invoer.gebruiker.trim() || undefined,
    bronType: invoer.bronType || undefined,
    bronId: invoer.bronId.trim() || undefined,
    van: invoer.van ? begin(invoer.van) : undefined,
    tot: invoer.tot ? volgendeDag(invoer.tot) : undefined,
  };
}

/** What is wrong with the form, per field; empty when it can be sent. */
export function controleer(invoer: Invoer): Partial<Record<keyof Invoer, string>> {
  const fouten: Partial<Record<keyof Invoer, string>> = {};
  if (invoer.bronId.trim() && !UUID.test(invoer.bronId.trim())) {
    fouten.bronId = 'Vul het kenmerk van de zaak volledig in (36 tekens, zoals op de pagina van de zaak).';
  }
  if (invoer.van && invoer.tot && invoer.tot < invoer.van) fouten.tot = 'De einddatum ligt voor de begindatum.';
  return fouten;
}

/**
 * The privacy officer's logboek: who did what with which case, newest first, 25 per page. Reading it is itself
 * logged by the API. Everything on screen is in words: no rule names, role codes or technical references.
 */
export function Logboek({ api }: { api: SchakelApi }) {
  const [invoer, setInvoer] = useState<Invoer>(LEEG);
  const [fouten, setFouten] = useState<Partial<Record<keyof Invoer, string>>>({});
  const [filter, setFilter] = useState<LogboekFilter>({});
  // the cursors of the pages before this one: "Vorige pagina" goes back without asking the API for a cursor
  const [paginas, setPaginas] = useState<(string | null)[]>([null]);
  const [regels, setRegels] = useState<Logboekregel[] | null>(null);
  const [volgende, setVolgende] = useState<string | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [laden, setLaden] = useState(true);
  const resultaatKop = useRef<HTMLHeadingElement>(null);
  const eerste = useRef(true);
  const huidige = paginas[paginas.length - 1];

  useEffect(() => {
    document.title = 'Logboek – Schakel';
  }, []);

  useEffect(() => {
    const stop = new AbortController();
    setLaden(true);
    setFout(null);
    api
      .logboek(filter, huidige, stop.signal)
      .then((pagina) => {
        setRegels(pagina.regels);
        setVolgende(pagina.volgende);
        setLaden(false);
        if (eerste.current) eerste.current = false;
        else resultaatKop.current?.focus();
      })
      .catch((f: unknown) => {
        if (stop.signal.aborted) return;
        setLaden(false);
        setFout(f instanceof ApiFout && f.status === 403 ? { ...GEEN_ROL, kenmerk: f.kenmerk } : alsFout(f, 'Het logboek kon niet worden geladen.'));
      });
    return () => stop.abort();
  }, [api, filter, huidige]);

  const zoek = (e: FormEvent) => {
    e.preventDefault();
    const gevonden = controleer(invoer);
    setFouten(gevonden);
    if (Object.keys(gevonden).length > 0) return;
    setFilter(alsFilter(invoer));
    setPaginas([null]);
  };

  const wis = () => {
    setInvoer(LEEG);
    setFouten({});
    setFilter({});
    setPaginas([null]);
  };

  const zet = (veld: keyof Invoer) => (waarde: string) => setInvoer({ ...invoer, [veld]: waarde });
  const paginanummer = paginas.length;

  return (
    <>
      <h1 className="utrecht-heading-1">Logboek</h1>
      <p className="utrecht-paragraph">
        Wie wanneer welke zaak heeft ingezien of gewijzigd, en waarom dat mocht. Het nieuwste staat bovenaan. Dat u het
        logboek inziet, wordt zelf ook vastgelegd.
      </p>
      <form className="schakel-formulier schakel-zoekformulier" onSubmit={zoek} noValidate aria-labelledby="kop-zoeken">
        <h2 className="utrecht-heading-2" id="kop-zoeken">
          Zoeken
        </h2>
        <Tekstveld sleutel="logboek.gebruiker" label="Medewerker (kenmerk)" waarde={invoer.gebruiker}
          onWijzig={zet('gebruiker')} hint="Het kenmerk van de medewerker, zoals in een regel hieronder; kies daar ‘Alles van deze medewerker’." />
        <Keuzelijst sleutel="logboek.bronType" label="Soort zaak" waarde={invoer.bronType} onWijzig={zet('bronType')}
          opties={BRONTYPEN} leeg="Alle soorten" />
        <Tekstveld sleutel="logboek.bronId" label="Kenmerk van de zaak" waarde={invoer.bronId} onWijzig={zet('bronId')}
          fout={fouten.bronId} hint="Ook de weigeringen op die zaak worden getoond." />
        <Tekstveld sleutel="logboek.van" label="Vanaf" type="date" breedte="smal" waarde={invoer.van} onWijzig={zet('van')} />
        <Tekstveld sleutel="logboek.tot" label="Tot en met" type="date" breedte="smal" waarde={invoer.tot}
          onWijzig={zet('tot')} fout={fouten.tot} />
        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            Zoeken
          </button>
          <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={wis}>
            Wis de zoekvragen
          </button>
        </div>
      </form>

      <h2 className="utrecht-heading-2" id="kop-resultaat" tabIndex={-1} ref={resultaatKop}>
        Gevonden
      </h2>
      <p className="utrecht-paragraph" role="status" data-testid="logboek-status">
        {laden ? 'Het logboek wordt geladen…' : regels ? statusTekst(regels.length, paginanummer, volgende !== null) : ''}
      </p>
      {fout && <ApiFoutMelding fout={fout} />}
      {regels && regels.length > 0 && (
        <div className="schakel-tabel-houder" role="region" aria-label="Logboekregels" tabIndex={0}>
          <table className="utrecht-table schakel-tabel" data-testid="logboek-tabel">
            <caption className="utrecht-table__caption schakel-tabel__bijschrift">Logboekregels, pagina {paginanummer}, nieuwste eerst</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Wanneer</th>
                <th scope="col" className="utrecht-table__header-cell">Wie</th>
                <th scope="col" className="utrecht-table__header-cell">Wat</th>
                <th scope="col" className="utrecht-table__header-cell">Zaak</th>
                <th scope="col" className="utrecht-table__header-cell">Uitkomst</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {regels.map((r) => (
                <tr key={r.invoegnummer} className="utrecht-table__row">
                  <td className="utrecht-table__cell">{momentTekst(r.tijdstip)}</td>
                  <td className="utrecht-table__cell">
                    {r.gebruikerNaam ?? 'Onbekende medewerker'}
                    <br />
                    <span className="schakel-hint">
                      {rolTekst(r.rol)}
                      {r.organisatie ? `, ${r.organisatie}` : ''}
                      {r.namens ? ` (namens ${r.namens})` : ''}
                    </span>
                    <br />
                    <button type="button" className="schakel-linkknop" onClick={() => {
                      const nieuw = { ...LEEG, gebruiker: r.gebruiker };
                      setInvoer(nieuw);
                      setFouten({});
                      setFilter(alsFilter(nieuw));
                      setPaginas([null]);
                    }}>
                      Alles van deze medewerker<span className="schakel-visueel-verborgen"> ({r.gebruikerNaam ?? 'onbekend'})</span>
                    </button>
                  </td>
                  <td className="utrecht-table__cell">{handelingTekst(r.handeling)}</td>
                  <td className="utrecht-table__cell">
                    {bronTekst(r.bronType)}
                    {r.betrokkenen && r.betrokkenen.length > 0 && (
                      <>
                        <br />
                        <span className="schakel-hint">
                          {r.betrokkenen.length === 1 ? 'over 1 betrokkene' : `over ${r.betrokkenen.length} betrokkenen`}
                        </span>
                      </>
                    )}
                  </td>
                  <td className="utrecht-table__cell">{uitkomstTekst(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {regels && (paginanummer > 1 || volgende) && (
        <nav aria-label="Pagina's van het logboek" className="schakel-knoppen">
          {paginanummer > 1 && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
              onClick={() => setPaginas(paginas.slice(0, -1))}>
              Vorige pagina
            </button>
          )}
          {volgende && (
            <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
              onClick={() => setPaginas([...paginas, volgende])}>
              Volgende pagina
            </button>
          )}
        </nav>
      )}
    </>
  );
}

function statusTekst(aantal: number, pagina: number, meer: boolean): string {
  if (aantal === 0) return pagina > 1 ? 'Op deze pagina staan geen regels meer.' : 'Er zijn geen logboekregels gevonden.';
  return `${aantal} ${aantal === 1 ? 'regel' : 'regels'} op pagina ${pagina}${meer ? '; er zijn meer pagina’s' : ''}.`;
}
