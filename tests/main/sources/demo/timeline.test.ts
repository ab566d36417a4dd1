import { describe, expect, it } from 'vitest';
import { metricDefinition } from '../../../../main/core/catalog/metrics';
import { healthyAccount, troubledAccount } from '../../../../main/sources/demo/accounts';
import { openingScene, pacing } from '../../../../main/sources/demo/scenario';
import { asinFor, createTimeline, type DemoEvent } from '../../../../main/sources/demo/timeline';

const HOUR = 3_600_000;
const epoch = Date.parse('2026-11-02T09:00:00.000Z');
const slotMs = pacing.slotHours * HOUR;

/** Every distinct event seen by sampling the timeline each `stepMs` over `hours`. */
function eventsOver(seed: string, hours: number, stepMs = 15 * 60_000): Map<string, DemoEvent> {
  const timeline = createTimeline(seed, epoch);
  const seen = new Map<string, DemoEvent>();
  for (let t = epoch; t <= epoch + hours * HOUR; t += stepMs) for (const e of timeline.openAt(t)) seen.set(e.key, e);
  return seen;
}

describe('asinFor', () => {
  it('makes Amazon-style ASINs that depend on the seed, account and product', () => {
    const asin = asinFor('42', troubledAccount.id, 0);
    expect(asin).toMatch(/^B0[0-9A-Z]{8}$/);
    expect(asinFor('42', troubledAccount.id, 0)).toBe(asin);
    expect(asinFor('43', troubledAccount.id, 0)).not.toBe(asin);
    expect(asinFor('42', troubledAccount.id, 1)).not.toBe(asin);
    expect(asinFor('42', healthyAccount.id, 0)).not.toBe(asin);
  });
});

describe('createTimeline', () => {
  it('opens with the opening scene already in progress', () => {
    const open = createTimeline('42', epoch).openAt(epoch);
    for (const o of openingScene) {
      const event = open.find((e) => e.template.id === o.templateId && e.account.id === o.accountId);
      expect(event, o.templateId).toBeDefined();
      expect(event!.occurredAt).toBe(epoch - o.hoursBefore * HOUR);
      expect(event!.resolvesAt).toBe(epoch + o.hoursAfter * HOUR);
    }
  });

  it('brings exactly one new event per slot, never more than 1 + jitter slots apart', () => {
    const slots = 200;
    const arrivals = [...eventsOver('42', slots * pacing.slotHours).values()]
      .map((e) => e.occurredAt)
      .filter((t) => t >= epoch && t < epoch + slots * slotMs)
      .sort((a, b) => a - b);
    expect(arrivals).toHaveLength(slots);
    const gaps = arrivals.slice(1).map((t, i) => t - arrivals[i]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual((1 + pacing.slotJitter) * slotMs);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual((1 - pacing.slotJitter) * slotMs);
  });

  it('never has a rate or status off target twice at once, nor two open items for the healthy account', () => {
    const timeline = createTimeline('7', epoch);
    for (let t = epoch; t <= epoch + 60 * 24 * HOUR; t += HOUR) {
      const open = timeline.openAt(t);
      expect(open.filter((e) => e.account.id === healthyAccount.id).length).toBeLessThanOrEqual(1);
      const exclusive = open
        .filter((e) => metricDefinition(e.template.metric)?.unit !== 'count')
        .map((e) => `${e.account.id}|${e.marketplaceId}|${e.template.metric}`);
      expect(new Set(exclusive).size, new Date(t).toISOString()).toBe(exclusive.length);
    }
  });

  it('resolves every event after its arrival and within its template range', () => {
    for (const e of eventsOver('42', 10 * 24).values()) {
      if (e.occurredAt < epoch) continue;
      const hours = (e.resolvesAt - e.occurredAt) / HOUR;
      expect(hours).toBeGreaterThanOrEqual(e.template.openHours[0]);
      expect(hours).toBeLessThanOrEqual(e.template.openHours[1]);
    }
  });

  it('names the number of ASINs its template asks for, from the account catalog', () => {
    for (const e of eventsOver('42', 10 * 24).values()) {
      expect(e.products.length).toBeGreaterThanOrEqual(e.template.asinCount[0]);
      expect(e.products.length).toBeLessThanOrEqual(e.template.asinCount[1]);
      for (const p of e.products) expect(e.account.products).toContain(p.title);
    }
  });

  it('answers the same whatever was asked before', () => {
    const later = epoch + 500 * HOUR;
    const fresh = createTimeline('42', epoch).openAt(later);
    const used = createTimeline('42', epoch);
    used.openAt(epoch + 9_000 * HOUR);
    used.openAt(epoch + 3 * HOUR);
    expect(used.openAt(later)).toEqual(fresh);
  });

  it('never runs out: years later it still brings events with fresh keys', () => {
    const timeline = createTimeline('42', epoch);
    const far = epoch + 5 * 365 * 24 * HOUR;
    const open = timeline.openAt(far);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((e) => e.occurredAt > far - 4 * 24 * HOUR)).toBe(true);
    expect(new Set(open.map((e) => e.key)).size).toBe(open.length);
  });

  it('tells a different story for a different seed', () => {
    const scheduled = (seed: string) =>
      [...eventsOver(seed, 48, HOUR).values()].filter((e) => e.occurredAt >= epoch).map((e) => e.key);
    expect(scheduled('1')).not.toEqual(scheduled('2'));
  });
});
