// The inbox's controls: search, status, account, marketplace, severity, unread only, sort, and
// the metric groups as toggles that carry their unread counts. Each change goes to the address:
// a filter as a step Back can undo, the search in place (one step per letter would drown Back).
import { useId, type Ref } from 'react';
import { severities, metricGroups, type InboxView, type MetricGroup } from '../../../preload/contract';
import { defaultInboxQuery, inboxSorts, inboxStatuses, type InboxQuery } from '../../../main/core/inbox/inbox-query';
import { groupLabel, marketplaceLabel, severityLabel } from '../../format/labels';
import { useTranslator } from '../../i18n/i18n-context';
import type { HistoryMode } from './inbox-location';

export function InboxFilters({
  query,
  setQuery,
  view,
  unreadByGroup,
  searchRef,
  onLeaveSearch,
}: {
  query: InboxQuery;
  setQuery: (query: InboxQuery, mode: HistoryMode) => void;
  view: InboxView;
  unreadByGroup: Record<MetricGroup, number>;
  searchRef: Ref<HTMLInputElement>;
  /** Escape or ↓ in the search: on to the list. */
  onLeaveSearch: () => void;
}) {
  const i18n = useTranslator();
  const id = useId();
  const change = (patch: Partial<InboxQuery>) => setQuery({ ...query, ...patch }, 'push');
  const marketplaces = [...new Set(view.accounts.flatMap((a) => a.marketplaceIds))];
  const filtered = JSON.stringify({ ...query, sort: '' }) !== JSON.stringify({ ...defaultInboxQuery, sort: '' });

  return (
    <div role="search" className="inbox-filters" aria-label={i18n.t('inbox.filters')}>
      <div className="filter-row">
        <label className="filter filter-search">
          <span>{i18n.t('inbox.search')}</span>
          <input
            ref={searchRef}
            type="search"
            value={query.search}
            placeholder={i18n.t('inbox.search.placeholder')}
            onChange={(event) => setQuery({ ...query, search: event.target.value }, 'replace')}
            onKeyDown={(event) => {
              if (event.key === 'Escape' || event.key === 'ArrowDown') {
                event.preventDefault();
                onLeaveSearch();
              }
            }}
          />
        </label>
        <Choice
          label={i18n.t('inbox.status')}
          value={query.status}
          options={inboxStatuses.map((s) => [s, i18n.t(`inbox.status.${s}`)])}
          onChange={(status) => change({ status })}
        />
        <Choice
          label={i18n.t('inbox.sort')}
          value={query.sort}
          options={inboxSorts.map((s) => [s, i18n.t(`inbox.sort.${s}`)])}
          onChange={(sort) => change({ sort })}
        />
      </div>
      <div className="filter-row">
        <Choice
          label={i18n.t('inbox.account')}
          value={query.accounts[0] ?? ''}
          options={[['', i18n.t('inbox.account.all')], ...view.accounts.map((a): [string, string] => [a.id, a.name])]}
          onChange={(account) => change({ accounts: account ? [account] : [] })}
        />
        <Choice
          label={i18n.t('inbox.marketplace')}
          value={query.marketplaces[0] ?? ''}
          options={[
            ['', i18n.t('inbox.marketplace.all')],
            ...marketplaces.map((m): [string, string] => [m, marketplaceLabel(i18n, m)]),
          ]}
          onChange={(marketplace) => change({ marketplaces: marketplace ? [marketplace] : [] })}
        />
        <Choice
          label={i18n.t('inbox.severity')}
          value={query.severities[0] ?? ''}
          options={[
            ['', i18n.t('inbox.severity.all')],
            ...[...severities].reverse().map((s): [string, string] => [s, severityLabel(i18n, s)]),
          ]}
          onChange={(severity) => change({ severities: severities.filter((s) => s === severity) })}
        />
        <label className="filter filter-check">
          <input
            type="checkbox"
            checked={query.unreadOnly}
            onChange={(event) => change({ unreadOnly: event.target.checked })}
          />
          <span>{i18n.t('inbox.unreadOnly')}</span>
        </label>
        {filtered && (
          <button type="button" onClick={() => setQuery({ ...defaultInboxQuery, sort: query.sort }, 'push')}>
            {i18n.t('inbox.clear')}
          </button>
        )}
      </div>
      <div role="group" aria-labelledby={`${id}-groups`} className="filter-row group-toggles">
        <span id={`${id}-groups`} className="filter-caption">
          {i18n.t('inbox.groups')}
        </span>
        {metricGroups.map((group) => {
          const on = query.groups.includes(group);
          const unread = unreadByGroup[group];
          return (
            <button
              key={group}
              type="button"
              aria-pressed={on}
              aria-label={i18n.t('inbox.group.label', { group: groupLabel(i18n, group), count: unread })}
              className="group-toggle"
              onClick={() =>
                change({ groups: on ? query.groups.filter((g) => g !== group) : [...query.groups, group] })
              }
            >
              {groupLabel(i18n, group)}
              <span className={unread > 0 ? 'count has-unread' : 'count'}>
                {i18n.t('window.unread.count', { count: unread })}
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}

function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
