import { describe, expect, it } from 'vitest';
import { hrefFor, routeFromHash } from '../../../renderer/app/route';

describe('the Help view’s address', () => {
  it('is #/help, or #/help/<notification id> with the id round-tripped', () => {
    expect(hrefFor({ view: 'help', notificationId: null })).toBe('#/help');
    expect(routeFromHash('#/help')).toEqual({ view: 'help', notificationId: null });
    const route = { view: 'help', notificationId: 'demo/acct 1#ODR' } as const;
    expect(routeFromHash(hrefFor(route))).toEqual(route);
  });

  it('falls back to the inbox for an empty or broken id, like the other views', () => {
    expect(routeFromHash('#/help/')).toEqual({ view: 'inbox' });
    expect(routeFromHash('#/help/%E0%A4%A')).toEqual({ view: 'inbox' });
  });
});
