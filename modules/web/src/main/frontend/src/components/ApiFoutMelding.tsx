import { ApiFout } from '../api/fouten';
import { veldNaam } from '../overdracht/formulier';
import { Melding } from './Melding';

export type Fout = Pick<ApiFout, 'titel' | 'detail' | 'kenmerk'> & Partial<Pick<ApiFout, 'ongeldigeVelden'>>;

/** Any thrown value as the texts to show (Dutch). */
export function alsFout(fout: unknown, standaard: string): Fout {
  if (fout instanceof ApiFout) return fout;
  return { titel: 'Er ging iets mis', detail: standaard, kenmerk: null };
}

/** A failed API call: title, detail and the helpdesk reference, announced at once. */
export function ApiFoutMelding({ fout, children }: { fout: Fout; children?: React.ReactNode }) {
  return (
    <Melding soort="fout" titel={fout.titel}>
      {fout.detail && <p className="utrecht-paragraph">{fout.detail}</p>}
      {fout.ongeldigeVelden && fout.ongeldigeVelden.length > 0 && (
        <ul className="utrecht-unordered-list schakel-opsomming">
          {fout.ongeldigeVelden.map((p) => (
            <li key={`${p.name}-${p.reason}`} className="utrecht-unordered-list__item">
              {veldNaam(p.name)}: {p.reason}
            </li>
          ))}
        </ul>
      )}
      {children}
      {fout.kenmerk && (
        <p className="utrecht-paragraph schakel-kenmerk">
          Kenmerk voor de servicedesk: <code className="utrecht-code">{fout.kenmerk}</code>
        </p>
      )}
    </Melding>
  );
}
