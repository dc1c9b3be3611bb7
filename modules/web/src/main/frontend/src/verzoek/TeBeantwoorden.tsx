import { useEffect, useState } from 'react';
import type React from 'react';
import { ApiFout } from '../api/fouten';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Laden } from '../components/Laden';
import { useGeladen } from '../components/useGeladen';
import { Melding } from '../components/Melding';
import { Tekstvak } from '../components/Velden';
import type { Deelverzoek, VerzoekApi } from './api';
import type { SchakelApi } from '../api/client';
import { organisatieNaam, useOrganisatieNamen } from '../overdracht/organisaties';
import { datumTekst, klokTekst, soortTekst } from './termijn';

const GEEN_ROL: Fout = {
  titel: 'U kunt geen verzoeken van betrokkenen beantwoorden',
  detail: 'Deelverzoeken worden beantwoord door de medewerkers van de partnerorganisaties.',
  kenmerk: null,
};

/**
 * "Te beantwoorden verzoeken": the parts of requests of data subjects that the user's organisation answers, open first,
 * each with the request's clock, the organisation's own resources about the person, and an answer form.
 */
export function TeBeantwoorden({ api }: { api: VerzoekApi & Pick<SchakelApi, 'organisaties'> }) {
  const namen = useOrganisatieNamen(api);
  const {
    waarde: delen,
    setWaarde: setDelen,
    fout,
  } = useGeladen(
    (signaal) => api.deelverzoeken(signaal),
    [api],
    (f) => (f instanceof ApiFout && f.status === 403 ? GEEN_ROL : alsFout(f, 'De verzoeken konden niet worden geladen.')),
  );
  const [melding, setMelding] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Te beantwoorden verzoeken – Schakel';
  }, []);

  return (
    <>
      <h1 className="utrecht-heading-1">Te beantwoorden verzoeken</h1>
      <p className="utrecht-paragraph">
        Een betrokkene vroeg om inzage, correctie, vernietiging, beperking of bezwaar. Uw organisatie heeft gegevens over deze
        persoon in Schakel en beantwoordt haar eigen deel. Een correctie of vernietiging voert u uit in de stroom zelf, met de
        gewone wijzigingen; zeg in uw antwoord wat u deed.
      </p>
      {melding && <Melding soort="info" titel={melding} />}
      {fout && <ApiFoutMelding fout={fout} />}
      {!fout && delen === null && <Laden />}
      {delen?.length === 0 && <p className="utrecht-paragraph">Geen verzoeken voor uw organisatie.</p>}
      {delen?.map((d) => (
        <Deel
          contactpunt={organisatieNaam(namen, d.contactpunt)}
          key={d.id}
          api={api}
          deel={d}
          onBeantwoord={(nieuw) => {
            setDelen((lijst) => (lijst ?? []).map((x) => (x.id === nieuw.id ? nieuw : x)));
            setMelding('Uw antwoord is vastgelegd; het contactpunt ziet het.');
          }}
        />
      ))}
    </>
  );
}

function Deel({
  api,
  deel,
  contactpunt,
  onBeantwoord,
}: {
  api: VerzoekApi;
  deel: Deelverzoek;
  contactpunt: string;
  onBeantwoord: (d: Deelverzoek) => void;
}) {
  const [antwoord, setAntwoord] = useState('');
  const [vrijgeven, setVrijgeven] = useState(false);
  const [veldfout, setVeldfout] = useState<string | undefined>();
  const [fout, setFout] = useState<Fout | null>(null);
  const kop = `kop-deel-${deel.id}`;
  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    if (antwoord.trim() === '') {
      setVeldfout('Zeg kort wat u vond en wat u deed.');
      return;
    }
    setVeldfout(undefined);
    try {
      onBeantwoord(await api.beantwoordDeelverzoek(deel.id, deel.versie, antwoord.trim(), vrijgeven));
    } catch (f) {
      setFout(alsFout(f, 'Uw antwoord kon niet worden vastgelegd.'));
    }
  };
  return (
    <section aria-labelledby={kop} className="schakel-kaart" data-testid="deelverzoek" data-id={deel.id}>
      <h2 className="utrecht-heading-2" id={kop}>
        {soortTekst(deel.soort)}, via {contactpunt}
      </h2>
      <p className="utrecht-paragraph">
        Ontvangen {datumTekst(deel.ontvangenOp)}, uiterlijk {datumTekst(deel.uiterlijkOp)}:{' '}
        {deel.status === 'OPEN' ? (deel.teLaat ? <strong className="schakel-verlopen">{klokTekst(deel)}</strong> : klokTekst(deel)) : 'beantwoord'}
      </p>
      <p className="utrecht-paragraph">
        Uw gegevens over deze persoon in Schakel: {deel.bronnen.length === 0 ? 'geen (alleen ingezien)' : deel.bronnen.map((b) => b.type.toLowerCase()).join(', ')}
      </p>
      {deel.status === 'BEANTWOORD' ? (
        <p className="utrecht-paragraph">
          Beantwoord op {datumTekst(deel.beantwoordOp)} door {deel.beantwoordDoor}: {deel.antwoord}
        </p>
      ) : (
        <form onSubmit={(e) => void verstuur(e)} noValidate>
          {fout && <ApiFoutMelding fout={fout} />}
          <Tekstvak sleutel={`antwoord-${deel.id}`} label="Uw antwoord" verplicht waarde={antwoord} onWijzig={setAntwoord} fout={veldfout} regels={3} />
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <input
              id={`vrijgeven-${deel.id}`}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={vrijgeven}
              onChange={(e) => setVrijgeven(e.target.checked)}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`vrijgeven-${deel.id}`}>
              Onze gegevens mogen in het inzagerapport (voor politie en OM: er loopt geen strafrechtelijk onderzoek dat zich ertegen verzet)
            </label>
          </div>
          <div className="schakel-knoppen">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">Antwoord vastleggen</button>
          </div>
        </form>
      )}
    </section>
  );
}
