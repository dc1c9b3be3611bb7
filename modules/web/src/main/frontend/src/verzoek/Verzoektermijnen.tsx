import { useEffect } from 'react';
import { ApiFout } from '../api/fouten';
import type { SchakelApi } from '../api/client';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';
import { Laden } from '../components/Laden';
import { useGeladen } from '../components/useGeladen';
import { organisatieNaam, useOrganisatieNamen } from '../overdracht/organisaties';
import type { Verzoektermijn, VerzoektermijnApi } from './api';
import { datumTekst, klokTekst, soortTekst } from './termijn';

const GEEN_ROL: Fout = {
  titel: 'U kunt de termijnen van alle verzoeken niet inzien',
  detail: 'Dit overzicht is er voor de functionaris gegevensbescherming. Een contactpunt ziet zijn eigen verzoeken onder "Verzoeken van betrokkenen".',
  kenmerk: null,
};

function laadfout(f: unknown): Fout {
  return f instanceof ApiFout && f.status === 403 ? GEEN_ROL : alsFout(f, 'De verzoeken konden niet worden geladen.');
}

/** A part's state in words: "beantwoord", "open" or "open, te laat". */
export function deelTekst(deel: Verzoektermijn['delen'][number]): string {
  if (deel.status === 'BEANTWOORD') return 'beantwoord';
  return deel.teLaat ? 'open, te laat' : 'open';
}

/**
 * "Termijnen van verzoeken" for the functionaris gegevensbescherming: every request of every contact point with its
 * clock and, per organisation, whether its part is answered or late; the late ones first (the server sorts). No person
 * and no answer: the fg asks the contact point about a request by its kenmerk.
 */
export function Verzoektermijnen({ api }: { api: VerzoektermijnApi & Pick<SchakelApi, 'organisaties'> }) {
  const namen = useOrganisatieNamen(api);
  const { waarde: lijst, fout } = useGeladen((s) => api.verzoektermijnen(s), [api], laadfout);

  useEffect(() => {
    document.title = 'Termijnen van verzoeken – Schakel';
  }, []);

  const teLaat = (lijst ?? []).filter((v) => v.teLaat).length;
  return (
    <>
      <h1 className="utrecht-heading-1">Termijnen van verzoeken</h1>
      <p className="utrecht-paragraph">
        Alle verzoeken van betrokkenen bij Veilig Thuis en het Zorg- en Veiligheidshuis, met hun wettelijke termijn: een
        kalendermaand na ontvangst, eenmaal met twee maanden te verlengen. Per organisatie ziet u of zij haar deel beantwoordde.
        De verzoeken die over de termijn zijn staan bovenaan. Vraag het contactpunt naar een verzoek met het kenmerk.
      </p>
      {fout && <ApiFoutMelding fout={fout} />}
      {!fout && lijst === null && <Laden />}
      {lijst && (
        <p className="utrecht-paragraph" data-testid="samenvatting">
          {lijst.length === 0
            ? 'Er zijn geen verzoeken.'
            : `${lijst.length} ${lijst.length === 1 ? 'verzoek' : 'verzoeken'}, waarvan ${teLaat} over de termijn.`}
        </p>
      )}
      {lijst && lijst.length > 0 && (
        <table className="utrecht-table schakel-tabel schakel-tabel--kaarten" data-testid="verzoektermijnen">
          <caption className="utrecht-table__caption schakel-tabel__bijschrift">Verzoeken, die over de termijn eerst</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">Verzoek</th>
              <th className="utrecht-table__header-cell" scope="col">Contactpunt</th>
              <th className="utrecht-table__header-cell" scope="col">Ontvangen</th>
              <th className="utrecht-table__header-cell" scope="col">Uiterlijk</th>
              <th className="utrecht-table__header-cell" scope="col">Termijn</th>
              <th className="utrecht-table__header-cell" scope="col">Organisaties</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {lijst.map((v) => (
              <tr key={v.id} className="utrecht-table__row" data-id={v.id}>
                <th className="utrecht-table__header-cell" scope="row">
                  {soortTekst(v.soort)}
                  <span className="schakel-hint"> (kenmerk {v.id.slice(0, 8)})</span>
                </th>
                <td className="utrecht-table__cell" data-kolom="Contactpunt">{organisatieNaam(namen, v.contactpunt)}</td>
                <td className="utrecht-table__cell" data-kolom="Ontvangen">{datumTekst(v.ontvangenOp)}</td>
                <td className="utrecht-table__cell" data-kolom="Uiterlijk">
                  {datumTekst(v.uiterlijkOp)}
                  {v.verlengd ? ' (verlengd)' : ''}
                </td>
                <td className="utrecht-table__cell" data-kolom="Termijn" data-testid="termijn">
                  {v.teLaat ? <strong className="schakel-verlopen">{klokTekst(v)}</strong> : klokTekst(v)}
                </td>
                <td className="utrecht-table__cell" data-kolom="Organisaties">
                  {v.delen.length === 0 ? (
                    'geen (niemand had gegevens)'
                  ) : (
                    <ul className="utrecht-unordered-list" data-testid="delen">
                      {v.delen.map((d) => (
                        <li key={d.organisatie} className="utrecht-unordered-list__item">
                          {organisatieNaam(namen, d.organisatie)}:{' '}
                          {d.teLaat ? <strong className="schakel-verlopen">{deelTekst(d)}</strong> : deelTekst(d)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
