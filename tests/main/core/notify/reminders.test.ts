import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { planReminders, type ReminderInput, type RaisedReminders } from '../../../../main/core/notify/reminders';
import { defaultSettings, type PerformanceNotification } from '../../../../main/core/schema';
import { account, DE, inboxItem } from '../../../support/fixtures';

const hour = 3_600_000;
// Local time, so quiet hours (local wall-clock) read the same on every machine.
const deadline = new Date(2026, 10, 5, 12, 0);
const hoursLeft = (h: number) => new Date(deadline.getTime() - h * hour);
const item = inboxItem({ title: 'Your account is at risk', severity: 'high', deadline: deadline.toISOString() });
const quietOff = { enabled: false, start: '22:00', end: '07:00' };
const shownAll = { alerts: defaultSettings.alerts, hidden: defaultSettings.hidden };

function plan(now: Date, overrides: Partial<ReminderInput> = {}) {
  return planReminders({
    notifications: [item],
    raised: {},
    accounts: [account()],
    settings: { notificationsPaused: false, quietHours: quietOff, ...shownAll },
    now,
    t: translatorFor('en'),
    scaleOf: () => 1,
    ...overrides,
  });
}

/** Runs the plan at each of these moments, carrying what was raised from one to the next. */
function walk(moments: Date[], overrides: Partial<ReminderInput> = {}) {
  let raised: RaisedReminders = {};
  return moments.map((now) => {
    const result = plan(now, { ...overrides, raised });
    raised = result.raised;
    return result;
  });
}

