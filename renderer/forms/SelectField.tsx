// A labelled drop-down of a few choices, each with its value and its words: what the forms'
// pickers (a region, a security, an account) have in common.
import { Labelled } from './Labelled';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
}

export function SelectField<Value extends string>({
  label,
  value,
  choices,
  onChange,
  error,
}: {
  label: string;
  value: Value;
  choices: readonly Choice<Value>[];
  onChange(value: Value): void;
  error?: string;
}) {
  return (
    <Labelled label={label} error={error}>
      {(props) => (
        // The options are the choices, so the value read back is one of them.
        <select {...props} value={value} onChange={(e) => onChange(e.target.value as Value)}>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Labelled>
  );
}
