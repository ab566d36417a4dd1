// New items raised natively: what the plan allows, one after another, with the accounts' names,
// and on past a notifier that fails.
import { describe, expect, it } from 'vitest';
import type { NativeNotification } from '../../../main/app/ports';
import { raiseNotifications } from '../../../main/app/raise-notifications';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { defaultSettings, type Settings } from '../../../main/core/schema';
import { createFakeClock } from '../../support/fake-clock';
import { account, inboxItem } from '../../support/fixtures';

type Logged = [message: string, fields: unknown];

function raising({ fails = '', settings = {} as Partial<Settings> } = {}) {
  const shown: NativeNotification[] = [];
  const warned: Logged[] = [];
  return {
    shown,
    warned,
    options: {
      notifier: {
        show: async (n: NativeNotification) => {
          if (n.title === fails) throw new Error('no notification daemon');
          shown.push(n);
        },
      },
      clock: createFakeClock(),
      logger: {
        info() {},
        warn: (message: string, fields?: unknown) => void warned.push([message, fields]),
        error() {},
      },
      settings: () => ({
        ...defaultSettings,
        quietHours: { ...defaultSettings.quietHours, enabled: false },
        ...settings,
      }),
      translator: () => translatorFor('en'),
    },
  };
}

const first = inboxItem({ key: 'a', title: 'First' });
const second = inboxItem({ key: 'b', title: 'Second', severity: 'critical' });

describe('raising new notifications', () => {
  it('shows each one the plan raises, the most urgent first, under its account’s name', async () => {
    const { shown, warned, options } = raising();
    await raiseNotifications([first, second], [account({ name: 'Northwind Home Goods' })], options);
    expect(shown.map((n) => n.title)).toEqual(['Second', 'First']);
    expect(shown[0]?.body).toMatch(/^Northwind Home Goods · /);
    expect(warned).toEqual([]);
  });

  it('goes on to the next one when the notifier fails, and logs the failure', async () => {
    const { shown, warned, options } = raising({ fails: 'Second' });
    await raiseNotifications([first, second], [account()], options);
    expect(shown.map((n) => n.title)).toEqual(['First']);
    expect(warned).toEqual([['native notification failed', { error: 'no notification daemon' }]]);
  });

  it('follows the settings of the moment: paused, only the critical one gets through', async () => {
    const { shown, options } = raising({ settings: { notificationsPaused: true } });
    await raiseNotifications([first, second], [account()], options);
    expect(shown.map((n) => n.title)).toEqual(['Second']);
  });

  it('shows nothing when nothing was added', async () => {
    const { shown, options } = raising();
    await raiseNotifications([], [account()], options);
    expect(shown).toEqual([]);
  });
});
