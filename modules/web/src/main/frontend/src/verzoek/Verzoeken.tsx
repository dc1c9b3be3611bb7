import { useEffect, useState } from 'react';
import type React from 'react';
import { ApiFout } from '../api/fouten';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Laden } from '../components/Laden';
import { useGeladen } from '../components/useGeladen';
import { Melding } from '../components/Melding';
import { Keuzelijst, Tekstveld } from '../components/Velden';
import { paden } from '../router';
import type { Verzoek, VerzoekApi } from './api';
import { SOORTEN, datumTekst, klokTekst, maakRegistratie, soortTekst } from './termijn';
import type { Registratieformulier } from './termijn';

const GEEN_CONTACTPUNT: Fout = {
  titel: 'U kunt hier geen verzoeken van betrokkenen behandelen',
  detail: 'Verzoeken van betrokkenen worden geregistreerd door de procesregisseurs van Veilig Thuis en het Zorg- en Veiligheidshuis.',
  kenmerk: null,
};

const LEEG: Registratieformulier = { soort: '', bsn: '', achternaam: '', voornaam: '', geboortedatum: '', weergave: '', ontvangenOp: '' };

/**
 * "Verzoeken van betrokkenen" for the contact point: a form to register a request, and the list with each request's
 * clock (due date, days left, te laat, extended) and the progress of its parts. With `alleenTeLaat` (the Mijn werk tile)
 * only the overdue ones.
 */
export function Verzoeken({ api, alleenTeLaat = false }: { api: VerzoekApi; alleenTeLaat?: boolean }) {
  const { waarde: lijst, fout, herlaad } = useGeladen(
    (signaal) => api.verzoeken(signaal),
    [api],
    (f) => (f instanceof ApiFout && f.status === 403 ? GEEN_CONTACTPUNT : alsFout(f, 'De verzoeken konden niet worden geladen.')),
  );
  const [melding, setMelding] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Verzoeken van betrokkenen – Schakel';
  }, []);

  const getoond = (lijst ?? []).filter((v) => !alleenTeLaat || v.teLaat);
  return (
    <>
      <h1 className="utrecht-heading-1">Verzoeken van betrokkenen</h1>
      <p className="utrecht-paragraph">
        Inzage, correctie, vernietiging, beperking en bezwaar. Een verzoek moet binnen een kalendermaand na ontvangst zijn
        beantwoord; die termijn kan eenmaal met twee maanden worden verlengd, met een reden. Elk verzoek gaat naar iedere
        organisatie die gegevens over de persoon heeft; u ziet hier hoe ver zij zijn.
      </p>
      {melding && <Melding soort="info" titel={melding} />}
      {fout ? (
        <ApiFoutMelding fout={fout} />
      ) : (
        <>
          <Registratie
            api={api}
            onGeregistreerd={(v) => {
              setMelding(`Verzoek geregistreerd: uiterlijk ${datumTekst(v.uiterlijkOp)} beantwoorden; ${v.aantalDelen} ${v.aantalDelen === 1 ? 'organisatie' : 'organisaties'} gevraagd.`);
              herlaad();
            }}
          />
          {lijst === null ? <Laden /> : <Lijst verzoeken={getoond} alleenTeLaat={alleenTeLaat} />}
        </>
      )}
    </>
  );
}

