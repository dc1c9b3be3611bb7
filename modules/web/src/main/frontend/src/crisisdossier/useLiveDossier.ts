import { useEffect, useRef, useState } from 'react';
import type { CrisisdossierApi, LiveGebeurtenis, LiveToestand } from '../api/crisisdossier';

/**
 * The file's live stream in one place: subscribes while {@code actief} (an open file the caller reads), hands each event
 * to {@code bijGebeurtenis} (which reads the affected list through the normal API and returns what to announce), and
 * keeps the last announcement for the page's single polite live region. It never touches the focus. On
 * `dossier-gesloten` it stops; the API resumes after the last event seen when the line drops (Last-Event-ID).
 */
export function useLiveDossier({
  api,
  id,
  actief,
  bijGebeurtenis,
}: {
  api: Pick<CrisisdossierApi, 'volgCrisisdossier'>;
  id: string;
  actief: boolean;
  bijGebeurtenis: (g: LiveGebeurtenis) => Promise<string | null> | string | null;
}): { aankondiging: string; toestand: LiveToestand } {
  const [aankondiging, setAankondiging] = useState('');
  const [toestand, setToestand] = useState<LiveToestand>(actief ? 'verbinden' : 'gestopt');
  const verwerk = useRef(bijGebeurtenis);
  verwerk.current = bijGebeurtenis;
  // the announcement outlives the subscription: "gesloten" ends the stream (and, as the file is gone for a partner, the
  // screen stops following it) before the re-read that the announcement waits for has finished
  const gemonteerd = useRef(true);
  useEffect(
    () => () => {
      gemonteerd.current = false;
    },
    [],
  );

  useEffect(() => {
    if (!actief) {
      setToestand('gestopt');
      return undefined;
    }
    let levend = true;
    const stop = new AbortController();
    setToestand('verbinden');
    void api.volgCrisisdossier(id, {
      signaal: stop.signal,
      bijToestand: (t) => {
        if (levend) setToestand(t);
      },
      bijGebeurtenis: (g) => {
        if (g.soort === 'dossier-gesloten') {
          stop.abort();
          setToestand('gestopt');
        }
        void Promise.resolve(verwerk.current(g))
          .then((tekst) => {
            // the same words twice in a row would change nothing in the DOM, and be announced once
            if (gemonteerd.current && tekst) setAankondiging((vorige) => (vorige === tekst ? `${tekst}\u00a0` : tekst));
          })
          .catch(() => {
            // the list's own error shows on the page
          });
      },
    });
    return () => {
      levend = false;
      stop.abort();
    };
  }, [api, id, actief]);

  return { aankondiging, toestand };
}

/** The connection state in words, for a small line under the header (never colour alone, not announced). */
export function liveToestandTekst(toestand: LiveToestand): string {
  switch (toestand) {
    case 'verbonden':
      return 'Live: nieuwe aantekeningen en taken verschijnen vanzelf.';
    case 'verbinden':
      return 'Live bijwerken wordt gestart…';
    case 'onderbroken':
      return 'Live bijwerken is onderbroken; Schakel verbindt opnieuw en haalt dan alles op wat u miste.';
    case 'niet-beschikbaar':
      return 'Live bijwerken is voor u niet beschikbaar; laad de pagina opnieuw om nieuwe gegevens te zien.';
    default:
      return '';
  }
}
