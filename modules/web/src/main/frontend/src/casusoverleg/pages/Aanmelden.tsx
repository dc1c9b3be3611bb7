import { useEffect } from 'react';
import type { SchakelApi } from '../../api/client';
import { ApiFoutMelding } from '../../components/ApiFoutMelding';
import { useOrganisatieNamen } from '../../overdracht/organisaties';
import { navigeer, paden } from '../../router';
import { AanmeldingFormulier } from '../AanmeldingFormulier';
import { leegFormulier } from '../aanmelding';
import { useTafel } from '../gedeeld';

/** "Aanmelden": a member partner registers a case at the table. */
export function Aanmelden({ api }: { api: SchakelApi }) {
  const tafel = useTafel(api);
  const namen = useOrganisatieNamen(api);
  useEffect(() => {
    document.title = 'Casus aanmelden – Schakel';
  }, []);
  return (
    <>
      <h1 className="utrecht-heading-1">Casus aanmelden</h1>
      {tafel.fout && <ApiFoutMelding fout={tafel.fout} />}
      {!tafel.waarde && !tafel.fout && (
        <p className="utrecht-paragraph" role="status">
          Het formulier wordt geladen…
        </p>
      )}
      {tafel.waarde && (
        <>
          <p className="utrecht-paragraph">
            Bij de <strong>{tafel.waarde.naam}</strong>. Het Zorg- en Veiligheidshuis beoordeelt uw aanmelding binnen{' '}
            {tafel.waarde.triagetermijnWerkdagen} werkdagen.
          </p>
          <AanmeldingFormulier
            api={api}
            tafel={tafel.waarde}
            begin={leegFormulier(tafel.waarde)}
            namen={namen}
            onOpgeslagen={(a) => navigeer(paden.coAanmelding(a.id), 'De aanmelding is verstuurd naar het Zorg- en Veiligheidshuis.')}
          />
        </>
      )}
    </>
  );
}
