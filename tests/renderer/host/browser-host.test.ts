import { describe, expect, it } from 'vitest';
import { socketUrl, takeToken, type PageContext } from '../../../renderer/host/browser-host';

/** A tab: its address, its own storage, and the addresses its history was given. */
function tab(search: string, hash = '', stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const page: PageContext = {
    location: { protocol: 'http:', host: '127.0.0.1:41234', pathname: '/', search, hash },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
    history: { state: null, replaceState: (_state, _unused, url) => void replaced.push(String(url)) },
  };
  return { page, storage, replaced };
}

describe('the browser host connection', () => {
  it('opens the WebSocket on the page’s own host and port, with the token', () => {
    expect(socketUrl({ protocol: 'http:', host: '127.0.0.1:41234' }, 'k9/q=')).toBe(
      'ws://127.0.0.1:41234/ws?token=k9%2Fq%3D',
    );
  });

  it('takes the token out of the address, keeping the rest of it, and keeps it for the tab', () => {
    const { page, storage, replaced } = tab('?token=k9%2Fq%3D&lang=en', '#/settings');
    expect(takeToken(page)).toBe('k9/q=');
    expect(replaced).toEqual(['/?lang=en#/settings']);
    expect([...storage.values()]).toEqual(['k9/q=']);
  });

  it('reconnects after a reload with the token the tab kept', () => {
    const { page, replaced } = tab('', '#/', { 'flagwatch.token': 'kept' });
    expect(takeToken(page)).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('prefers a token in the address over an older one the tab kept', () => {
    const { page, storage } = tab('?token=new', '', { 'flagwatch.token': 'old' });
    expect(takeToken(page)).toBe('new');
    expect(storage.get('flagwatch.token')).toBe('new');
  });

  it('refuses to start without a token, saying which address to open', () => {
    expect(() => takeToken(tab('').page)).toThrow(/address that `flagwatch serve` printed/);
  });
});
