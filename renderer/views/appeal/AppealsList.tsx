// The appeals in progress: what each answers, for which account and marketplace, where it stands,
// the attempts used and its deadline; and a blank appeal to start, linked to its notification later.
import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import { useApi } from '../../app/api-context';
import { hrefFor, navigate } from '../../app/route';
import { useFlagwatch } from '../../app/store-context';
import { formatDateTime } from '../../format/dates';
import { marketplaceLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import { accountName } from '../../state/inbox-selectors';
import { failureText } from '../../state/failure';
import './appeal.css';
import { createAppealsListStore } from './appeals-list-store';

export default function AppealsList() {
  const api = useApi();
  const [store] = useState(() => createAppealsListStore(api));
  const appeals = useStore(store, (s) => s.appeals);
  const problem = useStore(store, (s) => s.problem);
  const inbox = useFlagwatch((s) => s.inbox);
  const i18n = useTranslator();
  const headingId = useId();

  useEffect(() => void store.getState().load(), [store]);

  async function startBlank() {
    const id = await store.getState().createBlank();
    if (id !== null) navigate({ view: 'appeal', id });
  }

  return (
    <section aria-labelledby={headingId} className="appeals">
      <header className="appeals-header">
        <h2 id={headingId}>{i18n.t('appeal.list.title')}</h2>
        <button type="button" onClick={() => void startBlank()}>
          {i18n.t('appeal.list.newBlank')}
        </button>
      </header>
      {problem && <p role="alert">{failureText(i18n, problem)}</p>}
      {appeals === null ? (
        !problem && <p className="loading">{i18n.t('appeal.loading')}</p>
      ) : appeals.length === 0 ? (
        <p>{i18n.t('appeal.list.empty')}</p>
      ) : (
        <ul className="appeal-list">
          {appeals.map((a) => {
            const where = [
              a.accountId && inbox ? accountName(inbox, a.accountId) : null,
              a.marketplaceId ? marketplaceLabel(i18n, a.marketplaceId) : null,
            ].filter((part): part is string => part !== null);
            return (
              <li key={a.id} className="appeal-item">
                <a href={hrefFor({ view: 'appeal', id: a.id })}>{a.title.trim() || i18n.t('appeal.blankTitle')}</a>
                <p className="appeal-meta">
                  {[
                    where.length > 0 ? where.join(' · ') : i18n.t('appeal.list.notLinked'),
                    i18n.t(`appeal.status.${a.status}`),
                    a.attemptsUsed === 0
                      ? i18n.t('appeal.attempts.none', { limit: a.attemptLimit })
                      : i18n.t('appeal.attempts.used', { used: a.attemptsUsed, limit: a.attemptLimit }),
                    i18n.t('appeal.list.deadline', { when: formatDateTime(i18n, a.deadline) }),
                  ].join(' · ')}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
