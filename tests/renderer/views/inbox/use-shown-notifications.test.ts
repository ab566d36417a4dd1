import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultInboxQuery, type InboxQuery } from '../../../../main/core/inbox/inbox-query';
import { useShownNotifications } from '../../../../renderer/views/inbox/use-shown-notifications';
import { aNotification } from '../../fixtures';

const now = new Date();
const sorted = [
  aNotification({ title: 'Late shipment', text: '' }),
  aNotification({ title: 'Late delivery', text: '' }),
  aNotification({ title: 'Listing removed', text: '' }),
];
const searching = (search: string): InboxQuery => ({ ...defaultInboxQuery, search });

function typed(...searches: string[]) {
  const { result, rerender } = renderHook(({ query }) => useShownNotifications(sorted, query, now), {
    initialProps: { query: searching(searches[0]!) },
  });
  const lists = [result.current];
  for (const search of searches.slice(1)) {
    rerender({ query: searching(search) });
    lists.push(result.current);
  }
  return lists;
}

describe('useShownNotifications', () => {
  it('hands back the very list already shown when a longer search drops nothing', () => {
    const [la, lat, late] = typed('la', 'lat', 'late');
    expect(la!.map((n) => n.title)).toEqual(['Late shipment', 'Late delivery']);
    expect(lat).toBe(la);
    expect(late).toBe(la);
  });

  it('gives a new list when a longer search drops something', () => {
    const [late, lateS] = typed('late', 'late s');
    expect(lateS).not.toBe(late);
    expect(lateS!.map((n) => n.title)).toEqual(['Late shipment']);
  });

  it('finds an earlier search again when erased back to it', () => {
    const [l, , again] = typed('l', 'late s', 'l');
    expect(again).toBe(l);
    expect(again).toHaveLength(3);
  });
});
