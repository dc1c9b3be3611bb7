import { useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Fout } from '../components/ApiFoutMelding';
import { Tekstvak } from '../components/Velden';
import type { Aanmelding, Triagestap } from './api';
import { isConflict, wijzigingsfout, Wijzigingsfout } from './gedeeld';

const BERICHT: Record<Triagestap, string> = {
  acceptatie: 'De aanmelding is geaccepteerd; de casus kan nu op een agenda.',
  afwijzing: 'De aanmelding is afgewezen; de aanmelder ziet uw reden.',
  aanvullingsverzoek: 'Uw vraag is naar de aanmelder gestuurd; de termijn stopt tot die aanvult.',
  afschaling: 'De casus is afgeschaald: de genodigde partners hebben geen toegang meer; ieder houdt zijn eigen inbreng.',
};

const REDEN: Record<'afwijzing' | 'aanvullingsverzoek', { label: string; hint: string; knop: string; leeg: string }> = {
  afwijzing: {
    label: 'Waarom wijst u de aanmelding af?',
    hint: 'De aanmelder ziet deze reden.',
    knop: 'Aanmelding afwijzen',
    leeg: 'Vul in waarom u de aanmelding afwijst.',
  },
  aanvullingsverzoek: {
    label: 'Wat moet de aanmelder aanvullen?',
    hint: 'De aanmelder ziet deze vraag en vult de aanmelding aan.',
    knop: 'Vraag versturen',
    leeg: 'Vul in wat de aanmelder moet aanvullen.',
  },
};

/** The organiser's triage: accept, reject with a reason, or ask for more (If-Match with the version read). */
export function Triagestappen({
  api,
  aanmelding,
  onGewijzigd,
  onConflict,
}: {
  api: SchakelApi;
  aanmelding: Aanmelding;
  onGewijzigd: (a: Aanmelding, bericht: string) => void;
  onConflict: () => void;
}) {
  const [stap, setStap] = useState<'afwijzing' | 'aanvullingsverzoek' | null>(null);
  const [reden, setReden] = useState('');
  const [redenFout, setRedenFout] = useState<string | undefined>();
  const [fout, setFout] = useState<Fout | null>(null);
  const [conflict, setConflict] = useState(false);
  const [bezig, setBezig] = useState(false);
  const uitkomst = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (stap) document.getElementById('veld-triagereden')?.focus();
  }, [stap]);

  const voerUit = async (s: Triagestap, tekst?: string) => {
    if (bezig) return;
    setBezig(true);
    setFout(null);
    try {
      onGewijzigd(await api.triage(aanmelding.id, aanmelding.versie, s, tekst), BERICHT[s]);
    } catch (f) {
      setFout(wijzigingsfout(f, 'De triage is niet gelukt.'));
      setConflict(isConflict(f));
      setTimeout(() => uitkomst.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };

  const bevestig = (e: React.FormEvent) => {
    e.preventDefault();
    if (!stap) return;
    const tekst = reden.trim();
    if (!tekst || tekst.length > 2000) {
      setRedenFout(!tekst ? REDEN[stap].leeg : 'Ten hoogste 2000 tekens.');
      document.getElementById('veld-triagereden')?.focus();
      return;
    }
    setRedenFout(undefined);
    void voerUit(stap, tekst);
  };

  return (
    <section className="schakel-kaart schakel-acties" aria-labelledby="kop-triage">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-triage">
        Triage
      </h2>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        <Wijzigingsfout fout={fout} conflict={conflict} onHerlaad={onConflict} />
      </div>
      <div className="schakel-knoppen">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={() => voerUit('acceptatie')} aria-disabled={bezig || undefined}>
          Accepteren
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" aria-expanded={stap === 'aanvullingsverzoek'} onClick={() => setStap('aanvullingsverzoek')}>
          Om aanvulling vragen
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-verwijder" aria-expanded={stap === 'afwijzing'} onClick={() => setStap('afwijzing')}>
          Afwijzen
        </button>
      </div>
      {stap && (
        <form className="schakel-reden" onSubmit={bevestig} noValidate aria-label={REDEN[stap].knop}>
          <Tekstvak sleutel="triagereden" label={REDEN[stap].label} hint={REDEN[stap].hint} verplicht regels={3} waarde={reden} onWijzig={setReden} fout={redenFout} />
          <div className="schakel-knoppen">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
              {REDEN[stap].knop}
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => { setStap(null); setRedenFout(undefined); }}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
