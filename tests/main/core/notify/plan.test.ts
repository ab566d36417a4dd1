import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { planNotifications } from '../../../../main/core/notify/plan';
import { defaultAlertPreferences } from '../../../../main/core/schema';
import { DE, account, inboxItem } from '../../../support/fixtures';

const now = new Date(2026, 10, 2, 12, 0);
const settings = { notificationsPaused: false, quietHours: { enabled: false, start: '22:00', end: '07:00' } };
const accounts = [account()];
const t = translatorFor('en');

describe('planNotifications', () => {
  it('raises one native notification per added item, naming account and marketplace', () => {
    const item = inboxItem({
      title: 'Product authenticity customer complaint',
      text: 'ASIN B0TESTA001 received a complaint.\nMore text.',
    });
    expect(planNotifications({ added: [item], accounts, settings, now, t })).toEqual([
      {
        title: 'Product authenticity customer complaint',
        body: 'Bluefin Outdoor Supply · US\nASIN B0TESTA001 received a complaint.',
        urgency: 'normal',
        notificationId: item.id,
      },
    ]);
  });

  it('mentions the time left when there is a deadline, and marks critical items critical', () => {
    const item = inboxItem({
      severity: 'critical',
      deadline: new Date(now.getTime() + 72 * 3_600_000).toISOString(),
      text: '',
    });
    const [planned] = planNotifications({ added: [item], accounts, settings, now, t });
    expect(planned).toMatchObject({ urgency: 'critical', body: 'Bluefin Outdoor Supply · US · due in 3 d' });
  });

  it('sums up many at once in one notification, most urgent first', () => {
    const added = ['a', 'b', 'c', 'd', 'e'].map((key) => inboxItem({ key, title: `Item ${key}` }));
    added[3] = inboxItem({ key: 'd', title: 'Account at risk', severity: 'critical' });
    const planned = planNotifications({ added, accounts, settings, now, t });
    expect(planned).toHaveLength(1);
    expect(planned[0]).toMatchObject({
      title: '5 new performance notifications',
      urgency: 'critical',
      notificationId: null,
    });
    expect(planned[0]?.body.split('\n')).toEqual([
      '• Account at risk (Bluefin Outdoor Supply · US)',
      '• Item a (Bluefin Outdoor Supply · US)',
      '• Item b (Bluefin Outdoor Supply · US)',
      'and 2 more',
    ]);
  });

  it('raises exactly three items one by one: only more than three become a summary', () => {
    const added = ['a', 'b', 'c'].map((key) => inboxItem({ key, title: `Item ${key}` }));
    const planned = planNotifications({ added, accounts, settings, now, t });
    expect(planned.map((p) => p.title)).toEqual(['Item a', 'Item b', 'Item c']);
    expect(planned.map((p) => p.notificationId)).toEqual(added.map((n) => n.id));
  });

  it('raises nothing when nothing was added', () => {
    expect(planNotifications({ added: [], accounts, settings, now, t })).toEqual([]);
  });

  it('keeps a summary of warnings only at normal urgency', () => {
    const added = ['a', 'b', 'c', 'd'].map((key) => inboxItem({ key, severity: 'warning' }));
    expect(planNotifications({ added, accounts, settings, now, t })[0]?.urgency).toBe('normal');
  });

  it('leaves the text line out of a single notification whose text is empty', () => {
    const [planned] = planNotifications({ added: [inboxItem({ text: '' })], accounts, settings, now, t });
    expect(planned?.body).toBe('Bluefin Outdoor Supply · US');
  });

  it('sums up one more than the threshold with "and 1 more" in the singular', () => {
    const added = ['a', 'b', 'c', 'd'].map((key) => inboxItem({ key, title: `Item ${key}` }));
    const [summary] = planNotifications({ added, accounts, settings, now, t });
    expect(summary?.title).toBe('4 new performance notifications');
    expect(summary?.body.split('\n').at(-1)).toBe('and 1 more');
  });

  it('holds back all but critical items in quiet hours and while paused', () => {
    const added = [inboxItem({ key: 'w' }), inboxItem({ key: 'c', severity: 'critical' })];
    const quiet = { ...settings, quietHours: { enabled: true, start: '11:00', end: '13:00' } };
    expect(planNotifications({ added, accounts, settings: quiet, now, t }).map((p) => p.urgency)).toEqual(['critical']);
    const paused = { ...settings, notificationsPaused: true };
    expect(planNotifications({ added, accounts, settings: paused, now, t }).map((p) => p.urgency)).toEqual([
      'critical',
    ]);
  });

  it('raises nothing for items already read or resolved', () => {
    const added = [
      inboxItem({ read: true }),
      inboxItem({ key: 'x', status: 'resolved', resolvedAt: now.toISOString() }),
    ];
    expect(planNotifications({ added, accounts, settings, now, t })).toEqual([]);
  });
});

