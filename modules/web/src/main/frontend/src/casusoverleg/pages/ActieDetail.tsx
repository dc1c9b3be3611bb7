import { useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import type { Fout } from '../../components/ApiFoutMelding';
import { Melding } from '../../components/Melding';
import { Keuzerondjes, Tekstvak } from '../../components/Velden';
import { veldId } from '../../overdracht/formulier';
import { datumTekst, label } from '../../overdracht/labels';
import { organisatieNaam, useOrganisatieNamen } from '../../overdracht/organisaties';
import { isConflict, useGeladen, wijzigingsfout, Wijzigingsfout } from '../gedeeld';
import { ACTIE_STATUS_LABELS } from '../labels';
import { valideerAfronding } from '../vergadering';
import { Regel } from './AanmeldingDetail';

/** One action with the item's summary (decisions, plan, casusregisseur) and, while open, closing it. */
export function ActieDetail({ api, id }: { api: SchakelApi; id: string }) {
  const actie = useGeladen((s) => api.actie(id, s), [api, id], 'De actie kon niet worden geladen.');
  const namen = useOrganisatieNamen(api);
  const [keuze, setKeuze] = useState<'' | 'GEDAAN' | 'NIET_GEDAAN'>('');
  const [reden, setReden] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [fout, setFout] = useState<Fout | null>(null);
  const [conflict, setConflict] = useState(false);
  const [bericht, setBericht] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const uitkomst = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.title = 'Actie – Schakel';
  }, []);

  const a = actie.waarde;
  if (actie.fout && !a) {
    return (
      <>
        <h1 className="utrecht-heading-1">Actie</h1>
        <ApiFoutMelding fout={actie.fout} />
      </>
    );
  }
  if (!a) {
    return (
      <>
        <h1 className="utrecht-heading-1">Actie</h1>
        <p className="utrecht-paragraph" role="status">
          De actie wordt geladen…
        </p>
      </>
    );
  }

  const rondAf = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    const gevonden = valideerAfronding(keuze, reden);
    setFouten(gevonden);
    const eerste = ['afronding', 'reden'].find((s) => gevonden[s]);
    if (eerste || !keuze) {
      document.getElementById(veldId(eerste ?? 'afronding'))?.focus();
      return;
    }
    setBezig(true);
    setFout(null);
    setConflict(false);
    try {
      actie.setWaarde(await api.rondActieAf(a.id, a.versie, keuze, reden.trim() || undefined));
      setBericht(keuze === 'GEDAAN' ? 'De actie is afgerond als gedaan.' : 'De actie is afgerond als niet gedaan.');
      setTimeout(() => uitkomst.current?.focus(), 0);
    } catch (f) {
      setFout(wijzigingsfout(f, 'De actie kon niet worden afgerond.'));
      setConflict(isConflict(f));
      setTimeout(() => uitkomst.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };

  return (
    <>
      <h1 className="utrecht-heading-1">Actie: {a.omschrijving}</h1>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        {bericht && <Melding soort="info" titel={bericht} />}
        <Wijzigingsfout fout={fout} conflict={conflict} onHerlaad={() => { setFout(null); actie.herlaad(); }} />
      </div>
      <dl className="utrecht-data-list utrecht-data-list--rows schakel-gegevens schakel-kerngegevens">
        <Regel term="Status">
          <span data-testid="status">
            {label(ACTIE_STATUS_LABELS, a.status)}
            {a.verlopen ? ' (verlopen)' : ''}
          </span>
        </Regel>
        <Regel term="Actiehouder">{organisatieNaam(namen, a.eigenaarOrganisatieCode)}</Regel>
        <Regel term="Uiterlijk">{a.verlopen ? <strong className="schakel-verlopen">Verlopen: {datumTekst(a.uiterlijk)}</strong> : datumTekst(a.uiterlijk)}</Regel>
        {a.reden && <Regel term="Reden">{a.reden}</Regel>}
        <Regel term="Uit het overleg van">
          {datumTekst(a.agendapunt.overlegDatum)}, agendapunt {a.agendapunt.volgnummer}
        </Regel>
        {a.agendapunt.casusregisseur && (
          <Regel term="Casusregisseur">
            {a.agendapunt.casusregisseur.naam} ({organisatieNaam(namen, a.agendapunt.casusregisseur.organisatieCode)})
          </Regel>
        )}
      </dl>
      {(a.agendapunt.besluiten || a.agendapunt.planVanAanpak) && (
        <section className="schakel-kaart" aria-labelledby="kop-afspraken">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-afspraken">
            Afspraken uit het overleg
          </h2>
          {a.agendapunt.besluiten && (
            <>
              <h3 className="utrecht-heading-3">Besluiten</h3>
              <p className="utrecht-paragraph schakel-tekst">{a.agendapunt.besluiten}</p>
            </>
          )}
          {a.agendapunt.planVanAanpak && (
            <>
              <h3 className="utrecht-heading-3">Plan van aanpak</h3>
              <p className="utrecht-paragraph schakel-tekst">{a.agendapunt.planVanAanpak}</p>
            </>
          )}
        </section>
      )}
      <section className="schakel-waarom" aria-labelledby="kop-waarom">
        <h2 className="utrecht-heading-2 schakel-waarom__kop" id="kop-waarom">
          Waarom zie ik dit?
        </h2>
        <p className="utrecht-paragraph">
          Uw organisatie kreeg deze actie in een casusoverleg. U ziet de actie en de afspraken van het overleg tot de actie is afgerond; de inbreng
          van de andere partners ziet u hier niet.
        </p>
      </section>
      {a.status === 'OPEN' && (
        <section className="schakel-kaart" aria-labelledby="kop-afronden">
          <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-afronden">
            Actie afronden
          </h2>
          <form noValidate aria-labelledby="kop-afronden" onSubmit={rondAf}>
            <Keuzerondjes
              sleutel="afronding"
              legenda="Is de actie gedaan?"
              verplicht
              opties={[
                ['GEDAAN', 'Gedaan'],
                ['NIET_GEDAAN', 'Niet gedaan'],
              ]}
              gekozen={keuze}
              onKies={setKeuze}
              fout={fouten.afronding}
            />
            <Tekstvak
              sleutel="reden"
              label={keuze === 'NIET_GEDAAN' ? 'Waarom is de actie niet gedaan?' : 'Toelichting'}
              hint={keuze === 'NIET_GEDAAN' ? 'Verplicht: de organisator en de voorzitter zien deze reden.' : 'Niet verplicht.'}
              verplicht={keuze === 'NIET_GEDAAN'}
              regels={3}
              waarde={reden}
              onWijzig={setReden}
              fout={fouten.reden}
            />
            <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
              Actie afronden
            </button>
          </form>
        </section>
      )}
    </>
  );
}
