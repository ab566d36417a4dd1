// A section listing configured connections (the Amazon accounts, the mailboxes): its title and
// intro, the last failure, the list as it loads, and below it the view's own add/edit part.
import { Fragment, useId, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { useTranslator } from '../../i18n/i18n-context';
import type { ConnectionsState } from '../../state/connections-store';
import { failureText } from '../../state/failure';
import type { ConnectionWords } from './connection-words';
import './connections.css';

export function ConnectionsSection<Entry extends { config: { id: string } }, SaveRequest, TestResult>({
  words,
  store,
  item,
  children,
}: {
  words: ConnectionWords;
  store: StoreApi<ConnectionsState<Entry, SaveRequest, TestResult>>;
  /** One entry's list item (ConnectionItem). */
  item(entry: Entry): ReactNode;
  /** The add button, or the add/edit form. */
  children: ReactNode;
}) {
  const entries = useStore(store, (s) => s.entries);
  const problem = useStore(store, (s) => s.problem);
  const i18n = useTranslator();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="accounts">
      <h2 id={headingId}>{i18n.t(`${words}.title`)}</h2>
      <p>{i18n.t(`${words}.intro`)}</p>
      {problem && (
        <div role="alert" className="banner banner-error">
          <p>{failureText(i18n, problem)}</p>
          <button type="button" className="button-quiet" onClick={store.getState().dismissProblem}>
            {i18n.t('window.dismiss')}
          </button>
        </div>
      )}
      {entries === null ? (
        <p className="loading">{i18n.t(`${words}.loading`)}</p>
      ) : entries.length === 0 ? (
        <p className="empty">{i18n.t(`${words}.empty`)}</p>
      ) : (
        <ul aria-label={i18n.t(`${words}.title`)} className="account-list">
          {entries.map((entry) => (
            <Fragment key={entry.config.id}>{item(entry)}</Fragment>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
