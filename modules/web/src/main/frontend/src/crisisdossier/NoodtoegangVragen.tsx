import { useState } from 'react';
import { Tekstvak } from '../components/Velden';
import { Foutsamenvatting, controleerTekst, useFormulierstand } from './formulier';
import type { Veldfouten } from './formulier';

export const NOODTOEGANG_REDEN_MINIMUM = 20;
export const NOODTOEGANG_REDEN_MAXIMUM = 1000;

/**
 * Break-glass, for an on-call crisis role that finds no file it urgently needs: a reason (at least 20 characters), a
 * short read-only opening for this person alone, flagged and reviewed afterwards by the privacy officer and the
 * owners. Flow-neutral: the caller passes the request ({@code vraag}); the page reloads when it is granted.
 */
export function NoodtoegangVragen({
  wat,
  vraag,
  onGeopend,
}: {
  /** What is opened, for the texts ("dit crisisdossier"). */
  wat: string;
  vraag: (reden: string) => Promise<unknown>;
  onGeopend: () => void;
}) {
  const prefix = 'noodtoegang';
  const [open, setOpen] = useState(false);
  const [reden, setReden] = useState('');
  const stand = useFormulierstand(prefix);
  return (
    <section className="schakel-kaart" aria-labelledby="kop-noodtoegang">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-noodtoegang">
        Noodtoegang
      </h2>
      <p className="utrecht-paragraph">
        Heeft u {wat} dringend nodig buiten de gewone toegang, bijvoorbeeld 's nachts? Dan kunt u noodtoegang vragen: u leest
        het kort (alleen lezen), het wordt gemarkeerd vastgelegd en achteraf beoordeeld door de functionaris
        gegevensbescherming en de eigenaren.
      </p>
      {!open && (
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair"
          onClick={() => {
            setOpen(true);
            setTimeout(() => document.getElementById('veld-noodtoegang-reden')?.focus(), 0);
          }}
        >
          Noodtoegang vragen
        </button>
      )}
      {open && (
        <form
          aria-label="Noodtoegang vragen"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const fouten: Veldfouten = {};
            controleerTekst(
              fouten,
              `${prefix}.reden`,
              reden,
              NOODTOEGANG_REDEN_MAXIMUM,
              'Vul in waarom u noodtoegang nodig heeft.',
              NOODTOEGANG_REDEN_MINIMUM,
            );
            void stand.verstuur(
              fouten,
              async () => {
                await vraag(reden.trim());
                onGeopend();
              },
              'De noodtoegang kon niet worden geopend.',
            );
          }}
        >
          <Foutsamenvatting stand={stand} titel="Controleer de reden" namen={{ reden: 'Reden' }} />
          <Tekstvak
            sleutel={`${prefix}.reden`}
            label="Reden voor noodtoegang"
            hint={`Ten minste ${NOODTOEGANG_REDEN_MINIMUM} tekens: waarom nu, en waarom het niet kan wachten.`}
            verplicht
            regels={3}
            waarde={reden}
            onWijzig={setReden}
            fout={stand.fouten[`${prefix}.reden`]}
          />
          <div className="schakel-knoppen">
            <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={stand.bezig || undefined}>
              Noodtoegang openen
            </button>
            <button type="button" className="utrecht-button utrecht-button--secondary-action schakel-knop-secundair" onClick={() => setOpen(false)}>
              Annuleren
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
