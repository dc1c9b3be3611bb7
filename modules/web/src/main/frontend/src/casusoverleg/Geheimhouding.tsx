import { useRef, useState } from 'react';
import type { SchakelApi } from '../api/client';
import { ApiFoutMelding, alsFout } from '../components/ApiFoutMelding';
import type { Fout } from '../components/ApiFoutMelding';

/**
 * The confidentiality statement, once per meeting per person: until it is confirmed the API refuses the item's content
 * (403 CSO-020). Confirming is logged; the page then reads the item again.
 */
export function Geheimhouding({ api, overlegId, onBevestigd }: { api: SchakelApi; overlegId: string; onBevestigd: () => void }) {
  const [fout, setFout] = useState<Fout | null>(null);
  const [bezig, setBezig] = useState(false);
  const uitkomst = useRef<HTMLDivElement>(null);
  const bevestig = async () => {
    if (bezig) return;
    setBezig(true);
    setFout(null);
    try {
      await api.bevestigGeheimhouding(overlegId);
      onBevestigd();
    } catch (f) {
      setFout(alsFout(f, 'De bevestiging is niet gelukt.'));
      setTimeout(() => uitkomst.current?.focus(), 0);
    } finally {
      setBezig(false);
    }
  };
  return (
    <section className="schakel-kaart schakel-verklaring" aria-labelledby="kop-geheimhouding" data-testid="geheimhouding">
      <h2 className="utrecht-heading-2 schakel-kaart__kop" id="kop-geheimhouding">
        Geheimhoudingsverklaring
      </h2>
      <p className="utrecht-paragraph">Voordat u de casus en de inbreng van de andere partners ziet, bevestigt u deze verklaring. Zij geldt voor dit hele overleg.</p>
      <ul className="utrecht-unordered-list schakel-opsomming">
        <li className="utrecht-unordered-list__item">Ik houd geheim wat ik in dit casusoverleg lees en hoor.</li>
        <li className="utrecht-unordered-list__item">
          Ik gebruik deze informatie alleen voor de aanpak van deze casus, binnen de taak van mijn organisatie.
        </li>
        <li className="utrecht-unordered-list__item">
          Ik deel haar niet buiten het overleg, behalve waar de wet mij dat opdraagt of toestaat.
        </li>
      </ul>
      <p className="utrecht-paragraph schakel-hint">Uw bevestiging wordt vastgelegd met uw naam en het tijdstip.</p>
      <div ref={uitkomst} tabIndex={-1} className="schakel-uitkomst">
        {fout && <ApiFoutMelding fout={fout} />}
      </div>
      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={bevestig} aria-disabled={bezig || undefined}>
        Ik bevestig de geheimhoudingsverklaring
      </button>
    </section>
  );
}
