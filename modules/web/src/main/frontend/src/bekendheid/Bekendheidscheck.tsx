import { useEffect, useRef, useState } from 'react';
import type React from 'react';
import { ApiFout } from '../api/fouten';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Keuzerondjes, Tekstveld } from '../components/Velden';
import type { Bekendheid, BekendheidApi, Bekendheidsvraag } from './api';

type Vorm = 'bsn' | 'naam';

const GEEN_ROL: Fout = {
  titel: 'U kunt de bekendheidscheck niet gebruiken',
  detail:
    'De bekendheidscheck is er voor de procesregisseurs en crisismedewerkers van Veilig Thuis, de wijkteams, de Raad voor de Kinderbescherming, het CIT, Filomena en het Zorg- en Veiligheidshuis.',
  kenmerk: null,
};

/**
 * "Is deze persoon bekend bij de partners van Schakel?": by BSN, or by family name and date of birth. The answer is in
 * words and names only organisations and where to reach them; the user's own organisation is marked. The answer region
 * is announced (aria-live) and takes the focus, so a keyboard or screen reader user hears it at once.
 */
export function Bekendheidscheck({ api, eigenOrganisatie }: { api: BekendheidApi; eigenOrganisatie?: string | null }) {
  const [vorm, setVorm] = useState<Vorm>('bsn');
  const [bsn, setBsn] = useState('');
  const [achternaam, setAchternaam] = useState('');
  const [voornaam, setVoornaam] = useState('');
  const [geboortedatum, setGeboortedatum] = useState('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [bezig, setBezig] = useState(false);
  const [antwoord, setAntwoord] = useState<Bekendheid | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const antwoordRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Bekendheidscheck – Schakel';
  }, []);

  useEffect(() => {
    if (antwoord || fout) antwoordRef.current?.focus();
  }, [antwoord, fout]);

  const verstuur = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    const vraag = maakVraag(vorm, bsn, achternaam, voornaam, geboortedatum);
    if ('fouten' in vraag) {
      setFouten(vraag.fouten);
      setAntwoord(null);
      setFout(null);
      return;
    }
    setFouten({});
    setBezig(true);
    setFout(null);
    setAntwoord(null);
    try {
      setAntwoord(await api.bekendheidscheck(vraag.vraag));
    } catch (f) {
      setFout(f instanceof ApiFout && f.status === 403 ? GEEN_ROL : alsFout(f, 'De bekendheidscheck kon niet worden gedaan.'));
    } finally {
      setBezig(false);
    }
  };

  return (
    <>
      <h1 className="utrecht-heading-1">Bekendheidscheck</h1>
      <p className="utrecht-paragraph">
        Is deze persoon bekend bij de partners van Schakel? U hoort alleen bij welke organisaties en hoe u hen bereikt, nooit
        wat zij over de persoon weten. Elke vraag wordt vastgelegd, bij u en bij de organisaties die de persoon kennen. U kunt
        ten hoogste 10 keer per uur en 30 keer per dag vragen.
      </p>
      <form onSubmit={(e) => void verstuur(e)} noValidate aria-labelledby="kop-vraag">
        <h2 className="utrecht-heading-2" id="kop-vraag">
          Uw vraag
        </h2>
        <Keuzerondjes<Vorm>
          sleutel="vorm"
          legenda="Zoeken op"
          opties={[
            ['bsn', 'Burgerservicenummer (BSN)'],
            ['naam', 'Achternaam en geboortedatum'],
          ]}
          gekozen={vorm}
          onKies={(v) => {
            setVorm(v);
            setFouten({});
          }}
        />
        {vorm === 'bsn' ? (
          <Tekstveld
            sleutel="bsn"
            label="BSN"
            hint="Negen cijfers."
            verplicht
            inputMode="numeric"
            breedte="smal"
            waarde={bsn}
            onWijzig={setBsn}
            fout={fouten.bsn}
          />
        ) : (
          <>
            <Tekstveld sleutel="achternaam" label="Achternaam" verplicht waarde={achternaam} onWijzig={setAchternaam} fout={fouten.achternaam} />
            <Tekstveld
              sleutel="voornaam"
              label="Voornaam"
              hint="Niet verplicht. Met een voornaam is het antwoord preciezer."
              waarde={voornaam}
              onWijzig={setVoornaam}
            />
            <Tekstveld
              sleutel="geboortedatum"
              label="Geboortedatum"
              type="date"
              verplicht
              breedte="midden"
              waarde={geboortedatum}
              onWijzig={setGeboortedatum}
              fout={fouten.geboortedatum}
            />
          </>
        )}
        <div className="schakel-knoppen">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
            Controleer bekendheid
          </button>
        </div>
      </form>
      <div aria-live="polite">
        {bezig && (
          <p className="utrecht-paragraph" role="status">
            Bezig met de bekendheidscheck…
          </p>
        )}
      </div>
      <div ref={antwoordRef} tabIndex={-1} className="schakel-antwoord" data-testid="bekendheid-antwoord">
        {fout && <ApiFoutMelding fout={fout} />}
        {antwoord && <Antwoord antwoord={antwoord} eigenOrganisatie={eigenOrganisatie ?? null} />}
      </div>
    </>
  );
}

