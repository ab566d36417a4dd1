import { describe, expect, it } from 'vitest';
import { raisesAlert, soundsFor } from '../../../../main/core/notify/preferences';
import { defaultAlertPreferences, type AlertPreferences } from '../../../../main/core/schema';

const all = defaultAlertPreferences;

function preferences(change: (p: AlertPreferences) => void): AlertPreferences {
  const p = structuredClone(all);
  change(p);
  return p;
}

describe('raisesAlert', () => {
  it('raises every group and severity by default', () => {
    for (const group of ['customerService', 'policyCompliance', 'shipping', 'account'] as const)
      for (const severity of ['info', 'warning', 'high', 'critical'] as const)
        expect(raisesAlert({ group, severity }, all)).toBe(true);
  });

  it('keeps a group that is switched off quiet, and only that group', () => {
    const noShipping = preferences((p) => (p.groups.shipping = false));
    expect(raisesAlert({ group: 'shipping', severity: 'high' }, noShipping)).toBe(false);
    expect(raisesAlert({ group: 'policyCompliance', severity: 'high' }, noShipping)).toBe(true);
  });

  it('keeps a severity that is switched off quiet, and only that severity', () => {
    const noInfo = preferences((p) => (p.severities.info = false));
    expect(raisesAlert({ group: 'shipping', severity: 'info' }, noInfo)).toBe(false);
    expect(raisesAlert({ group: 'shipping', severity: 'warning' }, noInfo)).toBe(true);
  });

  it('needs both its group and its severity switched on', () => {
    const p = preferences((p) => {
      p.groups.account = false;
      p.severities.warning = false;
    });
    expect(raisesAlert({ group: 'account', severity: 'high' }, p)).toBe(false);
    expect(raisesAlert({ group: 'shipping', severity: 'warning' }, p)).toBe(false);
    expect(raisesAlert({ group: 'shipping', severity: 'high' }, p)).toBe(true);
  });

  it('always raises a critical item, even in a group switched off', () => {
    const nothing = preferences((p) => {
      p.groups = { customerService: false, policyCompliance: false, shipping: false, account: false };
      p.severities = { info: false, warning: false, high: false, critical: true };
    });
    expect(raisesAlert({ group: 'account', severity: 'critical' }, nothing)).toBe(true);
    expect(raisesAlert({ group: 'account', severity: 'high' }, nothing)).toBe(false);
  });
});

describe('soundsFor', () => {
  const quietInfo = preferences((p) => (p.sound.info = false));

  it('plays a sound when the severity has one', () => {
    expect(soundsFor([{ group: 'shipping', severity: 'warning' }], quietInfo)).toBe(true);
    expect(soundsFor([{ group: 'shipping', severity: 'info' }], quietInfo)).toBe(false);
  });

  it('plays a sound for a summary when any one of its items has one', () => {
    const items = [
      { group: 'shipping', severity: 'info' },
      { group: 'account', severity: 'warning' },
    ] as const;
    expect(soundsFor(items, quietInfo)).toBe(true);
    expect(
      soundsFor(
        items,
        preferences((p) => (p.sound = { info: false, warning: false, high: true, critical: true })),
      ),
    ).toBe(false);
  });

  it('lets a critical item be silent when the seller says so', () => {
    const silentCritical = preferences((p) => (p.sound.critical = false));
    expect(soundsFor([{ group: 'account', severity: 'critical' }], silentCritical)).toBe(false);
  });

  it('plays nothing for no items', () => {
    expect(soundsFor([], all)).toBe(false);
  });
});