function Lijst({ verzoeken, alleenTeLaat }: { verzoeken: Verzoek[]; alleenTeLaat: boolean }) {
  if (verzoeken.length === 0) {
    return <p className="utrecht-paragraph">{alleenTeLaat ? 'Geen verzoeken te laat.' : 'Nog geen verzoeken.'}</p>;
  }
  return (
    <table className="utrecht-table schakel-tabel schakel-tabel--kaarten" data-testid="verzoeken">
      <caption className="utrecht-table__caption schakel-tabel__bijschrift">
        {alleenTeLaat ? 'Verzoeken die te laat zijn' : 'Verzoeken, lopende eerst'}
      </caption>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">Verzoek</th>
          <th className="utrecht-table__header-cell" scope="col">Ontvangen</th>
          <th className="utrecht-table__header-cell" scope="col">Uiterlijk</th>
          <th className="utrecht-table__header-cell" scope="col">Termijn</th>
          <th className="utrecht-table__header-cell" scope="col">Beantwoord</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {verzoeken.map((v) => (
          <tr key={v.id} className="utrecht-table__row" data-id={v.id}>
            <td className="utrecht-table__cell">
              <a className="utrecht-link" href={paden.verzoek(v.id)}>
                {soortTekst(v.soort)}: {v.weergave}
              </a>
            </td>
            <td className="utrecht-table__cell" data-kolom="Ontvangen">{datumTekst(v.ontvangenOp)}</td>
            <td className="utrecht-table__cell" data-kolom="Uiterlijk">
              {datumTekst(v.uiterlijkOp)}
              {v.verlengd ? ' (verlengd)' : ''}
            </td>
            <td className="utrecht-table__cell" data-kolom="Termijn" data-testid="termijn">
              {v.teLaat ? <strong className="schakel-verlopen">{klokTekst(v)}</strong> : klokTekst(v)}
            </td>
            <td className="utrecht-table__cell" data-kolom="Beantwoord">
              {v.aantalBeantwoord} van {v.aantalDelen}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Registratie({ api, onGeregistreerd }: { api: VerzoekApi; onGeregistreerd: (v: Verzoek) => void }) {
  const [form, setForm] = useState<Registratieformulier>(LEEG);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [fout, setFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const zet = (veld: keyof Registratieformulier) => (waarde: string) => setForm((f) => ({ ...f, [veld]: waarde }));

  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    const uitkomst = maakRegistratie(form);
    if ('fouten' in uitkomst) {
      setFouten(uitkomst.fouten);
      return;
    }
    setFouten({});
    setFout(null);
    setBezig(true);
    try {
      const verzoek = await api.registreerVerzoek(uitkomst.registratie);
      setForm(LEEG);
      onGeregistreerd(verzoek);
    } catch (f) {
      setFout(alsFout(f, 'Het verzoek kon niet worden geregistreerd.'));
    } finally {
      setBezig(false);
    }
  };

  return (
    <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="kop-registreren">
      <h2 className="utrecht-heading-2" id="kop-registreren">Verzoek registreren</h2>
      <p className="utrecht-paragraph schakel-hint">
        Schakel bewaart het BSN, de naam en de geboortedatum niet: alleen een versleutelde vingerafdruk om de persoon te
        vinden, en uw eigen korte verwijzing. Houd de contactgegevens van de verzoeker in uw eigen registratie.
      </p>
      {fout && <ApiFoutMelding fout={fout} />}
      <Keuzelijst sleutel="soort" label="Wat vraagt de verzoeker?" verplicht opties={SOORTEN} waarde={form.soort} onWijzig={zet('soort')} fout={fouten.soort} />
      <Tekstveld sleutel="verzoek-bsn" label="BSN" hint="Negen cijfers. Of vul hieronder achternaam en geboortedatum in, of beide." inputMode="numeric" breedte="smal" waarde={form.bsn} onWijzig={zet('bsn')} fout={fouten.bsn} />
      <Tekstveld sleutel="verzoek-achternaam" label="Achternaam" waarde={form.achternaam} onWijzig={zet('achternaam')} fout={fouten.achternaam} />
      <Tekstveld sleutel="verzoek-voornaam" label="Voornaam" hint="Niet verplicht; maakt het zoeken preciezer." waarde={form.voornaam} onWijzig={zet('voornaam')} />
      <Tekstveld sleutel="verzoek-geboortedatum" label="Geboortedatum" type="date" breedte="midden" waarde={form.geboortedatum} onWijzig={zet('geboortedatum')} fout={fouten.geboortedatum} />
      <Tekstveld sleutel="weergave" label="Uw verwijzing" hint="Initialen en uw eigen kenmerk, bijvoorbeeld F.J. / VT-2026-0142. Geen naam of adres." verplicht waarde={form.weergave} onWijzig={zet('weergave')} fout={fouten.weergave} />
      <Tekstveld sleutel="ontvangenOp" label="Ontvangen op" type="date" verplicht breedte="midden" waarde={form.ontvangenOp} onWijzig={zet('ontvangenOp')} fout={fouten.ontvangenOp} />
      <div className="schakel-knoppen">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
          Verzoek registreren
        </button>
      </div>
    </form>
  );
}
