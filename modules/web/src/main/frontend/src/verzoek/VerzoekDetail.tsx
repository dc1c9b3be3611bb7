import { vandaagInNederland } from '../vandaag';
import { useCallback, useEffect, useState } from 'react';
import type React from 'react';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Laden } from '../components/Laden';
import { Melding } from '../components/Melding';
import { Tekstvak, Tekstveld } from '../components/Velden';
import { bewaarAlsBestand } from '../components/useDownload';
import { paden } from '../router';
import type { Verzoek, VerzoekApi } from './api';
import type { SchakelApi } from '../api/client';
import { organisatieNaam, useOrganisatieNamen } from '../overdracht/organisaties';
import { datumTekst, klokTekst, soortTekst } from './termijn';


/**
 * One request at the contact point: its clock, the parts per organisation with their answers, extending the clock once
 * (with a reason), recording that the requester was informed (when every part is answered) and, for inzage, the report.
 */
export function VerzoekDetail({ api, id }: { api: VerzoekApi & Pick<SchakelApi, 'organisaties'>; id: string }) {
  const namen = useOrganisatieNamen(api);
  const [verzoek, setVerzoek] = useState<Verzoek | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const [melding, setMelding] = useState<string | null>(null);

  const laad = useCallback(
    (signaal?: AbortSignal) =>
      api
        .verzoek(id, signaal)
        .then(setVerzoek)
        .catch((f) => !signaal?.aborted && setFout(alsFout(f, 'Het verzoek kon niet worden geladen.'))),
    [api, id],
  );

  useEffect(() => {
    document.title = 'Verzoek van een betrokkene – Schakel';
    const stop = new AbortController();
    void laad(stop.signal);
    return () => stop.abort();
  }, [laad]);

  if (fout && !verzoek) return <ApiFoutMelding fout={fout} />;
  if (!verzoek) return <Laden />;
  const bijgewerkt = (v: Verzoek, tekst: string) => {
    setVerzoek(v);
    setMelding(tekst);
  };
  return (
    <>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={paden.verzoeken}>Terug naar de verzoeken</a>
      </p>
      <h1 className="utrecht-heading-1">
        {soortTekst(verzoek.soort)}: {verzoek.weergave}
      </h1>
      {melding && <Melding soort="info" titel={melding} />}
      <dl className="schakel-gegevens" data-testid="klok">
        <dt>Ontvangen</dt>
        <dd>{datumTekst(verzoek.ontvangenOp)}</dd>
        <dt>Uiterlijk beantwoorden</dt>
        <dd>
          {datumTekst(verzoek.uiterlijkOp)} ({verzoek.teLaat ? <strong className="schakel-verlopen">{klokTekst(verzoek)}</strong> : klokTekst(verzoek)})
        </dd>
        {verzoek.verlenging && (
          <>
            <dt>Verlengd</dt>
            <dd>
              Op {datumTekst(verzoek.verlenging.op)} door {verzoek.verlenging.door}: {verzoek.verlenging.reden}
            </dd>
          </>
        )}
        <dt>Geregistreerd door</dt>
        <dd>{verzoek.geregistreerdDoor}</dd>
        {verzoek.verzoekerGeinformeerdOp && (
          <>
            <dt>Verzoeker geïnformeerd</dt>
            <dd>{datumTekst(verzoek.verzoekerGeinformeerdOp)}</dd>
          </>
        )}
      </dl>

      <h2 className="utrecht-heading-2">Organisaties ({verzoek.aantalBeantwoord} van {verzoek.aantalDelen} beantwoord)</h2>
      {verzoek.delen.length === 0 ? (
        <p className="utrecht-paragraph">Geen organisatie heeft in Schakel gegevens over deze persoon.</p>
      ) : (
        <ul className="utrecht-unordered-list" data-testid="delen">
          {verzoek.delen.map((d) => (
            <li key={d.id} className="utrecht-unordered-list__item" data-organisatie={d.organisatie}>
              <strong>{organisatieNaam(namen, d.organisatie)}</strong>: {d.status === 'OPEN' ? 'nog open' : `beantwoord op ${datumTekst(d.beantwoordOp)} door ${d.beantwoordDoor} — ${d.antwoord}`}
            </li>
          ))}
        </ul>
      )}

      {verzoek.soort === 'INZAGE' && <InzageKnop api={api} id={verzoek.id} />}
      {verzoek.status !== 'AFGEROND' && !verzoek.verlengd && <Verlengen api={api} verzoek={verzoek} onKlaar={bijgewerkt} />}
      {verzoek.status !== 'AFGEROND' && <Geinformeerd api={api} verzoek={verzoek} onKlaar={bijgewerkt} />}
    </>
  );
}

