import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/rotterdam-design-tokens/dist/index.css';
import './styles.css';
import { App } from './App';
import { ApiFout } from './api/fouten';
import { haalUiConfiguratie } from './api/configuratie';
import { meldAan } from './auth/aanmelding';
import { Foutpagina } from './components/Foutpagina';
import { Laden } from './components/Laden';

function alsFout(fout: unknown, standaard: string): ApiFout {
  if (fout instanceof ApiFout) return fout;
  return new ApiFout(standaard, fout instanceof Error ? fout.message : null, null);
}

/**
 * Start-up outside React (so StrictMode's double effects cannot initialise Keycloak twice):
 * configuration → Keycloak login → the app; each failure gets its own Dutch error page.
 */
async function start(): Promise<void> {
  const element = document.getElementById('root');
  if (!element) return;
  const root = createRoot(element);
  root.render(<Laden />);

  let configuratie;
  try {
    configuratie = await haalUiConfiguratie();
  } catch (fout) {
    root.render(<Foutpagina kop="Schakel is nu niet bereikbaar" fout={alsFout(fout, 'De instellingen konden niet worden geladen')} />);
    return;
  }

  let sessie;
  try {
    sessie = await meldAan(configuratie);
  } catch (fout) {
    root.render(<Foutpagina kop="Inloggen is nu niet mogelijk" fout={alsFout(fout, 'Inloggen is niet gelukt')} />);
    return;
  }

  root.render(
    <StrictMode>
      <App sessie={sessie} />
    </StrictMode>,
  );
}

void start();
