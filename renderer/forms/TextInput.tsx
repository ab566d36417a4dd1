// A labelled one-line text field for settings the seller types (a server, an id, a secret):
// no autocompletion or spelling marks, which only get in the way of such values.
import { Labelled } from './Labelled';

/** `secret` for what is typed and never shown back. */
export function TextInput({
  label,
  value,
  onChange,
  error,
  hint,
  secret = false,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  secret?: boolean;
}) {
  return (
    <Labelled label={label} error={error} hint={hint}>
      {(props) => (
        <input
          {...props}
          type={secret ? 'password' : 'text'}
          autoComplete={secret ? 'new-password' : 'off'}
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Labelled>
  );
}