function InzageKnop({ api, id }: { api: VerzoekApi; id: string }) {
  const [fout, setFout] = useState<Fout | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);
  const download = async () => {
    setFout(null);
    try {
      const bestand = await api.inzagePdf(id);
      bewaarAlsBestand(bestand.inhoud, bestand.bestandsnaam);
      setKlaar('Het inzagerapport is gedownload. Geef de verzoeker alleen het eerste deel, niet het deel voor de beoordelaar.');
    } catch (f) {
      setFout(alsFout(f, 'Het inzagerapport kon niet worden gemaakt.'));
    }
  };
  return (
    <section aria-labelledby="kop-inzage">
      <h2 className="utrecht-heading-2" id="kop-inzage">Inzagerapport</h2>
      {fout && <ApiFoutMelding fout={fout} />}
      {klaar && <Melding soort="info" titel={klaar} />}
      <div className="schakel-knoppen">
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => void download()}>
          Inzagerapport downloaden (PDF)
        </button>
      </div>
    </section>
  );
}

function Verlengen({ api, verzoek, onKlaar }: { api: VerzoekApi; verzoek: Verzoek; onKlaar: (v: Verzoek, tekst: string) => void }) {
  const [reden, setReden] = useState('');
  const [veldfout, setVeldfout] = useState<string | undefined>();
  const [fout, setFout] = useState<Fout | null>(null);
  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    if (reden.trim() === '') {
      setVeldfout('Geef de reden van de verlenging.');
      return;
    }
    setVeldfout(undefined);
    try {
      const v = await api.verlengVerzoek(verzoek.id, verzoek.versie, reden.trim());
      onKlaar(v, `Termijn verlengd tot ${datumTekst(v.uiterlijkOp)}.`);
    } catch (f) {
      setFout(alsFout(f, 'De termijn kon niet worden verlengd.'));
    }
  };
  return (
    <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="kop-verlengen">
      <h2 className="utrecht-heading-2" id="kop-verlengen">Termijn verlengen</h2>
      <p className="utrecht-paragraph schakel-hint">Eenmaal, met twee maanden. Vertel de verzoeker binnen de eerste maand waarom.</p>
      {fout && <ApiFoutMelding fout={fout} />}
      <Tekstvak sleutel="reden" label="Reden" verplicht waarde={reden} onWijzig={setReden} fout={veldfout} regels={3} />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair">Verlengen</button>
      </div>
    </form>
  );
}

function Geinformeerd({ api, verzoek, onKlaar }: { api: VerzoekApi; verzoek: Verzoek; onKlaar: (v: Verzoek, tekst: string) => void }) {
  const [datum, setDatum] = useState(vandaagInNederland()) // the day the requester was informed defaults to today;
  const [fout, setFout] = useState<Fout | null>(null);
  const open = verzoek.aantalDelen - verzoek.aantalBeantwoord;
  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const v = await api.verzoekerGeinformeerd(verzoek.id, verzoek.versie, datum);
      onKlaar(v, 'Vastgelegd dat de verzoeker is geïnformeerd; het verzoek is afgerond.');
    } catch (f) {
      setFout(alsFout(f, 'Dit kon niet worden vastgelegd.'));
    }
  };
  return (
    <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="kop-geinformeerd">
      <h2 className="utrecht-heading-2" id="kop-geinformeerd">Verzoeker geïnformeerd</h2>
      {open > 0 && <p className="utrecht-paragraph">Nog {open} {open === 1 ? 'organisatie moet' : 'organisaties moeten'} antwoorden.</p>}
      {fout && <ApiFoutMelding fout={fout} />}
      <Tekstveld sleutel="datum" label="Geïnformeerd op" type="date" verplicht breedte="midden" waarde={datum} onWijzig={setDatum} />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={open > 0 || undefined}>
          Verzoeker geïnformeerd
        </button>
      </div>
    </form>
  );
}
