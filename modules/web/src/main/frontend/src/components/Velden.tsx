import type { ReactNode } from 'react';
import { veldId } from '../overdracht/formulier';

/** Form fields in the NL Design System style: label, optional hint, the error next to the field. */

interface Basis {
  sleutel: string;
  label: string;
  hint?: string;
  fout?: string;
  verplicht?: boolean;
}

function beschrijving(sleutel: string, hint?: string, fout?: string): string | undefined {
  const id = veldId(sleutel);
  const ids = [hint ? `${id}-hint` : null, fout ? `${id}-fout` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function Omlijsting({ sleutel, label, hint, fout, verplicht, children }: Basis & { children: ReactNode }) {
  const id = veldId(sleutel);
  return (
    <div className={`utrecht-form-field schakel-veld${fout ? ' utrecht-form-field--invalid schakel-veld--fout' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label schakel-label" htmlFor={id}>
          {label}
          {verplicht && <span className="schakel-verplicht"> (verplicht)</span>}
        </label>
      </div>
      {hint && (
        <div className="utrecht-form-field-description schakel-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {fout && (
        <div className="utrecht-form-field-error-message schakel-foutmelding" id={`${id}-fout`}>
          <span className="schakel-visueel-verborgen">Fout: </span>
          {fout}
        </div>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

export function Tekstveld(
  props: Basis & {
    waarde: string;
    onWijzig: (waarde: string) => void;
    type?: 'text' | 'date' | 'time' | 'tel';
    autoComplete?: string;
    inputMode?: 'numeric' | 'text' | 'tel';
    breedte?: 'smal' | 'midden';
  },
) {
  const { sleutel, hint, fout, waarde, onWijzig, type = 'text', autoComplete = 'off', inputMode, breedte, verplicht } = props;
  return (
    <Omlijsting {...props}>
      <input
        id={veldId(sleutel)}
        className={`utrecht-textbox utrecht-textbox--html-input schakel-invoer${breedte ? ` schakel-invoer--${breedte}` : ''}${fout ? ' utrecht-textbox--invalid' : ''}`}
        type={type}
        value={waarde}
        onChange={(e) => onWijzig(e.target.value)}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschrijving(sleutel, hint, fout)}
        aria-required={verplicht || undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
      />
    </Omlijsting>
  );
}

export function Tekstvak(props: Basis & { waarde: string; onWijzig: (waarde: string) => void; regels?: number }) {
  const { sleutel, hint, fout, waarde, onWijzig, regels = 4, verplicht } = props;
  return (
    <Omlijsting {...props}>
      <textarea
        id={veldId(sleutel)}
        className={`utrecht-textarea utrecht-textarea--html-textarea schakel-invoer${fout ? ' utrecht-textarea--invalid' : ''}`}
        rows={regels}
        value={waarde}
        onChange={(e) => onWijzig(e.target.value)}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschrijving(sleutel, hint, fout)}
        aria-required={verplicht || undefined}
      />
    </Omlijsting>
  );
}

export function Keuzelijst(
  props: Basis & {
    waarde: string;
    onWijzig: (waarde: string) => void;
    opties: Readonly<Record<string, string>> | [string, string][];
    leeg?: string;
  },
) {
  const { sleutel, hint, fout, waarde, onWijzig, opties, leeg = 'Maak een keuze', verplicht } = props;
  const lijst = Array.isArray(opties) ? opties : Object.entries(opties);
  return (
    <Omlijsting {...props}>
      <select
        id={veldId(sleutel)}
        className={`utrecht-select utrecht-select--html-select schakel-invoer schakel-invoer--midden${fout ? ' utrecht-select--invalid' : ''}`}
        value={waarde}
        onChange={(e) => onWijzig(e.target.value)}
        aria-invalid={fout ? true : undefined}
        aria-describedby={beschrijving(sleutel, hint, fout)}
        aria-required={verplicht || undefined}
      >
        <option value="">{leeg}</option>
        {lijst.map(([code, tekst]) => (
          <option key={code} value={code}>
            {tekst}
          </option>
        ))}
      </select>
    </Omlijsting>
  );
}

/** A group of checkboxes in a fieldset with a legend; the error is named in the legend's description. */
export function Vinkjes<T extends string>(props: {
  sleutel: string;
  legenda: string;
  hint?: string;
  fout?: string;
  opties: [T, string, string?][];
  gekozen: readonly T[];
  onWissel: (waarde: T, aan: boolean) => void;
}) {
  const { sleutel, legenda, hint, fout, opties, gekozen, onWissel } = props;
  const id = veldId(sleutel);
  return (
    <fieldset
      className={`utrecht-fieldset schakel-vinkjes${fout ? ' utrecht-fieldset--invalid schakel-veld--fout' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={beschrijving(sleutel, hint, fout)}
      aria-invalid={fout ? true : undefined}
    >
      <legend className="utrecht-fieldset__legend utrecht-form-label schakel-label">{legenda}</legend>
      {hint && (
        <div className="utrecht-form-field-description schakel-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {fout && (
        <div className="utrecht-form-field-error-message schakel-foutmelding" id={`${id}-fout`}>
          <span className="schakel-visueel-verborgen">Fout: </span>
          {fout}
        </div>
      )}
      <ul className="schakel-vinkjes__lijst">
        {opties.map(([waarde, tekst, uitleg]) => {
          const vinkId = `${id}-${waarde}`;
          return (
            <li key={waarde} className="schakel-vinkje">
              <input
                type="checkbox"
                id={vinkId}
                className="utrecht-checkbox utrecht-checkbox--html-input schakel-vinkje__invoer"
                checked={gekozen.includes(waarde)}
                onChange={(e) => onWissel(waarde, e.target.checked)}
              />
              <label className="utrecht-form-label utrecht-form-label--checkbox schakel-vinkje__label" htmlFor={vinkId}>
                {tekst}
                {uitleg && (
                  <span className="schakel-vinkje__uitleg">
                    {uitleg}
                  </span>
                )}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * One choice out of a few (radio buttons) in a fieldset with a legend; the error is named in the legend's
 * description, as with {@link Vinkjes}. The fieldset takes the focus on an error (tabIndex -1).
 */
export function Keuzerondjes<T extends string>(props: {
  sleutel: string;
  legenda: string;
  hint?: string;
  fout?: string;
  verplicht?: boolean;
  opties: [T, string][];
  gekozen: T | '';
  onKies: (waarde: T) => void;
}) {
  const { sleutel, legenda, hint, fout, verplicht, opties, gekozen, onKies } = props;
  const id = veldId(sleutel);
  return (
    <fieldset
      className={`utrecht-fieldset schakel-vinkjes schakel-keuzerondjes${fout ? ' utrecht-fieldset--invalid schakel-veld--fout' : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={beschrijving(sleutel, hint, fout)}
    >
      <legend className="utrecht-fieldset__legend utrecht-form-label schakel-label">
        {legenda}
        {verplicht && <span className="schakel-verplicht"> (verplicht)</span>}
      </legend>
      {hint && (
        <div className="utrecht-form-field-description schakel-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {fout && (
        <div className="utrecht-form-field-error-message schakel-foutmelding" id={`${id}-fout`}>
          <span className="schakel-visueel-verborgen">Fout: </span>
          {fout}
        </div>
      )}
      <ul className="schakel-keuzerondjes__lijst">
        {opties.map(([waarde, tekst]) => {
          const rondjeId = `${id}-${waarde}`;
          return (
            <li key={waarde} className="schakel-vinkje">
              <input
                type="radio"
                id={rondjeId}
                name={id}
                value={waarde}
                className={`utrecht-radio-button utrecht-radio-button--html-input schakel-vinkje__invoer${fout ? ' utrecht-radio-button--invalid' : ''}`}
                checked={gekozen === waarde}
                onChange={() => onKies(waarde)}
                // the error is read with each choice too: not every screen reader reads a fieldset's description
                aria-describedby={fout ? `${id}-fout` : undefined}
              />
              <label className="utrecht-form-label utrecht-form-label--radio schakel-vinkje__label" htmlFor={rondjeId}>
                {tekst}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