describe('planReminders', () => {
  it('raises 72, 24 and 4 hours before, once each, naming the time left, account and deadline', () => {
    const steps = walk([hoursLeft(72), hoursLeft(71), hoursLeft(24), hoursLeft(23), hoursLeft(4), hoursLeft(1)]);
    expect(steps.map((s) => s.show.map((n) => n.title))).toEqual([
      ['72 hours left: Your account is at risk'],
      [],
      ['24 hours left: Your account is at risk'],
      [],
      ['4 hours left: Your account is at risk'],
      [],
    ]);
    expect(steps[1]!.show).toEqual([]);
    const [first] = steps[0]!.show;
    expect(first).toMatchObject({ notificationId: item.id, urgency: 'normal' });
    expect(first!.body.split('\n')).toEqual([
      'Bluefin Outdoor Supply · US',
      `Deadline: ${translatorFor('en').date(deadline, 'dateTime')}`,
    ]);
    expect(steps[2]!.show[0]!.urgency).toBe('critical');
  });

  it('plans to wake at the next lead, and not at all after the last', () => {
    const [at72, , at4] = walk([hoursLeft(72), hoursLeft(24), hoursLeft(4)]);
    expect(at72!.wakeAt).toEqual(hoursLeft(24));
    expect(at4!.wakeAt).toBeNull();
    expect(plan(hoursLeft(100)).wakeAt).toEqual(hoursLeft(72));
  });

  it('raises only the nearest lead for a deadline first seen 10 hours before, saying so', () => {
    const steps = walk([hoursLeft(10), hoursLeft(9), hoursLeft(4)]);
    expect(steps.map((s) => s.show.map((n) => n.title))).toEqual([
      ['10 hours left: Your account is at risk'],
      [],
      ['4 hours left: Your account is at risk'],
    ]);
  });

  it('settles the leads a just-added notification has reached, since its own alert names the time left', () => {
    const [added] = walk([hoursLeft(68)], { justAlerted: new Set([item.id]) });
    expect(added!.show).toEqual([]);
    expect(added!.raised[item.id]).toEqual({ deadline: item.deadline, leadHours: 72 });
    const later = plan(hoursLeft(24), { raised: added!.raised });
    expect(later.show.map((n) => n.title)).toEqual(['24 hours left: Your account is at risk']);
  });

  it('raises a reached lead of a notification seen before, even when it is in the list of the just added', () => {
    const [seen] = walk([hoursLeft(100)]);
    const raised = { ...seen!.raised, [item.id]: { deadline: item.deadline!, leadHours: 72 } };
    const next = plan(hoursLeft(24), { raised, justAlerted: new Set([item.id]) });
    expect(next.show.map((n) => n.title)).toEqual(['24 hours left: Your account is at risk']);
  });

  it('starts again when the deadline moves (Amazon gave more time)', () => {
    const [first] = walk([hoursLeft(24)]);
    const moved = { ...item, deadline: new Date(deadline.getTime() + 48 * hour).toISOString() };
    const after = plan(hoursLeft(24), { notifications: [moved], raised: first!.raised });
    expect(after.show.map((n) => n.title)).toEqual(['72 hours left: Your account is at risk']);
  });

  it('forgets resolved notifications and passed deadlines', () => {
    const raised = {
      [item.id]: { deadline: item.deadline!, leadHours: 24 },
      gone: { deadline: item.deadline!, leadHours: 4 },
    };
    expect(plan(hoursLeft(20), { raised }).raised).toEqual({ [item.id]: { deadline: item.deadline!, leadHours: 24 } });
    const resolved: PerformanceNotification = { ...item, status: 'resolved' };
    expect(plan(hoursLeft(20), { raised, notifications: [resolved] }).raised).toEqual({});
    expect(plan(hoursLeft(-1), { raised }).raised).toEqual({});
  });

  describe('with quiet hours', () => {
    // 72 hours before noon on the 5th is noon on the 2nd: quiet from 11:00 to 14:00 that day.
    const quietHours = { enabled: true, start: '11:00', end: '14:00' };
    const settings = { notificationsPaused: false, quietHours, ...shownAll };

    it('holds a reminder more than 24 hours out back until they end, then raises it', () => {
      const held = plan(hoursLeft(72), { settings });
      expect(held.show).toEqual([]);
      expect(held.held).toEqual([{ notificationId: item.id, leadHours: 72, reason: 'quiet hours' }]);
      expect(held.raised).toEqual({});
      expect(held.wakeAt).toEqual(hoursLeft(70));
      const after = plan(hoursLeft(70), { settings });
      expect(after.show.map((n) => n.title)).toEqual(['70 hours left: Your account is at risk']);
    });

    it('lets a reminder 24 hours out or less through', () => {
      const through = plan(hoursLeft(24), {
        settings,
        raised: { [item.id]: { deadline: item.deadline!, leadHours: 72 } },
      });
      expect(through.show.map((n) => n.title)).toEqual(['24 hours left: Your account is at risk']);
    });

    it('lets any reminder of a critical item through', () => {
      const critical = { ...item, severity: 'critical' as const };
      expect(plan(hoursLeft(72), { settings, notifications: [critical] }).show).toHaveLength(1);
    });
  });

  describe('while notifications are paused', () => {
    const settings = { notificationsPaused: true, quietHours: quietOff, ...shownAll };

    it('settles a due reminder without showing it, so un-pausing brings no burst', () => {
      const paused = plan(hoursLeft(24), { settings });
      expect(paused.show).toEqual([]);
      expect(paused.held).toEqual([{ notificationId: item.id, leadHours: 24, reason: 'paused' }]);
      const resumed = plan(hoursLeft(23), { raised: paused.raised });
      expect(resumed.show).toEqual([]);
      expect(resumed.wakeAt).toEqual(hoursLeft(4));
    });

    it('still raises the reminders of critical items', () => {
      const critical = { ...item, severity: 'critical' as const };
      expect(plan(hoursLeft(4), { settings, notifications: [critical] }).show).toHaveLength(1);
    });
  });

  describe("the seller's choices of what to be told", () => {
    const account = item.accountId;
    const marketplace = item.marketplaceId;
    const hiding = (hidden: { accounts: string[]; marketplaces: string[] }) => ({
      notificationsPaused: false,
      quietHours: quietOff,
      alerts: defaultSettings.alerts,
      hidden,
    });
    const turningOff = (change: (alerts: typeof defaultSettings.alerts) => typeof defaultSettings.alerts) => ({
      notificationsPaused: false,
      quietHours: quietOff,
      alerts: change(defaultSettings.alerts),
      hidden: defaultSettings.hidden,
    });

    it("raises none for a hidden account's notification, and settles it so showing it again brings no burst", () => {
      const hidden = plan(hoursLeft(24), { settings: hiding({ accounts: [account], marketplaces: [] }) });
      expect(hidden.show).toEqual([]);
      expect(hidden.held).toEqual([{ notificationId: item.id, leadHours: 24, reason: 'hidden' }]);
      const shownAgain = plan(hoursLeft(23), { raised: hidden.raised });
      expect(shownAgain.show).toEqual([]);
      expect(shownAgain.wakeAt).toEqual(hoursLeft(4));
    });

    it('raises none for a hidden marketplace, critical items included', () => {
      const critical = { ...item, severity: 'critical' as const };
      const settings = hiding({ accounts: [], marketplaces: [marketplace] });
      expect(plan(hoursLeft(4), { settings, notifications: [critical] }).show).toEqual([]);
    });

    it('raises those of another account while one is hidden', () => {
      const settings = hiding({ accounts: ['someone-else'], marketplaces: [DE] });
      expect(plan(hoursLeft(24), { settings }).show).toHaveLength(1);
    });

    it('raises none for a group or a severity the seller turned off', () => {
      const group = turningOff((a) => ({ ...a, groups: { ...a.groups, [item.group]: false } }));
      expect(plan(hoursLeft(24), { settings: group }).held).toEqual([
        { notificationId: item.id, leadHours: 24, reason: 'turned off' },
      ]);
      const severity = turningOff((a) => ({ ...a, severities: { ...a.severities, high: false } }));
      expect(plan(hoursLeft(24), { settings: severity }).show).toEqual([]);
    });

    it('still raises those of a critical item in a group turned off', () => {
      const critical = { ...item, severity: 'critical' as const };
      const group = turningOff((a) => ({ ...a, groups: { ...a.groups, [item.group]: false } }));
      expect(plan(hoursLeft(24), { settings: group, notifications: [critical] }).show).toHaveLength(1);
    });
  });

  it("counts the leads in a faster story's time, and names the hours of that story", () => {
    // The demo at speed 3600: 72 s before its deadline is 72 hours in its story.
    const fast = { ...item, deadline: deadline.toISOString() };
    const steps = walk(
      [
        new Date(deadline.getTime() - 72_000),
        new Date(deadline.getTime() - 24_000),
        new Date(deadline.getTime() - 4_000),
      ],
      { notifications: [fast], scaleOf: () => 3600 },
    );
    expect(steps.map((s) => s.show.map((n) => n.title))).toEqual([
      ['72 hours left: Your account is at risk'],
      ['24 hours left: Your account is at risk'],
      ['4 hours left: Your account is at risk'],
    ]);
  });

  it("words reminders in the translator's language", () => {
    const [shown] = plan(hoursLeft(24), { t: translatorFor('zh-CN') }).show;
    expect(shown!.title).toBe('剩余 24 小时：Your account is at risk');
    expect(shown!.body.split('\n')[1]).toMatch(/^截止时间：/);
  });
});
