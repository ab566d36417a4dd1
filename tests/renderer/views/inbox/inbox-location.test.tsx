import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultInboxQuery } from '../../../../main/core/inbox/inbox-query';
import { useInboxQuery } from '../../../../renderer/views/inbox/inbox-location';

const typing = (search: string) => ({ ...defaultInboxQuery, search });

describe('useInboxQuery', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/#/?status=open');
    window.localStorage.clear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a typed search at once and writes the address once for a burst of letters, after the frame', async () => {
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const { result } = renderHook(() => useInboxQuery());
    act(() => {
      for (const text of ['l', 'la', 'lat', 'late']) result.current[1](typing(text), 'replace');
    });
    expect(result.current[0].search).toBe('late');
    expect(window.location.hash).toBe('#/?status=open');
    await waitFor(() => expect(window.location.hash).toBe('#/?status=open&q=late'));
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(window.localStorage.getItem('flagwatch.inbox.query')).toBe('#/?status=open&q=late');
    expect(result.current[0].search).toBe('late');
  });

  it('drops a search not written yet when a filter is set, even to the address already there', async () => {
    const { result } = renderHook(() => useInboxQuery());
    act(() => result.current[1](typing('late'), 'replace'));
    act(() => result.current[1](defaultInboxQuery, 'push'));
    expect(result.current[0]).toEqual(defaultInboxQuery);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.hash).toBe('#/?status=open');
    expect(result.current[0]).toEqual(defaultInboxQuery);
  });

  it('lets an address changed by other means (Back, a link) win over a search not written yet', async () => {
    const { result } = renderHook(() => useInboxQuery());
    act(() => result.current[1](typing('late'), 'replace'));
    act(() => {
      window.history.replaceState(null, '', '/#/?status=resolved');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(result.current[0]).toMatchObject({ status: 'resolved', search: '' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.location.hash).toBe('#/?status=resolved');
  });
});
