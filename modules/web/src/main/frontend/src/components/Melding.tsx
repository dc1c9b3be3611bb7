import type { ReactNode } from 'react';

export interface MeldingProps {
  soort: 'fout' | 'waarschuwing' | 'info';
  titel: string;
  children?: ReactNode;
}

/** An NL Design System alert; an error is announced to screen readers at once. */
export function Melding({ soort, titel, children }: MeldingProps) {
  return (
    <div
      className={`utrecht-alert utrecht-alert--${soort === 'fout' ? 'error' : soort === 'waarschuwing' ? 'warning' : 'info'} schakel-melding schakel-melding--${soort}`}
      role={soort === 'fout' ? 'alert' : 'status'}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p className="utrecht-paragraph schakel-melding__titel">
            <strong>{titel}</strong>
          </p>
          {children}
        </div>
      </div>
    </div>
  );
}