function Antwoord({ antwoord, eigenOrganisatie }: { antwoord: Bekendheid; eigenOrganisatie: string | null }) {
  if (!antwoord.bekend) {
    return (
      <section aria-labelledby="kop-antwoord">
        <h2 className="utrecht-heading-2" id="kop-antwoord">
          Niet bekend bij de partners van Schakel
        </h2>
        <p className="utrecht-paragraph">
          Geen partner heeft op dit moment gegevens over deze persoon in Schakel. Dat zegt niets over wat partners buiten Schakel
          weten.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="kop-antwoord">
      <h2 className="utrecht-heading-2" id="kop-antwoord">
        Bekend bij {antwoord.organisaties.length === 1 ? 'één partner' : `${antwoord.organisaties.length} partners`}
      </h2>
      <ul className="utrecht-unordered-list">
        {antwoord.organisaties.map((o) => (
          <li key={o.code} className="utrecht-unordered-list__item">
            Bekend bij: {o.naam}
            {o.code === eigenOrganisatie ? ' (uw eigen organisatie)' : ''} —{' '}
            {o.functioneleMailbox ? (
              <>
                neem contact op via{' '}
                <a className="utrecht-link" href={`mailto:${o.functioneleMailbox}`}>
                  {o.functioneleMailbox}
                </a>
              </>
            ) : (
              'deze organisatie heeft geen functionele mailbox in het partnerregister; neem contact op via de gebruikelijke weg'
            )}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph schakel-hint">
        Zet geen persoonsgegevens in de onderwerpregel van uw e-mail; noem het BSN of de naam pas in het gesprek of in een
        beveiligd bericht.
      </p>
    </section>
  );
}

/** The question from the form, or what is missing per field (the server checks again). */
export function maakVraag(
  vorm: Vorm,
  bsn: string,
  achternaam: string,
  voornaam: string,
  geboortedatum: string,
): { vraag: Bekendheidsvraag } | { fouten: Record<string, string> } {
  if (vorm === 'bsn') {
    const cijfers = bsn.replace(/[\s.-]/g, '');
    if (!/^\d{9}$/.test(cijfers)) return { fouten: { bsn: 'Vul een BSN van negen cijfers in.' } };
    if (!elfproef(cijfers)) return { fouten: { bsn: 'Dit is geen geldig BSN: controleer de cijfers.' } };
    return { vraag: { bsn: cijfers } };
  }
  const fouten: Record<string, string> = {};
  if (!/\p{L}/u.test(achternaam)) fouten.achternaam = 'Vul een achternaam in.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(geboortedatum)) fouten.geboortedatum = 'Vul een geboortedatum in.';
  if (Object.keys(fouten).length > 0) return { fouten };
  const vraag: Bekendheidsvraag = voornaam.trim()
    ? { achternaam: achternaam.trim(), voornaam: voornaam.trim(), geboortedatum }
    : { achternaam: achternaam.trim(), geboortedatum };
  return { vraag };
}

/** The BSN elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (and not all zeros). */
export function elfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === '000000000') return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * Number(bsn[i]);
  som -= Number(bsn[8]);
  return som % 11 === 0;
}
