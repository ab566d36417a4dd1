import { describe, expect, it } from 'vitest';
import { hrefFor, routeFromHash } from '../../../renderer/app/route';

describe('routes in the URL fragment', () => {
  it('round-trips a notification id, even one with slashes, spaces and #', () => {
    const route = { view: 'notification', id: 'demo/acct 1#ODR?x=1' } as const;
    expect(routeFromHash(hrefFor(route))).toEqual(route);
  });

  it('gives each fixed view its own address', () => {
    for (const view of ['inbox', 'health', 'accounts', 'settings'] as const)
      expect(routeFromHash(hrefFor({ view }))).toEqual({ view });
    expect(hrefFor({ view: 'settings' })).toBe('#/settings');
  });

  it('gives "Add from text" the address the tray opens a window on', () => {
    expect(hrefFor({ view: 'addNotice' })).toBe('#/notice/new');
    expect(routeFromHash('#/notice/new')).toEqual({ view: 'addNotice' });
  });

  it('falls back to the inbox for anything else', () => {
    expect(routeFromHash('')).toEqual({ view: 'inbox' });
    expect(routeFromHash('#/')).toEqual({ view: 'inbox' });
    expect(routeFromHash('#/notification/')).toEqual({ view: 'inbox' });
    expect(routeFromHash('#/notification/%E0%A4%A')).toEqual({ view: 'inbox' });
    expect(routeFromHash('#/preferences')).toEqual({ view: 'inbox' });
  });
});
