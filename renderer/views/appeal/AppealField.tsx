// One labelled text field of the appeal: a line or a box of text, with its hint, that turns any
// paste into plain text. It never refuses what is typed.
import { useId, type ReactNode } from 'react';
import { plainPaste } from './pasted-text';

export interface AppealFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** Several lines (a textarea) or one (an input). */
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date';
  hint?: ReactNode;
  onBlur?(): void;
}

export function AppealField({
  label,
  value,
  onChange,
  multiline,
  rows = 3,
  type = 'text',
  hint,
  onBlur,
}: AppealFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value,
    onBlur,
    'aria-describedby': hintId,
    onChange: (event: { currentTarget: { value: string } }) => onChange(event.currentTarget.value),
  };
  return (
    <div className="form-field appeal-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={rows} onPaste={plainPaste(onChange)} />
      ) : (
        <input {...common} type={type} onPaste={type === 'text' ? plainPaste(onChange) : undefined} />
      )}
      {hint && (
        <p id={hintId} className="form-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