describe('planNotifications with the seller’s choices', () => {
  const chosen = { ...settings, alerts: defaultAlertPreferences, hidden: { accounts: [], marketplaces: [] } };

  it('raises only the groups and severities switched on, and critical items always', () => {
    const alerts = structuredClone(defaultAlertPreferences);
    alerts.groups.shipping = false;
    alerts.severities.info = false;
    const added = [
      inboxItem({ key: 'ship', group: 'shipping', severity: 'high' }),
      inboxItem({ key: 'ship-critical', group: 'shipping', severity: 'critical', title: 'Critical shipping' }),
      inboxItem({ key: 'info', group: 'policyCompliance', severity: 'info' }),
      inboxItem({ key: 'policy', group: 'policyCompliance', severity: 'high', title: 'Policy' }),
    ];
    const planned = planNotifications({ added, accounts, settings: { ...chosen, alerts }, now, t });
    expect(planned.map((p) => p.title)).toEqual(['Critical shipping', 'Policy']);
  });

  it('counts only the items let through towards a summary', () => {
    const alerts = structuredClone(defaultAlertPreferences);
    alerts.severities.info = false;
    const added = ['a', 'b', 'c', 'd'].map((key) => inboxItem({ key, severity: key === 'd' ? 'info' : 'warning' }));
    expect(planNotifications({ added, accounts, settings: { ...chosen, alerts }, now, t })).toHaveLength(3);
  });

  it('raises nothing for a hidden account or marketplace, not even a critical item', () => {
    const added = [
      inboxItem({ key: 'de', marketplaceId: DE, severity: 'critical' }),
      inboxItem({ key: 'other', accountId: 'acct-2', severity: 'critical' }),
      inboxItem({ key: 'us', title: 'Shown' }),
    ];
    const hidden = { accounts: ['acct-2'], marketplaces: [DE] };
    const planned = planNotifications({ added, accounts, settings: { ...chosen, hidden }, now, t });
    expect(planned.map((p) => p.title)).toEqual(['Shown']);
  });

  it('marks a notification silent when its severity has no sound, and only then', () => {
    const alerts = structuredClone(defaultAlertPreferences);
    alerts.sound.warning = false;
    const added = [inboxItem({ key: 'w', severity: 'warning' }), inboxItem({ key: 'h', severity: 'high' })];
    const planned = planNotifications({ added, accounts, settings: { ...chosen, alerts }, now, t });
    expect(planned.map((p) => [p.urgency, p.silent])).toEqual([
      ['normal', undefined],
      ['normal', true],
    ]);
  });

  it('lets a summary sound when any of its items does', () => {
    const alerts = structuredClone(defaultAlertPreferences);
    alerts.sound.warning = false;
    const quiet = ['a', 'b', 'c', 'd'].map((key) => inboxItem({ key, severity: 'warning' }));
    const [silentSummary] = planNotifications({ added: quiet, accounts, settings: { ...chosen, alerts }, now, t });
    expect(silentSummary?.silent).toBe(true);
    const mixed = [...quiet.slice(0, 3), inboxItem({ key: 'h', severity: 'high' })];
    const [loudSummary] = planNotifications({ added: mixed, accounts, settings: { ...chosen, alerts }, now, t });
    expect(loudSummary?.silent).toBeUndefined();
  });
});

describe('planNotifications in Simplified Chinese', () => {
  const zh = translatorFor('zh-CN');

  it('puts the time left in Chinese and leaves the source’s title and text as they are', () => {
    const item = inboxItem({
      title: 'Your account is at risk of deactivation',
      text: 'Your Account Health Rating has fallen.',
      deadline: new Date(now.getTime() + 5 * 3_600_000).toISOString(),
    });
    expect(planNotifications({ added: [item], accounts, settings, now, t: zh })).toMatchObject([
      {
        title: 'Your account is at risk of deactivation',
        body: 'Bluefin Outdoor Supply · US · 5 小时后到期\nYour Account Health Rating has fallen.',
      },
    ]);
  });

  it('sums up in Chinese', () => {
    const added = ['a', 'b', 'c', 'd', 'e'].map((key) => inboxItem({ key, title: `Item ${key}` }));
    const [summary] = planNotifications({ added, accounts, settings, now, t: zh });
    expect(summary?.title).toBe('5 条新的绩效通知');
    expect(summary?.body.split('\n').at(-1)).toBe('另有 2 条');
  });
});
