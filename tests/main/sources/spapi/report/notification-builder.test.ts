import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../../main/core/i18n/catalogues';
import { notificationBuilder } from '../../../../../main/sources/spapi/report/notification-builder';
import { sourceNotification } from '../../../../support/fixtures';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const context = { accountId: 'acct-1', at: '2026-11-03T09:00:00.000Z', translator: translatorFor('en') };
const fields = {
  group: 'account',
  metric: 'accountStatus',
  key: 'status:AT_RISK',
  title: 'Account at risk',
  text: 'At risk.',
  severity: 'critical',
  deadlineHours: 72,
} as const;
const earlier = (overrides: Parameters<typeof sourceNotification>[0]) =>
  sourceNotification({
    marketplaceId: US,
    metric: 'accountStatus',
    key: 'status:AT_RISK',
    occurredAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  });

describe('notificationBuilder', () => {
  it('fills in account, marketplace, no ASINs, and a deadline counted from now for a new event', () => {
    expect(notificationBuilder(context, US, [])(fields)).toEqual({
      accountId: 'acct-1',
      marketplaceId: US,
      asins: [],
      occurredAt: context.at,
      deadline: '2026-11-06T09:00:00.000Z',
      group: 'account',
      metric: 'accountStatus',
      key: 'status:AT_RISK',
      title: 'Account at risk',
      text: 'At risk.',
      severity: 'critical',
    });
  });

  it('keeps when the same event first showed, and counts its deadline from then', () => {
    const built = notificationBuilder(context, US, [earlier({})])(fields);
    expect(built).toMatchObject({ occurredAt: '2026-11-01T09:00:00.000Z', deadline: '2026-11-04T09:00:00.000Z' });
  });

  it('takes no time from an event of another marketplace, metric or key', () => {
    for (const other of [
      earlier({ marketplaceId: DE }),
      earlier({ metric: 'warningStates' }),
      earlier({ key: 'status:DEACTIVATED' }),
    ])
      expect(notificationBuilder(context, US, [other])(fields).occurredAt).toBe(context.at);
  });

  it('gives no deadline when none is due', () => {
    expect(notificationBuilder(context, US, [])({ ...fields, deadlineHours: null }).deadline).toBeNull();
    const { deadlineHours: _none, ...without } = fields;
    expect(notificationBuilder(context, US, [])(without).deadline).toBeNull();
  });
});
