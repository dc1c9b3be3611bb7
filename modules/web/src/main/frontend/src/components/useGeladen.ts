import { useEffect, useRef, useState } from 'react';
import { alsFout } from './ApiFoutMelding';
import type { Fout } from './ApiFoutMelding';

/**
 * Loads something once per key, cancelled (AbortController) when the key changes, a newer load starts or the screen
 * goes; the error as Dutch texts. `standaardFout` is the text for an unexpected failure, or a function that turns a
 * failure into texts (e.g. a 403 into "U kunt hier geen …"). `herlaad` reads it again at once (after a conflict or a
 * change); its promise settles when the new value (or error) is set, so a screen can say "done" with the fresh state.
 */
export function useGeladen<T>(
  laad: (signaal: AbortSignal) => Promise<T>,
  sleutel: readonly unknown[],
  standaardFout: string | ((f: unknown) => Fout),
) {
  const [waarde, setWaarde] = useState<T | null>(null);
  const [fout, setFout] = useState<Fout | null>(null);
  const lopend = useRef<AbortController | null>(null);

  const laadNu = (): Promise<void> => {
    lopend.current?.abort();
    const stop = new AbortController();
    lopend.current = stop;
    setFout(null);
    return laad(stop.signal).then(
      (nieuw) => {
        if (!stop.signal.aborted) setWaarde(nieuw);
      },
      (f: unknown) => {
        if (!stop.signal.aborted) setFout(typeof standaardFout === 'string' ? alsFout(f, standaardFout) : standaardFout(f));
      },
    );
  };

  useEffect(() => {
    void laadNu();
    return () => lopend.current?.abort();
  }, sleutel);
  return { waarde, setWaarde, fout, herlaad: laadNu };
}
