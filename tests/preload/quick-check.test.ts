// The quick check must never say yes where zod would refuse a value or hand back something
// different; where it says no, zod decides. Checked against zod itself, case by case and on
// thousands of values mutated at random.
import fc from 'fast-check';
import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { quickCheckFor, safeParseQuickly } from '../../preload/quick-check';
import { commands, events, InboxViewSchema, PerformanceNotificationSchema, StatusSchema } from '../../preload/contract';
import { account, inboxItem } from '../support/fixtures';

const item = inboxItem({
  asins: ['B000000123'],
  deadline: '2026-11-18T08:00:00.000+08:00',
  policy: 'Restricted Products',
});
const view = {
  notifications: [item, inboxItem({ key: 'other', status: 'resolved', resolvedAt: '2026-11-03T10:00:00.000Z' })],
  accounts: [account()],
  badge: { unread: 2, highestSeverity: 'warning', state: 'active', tooltip: 'Flagwatch: 2 unread', mostUrgentId: null },
};
const quickInbox = quickCheckFor(InboxViewSchema)!;
const quickItem = quickCheckFor(PerformanceNotificationSchema)!;

describe('quickCheckFor', () => {
  it('is built for the inbox view, its events and the status', () => {
    expect(quickInbox).toBeTypeOf('function');
    expect(quickCheckFor(events['inbox.changed'])).toBe(quickInbox);
    expect(quickCheckFor(commands['inbox.get'].response)).toBe(quickInbox);
    expect(quickCheckFor(StatusSchema)).toBeTypeOf('function');
  });

  it('vouches for a valid inbox', () => {
    expect(quickInbox(view)).toBe(true);
    expect(InboxViewSchema.parse(view)).toEqual(view);
  });

  it.each([
    ['a key the schema does not name (zod would drop it)', { ...item, extra: 1 }],
    ['an empty id', { ...item, id: '' }],
    ['a date without its offset', { ...item, occurredAt: '2026-11-01T08:00:00' }],
    ['a date that does not exist', { ...item, occurredAt: '2026-02-30T08:00:00.000Z' }],
    ['a severity outside the list', { ...item, severity: 'urgent' }],
    ['null where only a value will do', { ...item, read: null }],
    ['a missing required field', Object.fromEntries(Object.entries(item).filter(([k]) => k !== 'title'))],
    ['a wrong type inside a list', { ...item, asins: [42] }],
    ['a list for an object', [item]],
    ['an object of a class', Object.assign(new (class Item {})(), item)],
  ])('leaves to zod %s', (_, value) => {
    expect(quickItem(value)).toBe(false);
  });

  it('accepts what zod accepts unchanged: absent optional fields, null for nullable ones, a null prototype', () => {
    const bare = Object.assign(Object.create(null) as object, item, { deadline: null });
    expect(quickItem(bare)).toBe(true);
    expect(PerformanceNotificationSchema.parse(bare)).toEqual({ ...item, deadline: null });
  });

  it('checks numbers as zod does: integers, bounds, no NaN or infinity', () => {
    const count = quickCheckFor(z.int().check(z.nonnegative()))!;
    const between = quickCheckFor(z.number().check(z.gt(0), z.lt(1)))!;
    const whole = quickCheckFor(z.int())!;
    expect([0, 7, -1, 1.5, NaN, Infinity, '3'].map(count)).toEqual([true, true, false, false, false, false, false]);
    expect([0, 0.5, 1].map(between)).toEqual([false, true, false]);
    expect([-3, 2 ** 53, 0.5].map(whole)).toEqual([true, false, false]);
  });

  it('checks list and text lengths at both bounds', () => {
    const ids = quickCheckFor(
      z.array(z.string().check(z.minLength(1), z.maxLength(3))).check(z.minLength(1), z.maxLength(2)),
    )!;
    expect([[], ['a'], ['a', 'abc'], ['a', 'b', 'c'], ['abcd'], ['']].map(ids)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('refuses keys in a strict object and checks literals', () => {
    const strict = quickCheckFor(z.strictObject({ on: z.literal(true) }))!;
    expect([{ on: true }, { on: false }, { on: true, off: 1 }].map(strict)).toEqual([true, false, false]);
  });

  it.each([
    ['a refinement', z.string().check(z.refine((s) => s !== 'x'))],
    [
      'a transform',
      z.pipe(
        z.string(),
        z.transform((s) => s.length),
      ),
    ],
    ['a default', z.object({ a: z._default(z.string(), '') })],
    ['a pattern other than the ISO date', z.string().check(z.regex(/^a/))],
    ['another string format', z.email()],
    ['coercion', z.coerce.number()],
    ['a passthrough object', z.looseObject({})],
    ['a union', z.union([z.string(), z.number()])],
  ])('is not built for a schema with %s', (_, schema) => {
    expect(quickCheckFor(schema)).toBeNull();
  });

  it('never vouches for a value zod refuses or would change (random mutations of a valid inbox)', () => {
    const mutation = fc.record({
      at: fc.nat(),
      value: fc.oneof(
        fc.anything({ withNullPrototype: true, maxDepth: 2 }),
        fc.constantFrom(undefined, null, '', 'x', 0, -1, 1.5, true, [], {}, '2026-11-01T08:00:00.000Z'),
      ),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const value = structuredClone(view) as unknown;
        for (const m of mutations) mutate(value, m);
        const zod = InboxViewSchema.safeParse(value);
        if (quickInbox(value)) {
          expect(zod.success).toBe(true);
          expect(zod.data).toStrictEqual(value);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('safeParseQuickly', () => {
  it('hands back the value itself when the quick check vouches for it', () => {
    const result = safeParseQuickly(InboxViewSchema, view);
    expect(result.success).toBe(true);
    expect(result.data).toBe(view);
  });

  it("gives zod's own answer otherwise: its error, or its cleaned copy", () => {
    const broken = { ...view, notifications: [item, { ...item, deadline: 'soon' }] };
    const result = safeParseQuickly(InboxViewSchema, broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual(InboxViewSchema.safeParse(broken).error?.issues);
    expect(result.error?.issues[0]?.path).toEqual(['notifications', 1, 'deadline']);
    expect(safeParseQuickly(InboxViewSchema, { ...view, extra: true }).data).toEqual(view);
  });
});

/** Replaces (or removes) the node at a position of a depth-first walk of `root`. */
function mutate(root: unknown, m: { at: number; value: unknown; remove: boolean }): void {
  const slots: [Record<string | number, unknown>, string | number][] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of Object.keys(node)) {
      slots.push([node as Record<string, unknown>, key]);
      walk((node as Record<string, unknown>)[key]);
    }
  };
  walk(root);
  const [parent, key] = slots[m.at % slots.length]!;
  if (m.remove && !Array.isArray(parent)) delete parent[key];
  else parent[key] = m.value;
}
