import { describe, expect, it } from 'vitest';
import { mostUrgentClock } from '../../../../main/core/clocks/most-urgent-clock';
import { inboxItem } from '../../../support/fixtures';

const now = new Date('2026-11-02T12:00:00.000Z');
const inHours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString();

describe('mostUrgentClock', () => {
  it('is the open notification whose deadline is nearest', () => {
    const far = inboxItem({ key: 'far', deadline: inHours(48) });
    const near = inboxItem({ key: 'near', deadline: inHours(5) });
    const none = inboxItem({ key: 'none', deadline: null });
    expect(mostUrgentClock([far, near, none], now)?.id).toBe(near.id);
  });

  it('skips resolved notifications and deadlines already passed', () => {
    const resolved = inboxItem({ key: 'resolved', deadline: inHours(1), status: 'resolved' });
    const passed = inboxItem({ key: 'passed', deadline: inHours(-1) });
    const later = inboxItem({ key: 'later', deadline: inHours(30) });
    expect(mostUrgentClock([resolved, passed, later], now)?.id).toBe(later.id);
    expect(mostUrgentClock([resolved, passed], now)).toBeNull();
  });

  it('breaks a tie on the same deadline by severity, then the newer', () => {
    const deadline = inHours(10);
    const warning = inboxItem({ key: 'w', deadline, severity: 'warning', occurredAt: '2026-11-02T11:00:00.000Z' });
    const critical = inboxItem({ key: 'c', deadline, severity: 'critical', occurredAt: '2026-11-01T00:00:00.000Z' });
    expect(mostUrgentClock([warning, critical], now)?.id).toBe(critical.id);
    const older = inboxItem({ key: 'o', deadline, severity: 'warning', occurredAt: '2026-11-01T00:00:00.000Z' });
    expect(mostUrgentClock([older, warning], now)?.id).toBe(warning.id);
  });

  it('breaks a full tie by id, whatever the order', () => {
    const fields = { deadline: inHours(10), severity: 'high' as const, occurredAt: '2026-11-02T00:00:00.000Z' };
    const a = inboxItem({ key: 'a', ...fields });
    const b = inboxItem({ key: 'b', ...fields });
    const first = [a, b].sort((x, y) => (x.id < y.id ? -1 : 1))[0]!;
    expect(mostUrgentClock([a, b], now)?.id).toBe(first.id);
    expect(mostUrgentClock([b, a], now)?.id).toBe(first.id);
  });
});
