import { useEffect, useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import type { Fout } from '../components/ApiFoutMelding';
import { Tekstvak } from '../components/Velden';
import type { Aanmelding } from './api';
import { isConflict, wijzigingsfout, Wijzigingsfout } from './gedeeld';

const MAX_REDEN = 2000;

/**
 * The organiser closes an accepted case (afschaling) with a reason. Said before the click what it does, because it
 * cannot be undone: every invited partner loses access at once, each keeps its own inbreng, and the table's shared
 * copy gets its retention date. If-Match with the version read; a conflict offers a reload.
 */
export function Afschalen({
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
  const [open, setOpen] = useState(false);
  const [reden, setReden] = useState('');
  const [redenFout, setRedenFout] = useState<string | undefined>();
  const [fout, setFout] = useState<Fout | null>(null);
  const [conflict, setConflict] = useState(false);
  const [bezig, setBezig] = useState(false);
  const uitkomst = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open) document.getElementById('veld-afschalingsreden')?.focus();
  }, [open]);

  const bevestig = async (e: React.FormEvent) => {
    e.preventDefault();
    if (bezig) return;
    const tekst = reden.trim();
    if (!tekst || tekst.length > MAX_REDEN) {
      setRedenFout(!tekst ? 'Vul in waarom u de casus afschaalt.' : `Ten hoogste ${MAX_REDEN} tekens.`);
      document.getElementById('veld-afschalingsreden')?.focus();
      return;
    }
    setRedenFout(undefined);
    setBezig(true);
    setFout(null);
    try {
      onGewijzigd(
        await api.triage(aanmelding.id, aanmelding.versie, 'afschaling', tekst),
        'De casus is afgeschaald: de genodigde partners hebben geen toegang meer; ieder houdt zijn eigen inbreng.',
      );
    } catch (f) {
      setFout(wijzigingsfout(f, 'Het afschalen is niet gelukt.'));
      setConflict(isConflict(f));
      setTimeout(() => uitkomst.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };

  return (
    <section className="schakel-kaart schakel-acties" aria-labelledby="kop-afschalen">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-afschalen">
        Afschalen
      </h2>
      <p className="utrecht-paragraph">
        Sluit de casus af. Alle genodigde partners verliezen direct hun toegang tot de agendapunten van deze casus; elke
        partner houdt zijn eigen inbreng. Het gedeelde exemplaar van de tafel krijgt zijn bewaartermijn. Dit kan niet
        ongedaan worden gemaakt.
      </p>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        <Wijzigingsfout fout={fout} conflict={conflict} onHerlaad={onConflict} />
      </div>
      {!open ? (
        <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-verwijder" aria-expanded={false} onClick={() => setOpen(true)}>
          Casus afschalen
        </button>
      ) : (
        <form className="schakel-reden" onSubmit={bevestig} noValidate aria-label="Casus afschalen">
          <Tekstvak
            sleutel="afschalingsreden"
            label="Waarom schaalt u de casus af?"
            hint="De partners en de aanmelder zien deze reden."
            verplicht
            regels={3}
            waarde={reden}
            onWijzig={setReden}
            fout={redenFout}
          />
          <div className="schakel-knoppen">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={bezig || undefined}>
              Afschalen bevestigen
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => { setOpen(false); setRedenFout(undefined); }}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
