// Removing a connection drops its stored secrets too, so it asks first, by name, and keeping it
// is one click away.
import { useTranslator } from '../../i18n/i18n-context';
import type { ConnectionWords } from './connection-words';

export function RemoveConfirmation({
  words,
  name,
  onRemove,
  onKeep,
}: {
  words: ConnectionWords;
  name: string;
  onRemove(): void;
  onKeep(): void;
}) {
  const i18n = useTranslator();
  return (
    <div role="group" aria-label={i18n.t(`${words}.confirm.label`, { name })} className="confirm">
      <p>{i18n.t(`${words}.confirm.text`, { name })}</p>
      <button type="button" onClick={onRemove}>
        {i18n.t(`${words}.confirm.yes`)}
      </button>
      <button type="button" className="button-quiet" onClick={onKeep}>
        {i18n.t(`${words}.confirm.no`)}
      </button>
    </div>
  );
}
