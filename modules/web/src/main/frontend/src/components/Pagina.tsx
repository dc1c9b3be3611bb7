import type { ReactNode } from 'react';

export interface NavigatieItem {
  label: string;
  href: string;
  actief: boolean;
}

export interface PaginaProps {
  /** Who is logged in (shown in the header); absent on the error and loading pages. */
  naam?: string | null;
  /** Shows the logout button when given. */
  onUitloggen?: () => void;
  /** Shows the main navigation (only once logged in). */
  metNavigatie?: boolean;
  /** The menu items for the user's roles; without them only "Mijn werk". */
  navigatie?: NavigatieItem[];
  children: ReactNode;
}

const STANDAARD_NAVIGATIE: NavigatieItem[] = [{ label: 'Mijn werk', href: '#/', actief: true }];

/** The page frame: skip link, header (name, navigation, logout), main and footer. */
export function Pagina({ naam, onUitloggen, metNavigatie = false, navigatie = STANDAARD_NAVIGATIE, children }: PaginaProps) {
  return (
    <div className="schakel-pagina">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus schakel-skip-link" href="#inhoud">
        Direct naar de inhoud
      </a>
      <header className="utrecht-page-header schakel-kop">
        <div className="schakel-kop__binnen schakel-breedte">
          {/* no aria-label: the name is the visible text (WCAG 2.5.3), the destination added for screen readers only */}
          <a className="schakel-merk" href="/">
            <span className="schakel-merk__beeld" aria-hidden="true">
              S
            </span>
            <span className="schakel-merk__tekst">
              <span className="schakel-merk__naam">Schakel</span>{' '}
              <span className="schakel-merk__ondertitel">Samen veilig · Rotterdam Rijnmond</span>
            </span>
            <span className="schakel-visueel-verborgen">, naar Mijn werk</span>
          </a>
          {onUitloggen && (
            <div className="schakel-kop__gebruiker">
              {naam && (
                <span className="schakel-kop__naam">
                  <span className="schakel-visueel-verborgen">Ingelogd als </span>
                  {naam}
                </span>
              )}
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action schakel-uitloggen"
                onClick={onUitloggen}
              >
                Uitloggen
              </button>
            </div>
          )}
        </div>
        {metNavigatie && (
          <nav className="schakel-navigatie" aria-label="Hoofdmenu">
            <ul className="schakel-navigatie__lijst schakel-breedte">
              {navigatie.map((item) => (
                <li key={item.href}>
                  <a className="schakel-navigatie__link" href={item.href} aria-current={item.actief ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="inhoud" className="utrecht-page-content schakel-inhoud schakel-breedte" tabIndex={-1}>
        {children}
      </main>
      <footer className="utrecht-page-footer schakel-voet">
        <div className="schakel-breedte">
          <p className="utrecht-paragraph schakel-voet__tekst">
            Schakel · informatie delen bij huiselijk geweld en kindermishandeling in Rotterdam Rijnmond.
            Alleen voor bevoegde medewerkers; elke inzage wordt vastgelegd.
          </p>
        </div>
      </footer>
    </div>
  );
}
