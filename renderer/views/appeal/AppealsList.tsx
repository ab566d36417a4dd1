// The saved appeals, kept offline: what each answers, for which account and marketplace, where it
// stands, the attempts used and its deadline; searchable as you type, shown a page at a time so a
// thousand appeals open at once; and a blank appeal to start, linked to its notification later.
import { memo, useEffect, useId, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { matching, searchable } from '../../../main/core/appeal-record/record-search';
import type { AppealSummary, InboxView } from '../../../preload/contract';
import type { Translator } from '../../../main/core/i18n/translator';
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

/** How many appeals one page shows; "Show more" adds as many again. */
export const pageSize = 100;

interface Row {
  appeal: AppealSummary;
  title: string;
  where: string[];
  status: string;
  text: string;
}

export default function AppealsList() {
  const api = useApi();
  const [store] = useState(() => createAppealsListStore(api));
  const appeals = useStore(store, (s) => s.appeals);
  const problem = useStore(store, (s) => s.problem);
  const inbox = useFlagwatch((s) => s.inbox);
  const i18n = useTranslator();
  const headingId = useId();
  const searchId = useId();
  const hintId = useId();
  const [query, setQuery] = useState('');
  const [pages, setPages] = useState(1);

  useEffect(() => void store.getState().load(), [store]);

  const rows = useMemo(() => (appeals === null ? [] : rowsOf(appeals, inbox, i18n)), [appeals, inbox, i18n]);
  // The rows are worded once per list; a keystroke only filters strings and renders one page.
  const found = useMemo(() => matching(rows, (row) => row.text, query), [rows, query]);
  const shown = found.slice(0, pages * pageSize);

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
        <>
          <div className="form-field appeals-search">
            <label htmlFor={searchId}>{i18n.t('appealRecord.search.label')}</label>
            <input
              id={searchId}
              type="search"
              aria-describedby={hintId}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setPages(1);
              }}
            />
            <span id={hintId} className="form-hint">
              {i18n.t('appealRecord.search.hint')}
            </span>
          </div>
          <p role="status">{i18n.t('appealRecord.search.count', { shown: found.length, total: appeals.length })}</p>
          {found.length === 0 ? (
            <p>{i18n.t('appealRecord.search.noMatch', { query: query.trim() })}</p>
          ) : (
            <ul className="appeal-list" aria-labelledby={headingId}>
              {shown.map((row) => (
                <AppealRow key={row.appeal.id} row={row} i18n={i18n} />
              ))}
            </ul>
          )}
          {found.length > shown.length && (
            <button type="button" onClick={() => setPages(pages + 1)}>
              {i18n.t('appealRecord.showMore', { count: Math.min(pageSize, found.length - shown.length) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}

/**
 * What a search looks through, worded once per list (not per keystroke). Accounts, marketplaces
 * and statuses repeat across a thousand appeals: each is worded once.
 */
function rowsOf(appeals: readonly AppealSummary[], inbox: InboxView | null, i18n: Translator): Row[] {
  const words = new Map<string, string>();
  const once = (key: string, word: () => string) => {
    let known = words.get(key);
    if (known === undefined) words.set(key, (known = word()));
    return known;
  };
  return appeals.map((a) => {
    const where = [
      a.accountId && inbox ? once(`a:${a.accountId}`, () => accountName(inbox, a.accountId!)) : null,
      a.marketplaceId ? once(`m:${a.marketplaceId}`, () => marketplaceLabel(i18n, a.marketplaceId!)) : null,
    ].filter((part): part is string => part !== null);
    const title = a.title.trim() || once('blank', () => i18n.t('appeal.blankTitle'));
    const status = once(`s:${a.status}`, () => i18n.t(`appeal.status.${a.status}`));
    return { appeal: a, title, where, status, text: searchable([title, ...where, status, a.id]) };
  });
}

/** One shown appeal; a keystroke that keeps it in the list leaves it as it is. */
const AppealRow = memo(function AppealRow({ row, i18n }: { row: Row; i18n: Translator }) {
  return (
    <li className="appeal-item">
      <a href={hrefFor({ view: 'appeal', id: row.appeal.id })}>{row.title}</a>
      <p className="appeal-meta">{metaOf(row, i18n)}</p>
    </li>
  );
});

/** The line under a shown appeal's title: worded only for the page shown. */
function metaOf({ appeal: a, where, status }: Row, i18n: Translator): string {
  return [
    where.length > 0 ? where.join(' · ') : i18n.t('appeal.list.notLinked'),
    status,
    a.attemptsUsed === 0
      ? i18n.t('appeal.attempts.none', { limit: a.attemptLimit })
      : i18n.t('appeal.attempts.used', { used: a.attemptsUsed, limit: a.attemptLimit }),
    i18n.t('appeal.list.deadline', { when: formatDateTime(i18n, a.deadline) }),
  ].join(' · ');
}
