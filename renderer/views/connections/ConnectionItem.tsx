// One configured connection in its list: its name and fields, and what the seller can do with it:
// edit it, test it (with the answer in plain words), and remove it once confirmed.
import { useId, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useTranslator } from '../../i18n/i18n-context';
import type { ConnectionsState } from '../../state/connections-store';
import type { ConnectionWords } from './connection-words';
import { RemoveConfirmation } from './RemoveConfirmation';
import { TestAnswer } from './TestAnswer';

export function ConnectionItem<Entry, SaveRequest, TestResult extends { ok: boolean }>({
  words,
  store,
  id,
  name,
  lastTest,
  answerText,
  onEdit,
  children,
}: {
  words: ConnectionWords;
  store: StoreApi<ConnectionsState<Entry, SaveRequest, TestResult>>;
  id: string;
  name: string;
  /** The last test the host remembers, shown until one is run here. */
  lastTest: { at: string; result: TestResult } | null;
  answerText(result: TestResult): string;
  onEdit(): void;
  /** The connection's fields (Field). */
  children: ReactNode;
}) {
  const testing = useStore(store, (s) => s.testing.has(id));
  const fresh = useStore(store, (s) => s.results[id]);
  const [confirming, setConfirming] = useState(false);
  const i18n = useTranslator();
  const nameId = useId();
  const result = fresh ?? lastTest?.result;

  return (
    <li aria-labelledby={nameId} className="account card">
      <h3 id={nameId}>{name}</h3>
      <dl className="fields">{children}</dl>
      <div className="account-actions">
        <button type="button" onClick={onEdit} aria-label={i18n.t(`${words}.editLabel`, { name })}>
          {i18n.t(`${words}.edit`)}
        </button>
        <button
          type="button"
          onClick={() => void store.getState().test(id)}
          disabled={testing}
          aria-label={i18n.t(`${words}.testLabel`, { name })}
        >
          {i18n.t(testing ? `${words}.testing` : `${words}.test`)}
        </button>
        <button type="button" onClick={() => setConfirming(true)} aria-label={i18n.t(`${words}.removeLabel`, { name })}>
          {i18n.t(`${words}.remove`)}
        </button>
      </div>
      {confirming && (
        <RemoveConfirmation
          words={words}
          name={name}
          onRemove={() => void store.getState().remove(id)}
          onKeep={() => setConfirming(false)}
        />
      )}
      <TestAnswer
        words={words}
        name={name}
        testing={testing}
        answer={result && { ok: result.ok, text: answerText(result) }}
        at={fresh ? null : (lastTest?.at ?? null)}
      />
    </li>
  );
}
