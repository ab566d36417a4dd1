import { describe, expect, it } from 'vitest';
import { dueLeadHours, nextDueMs, type DeadlineClock } from '../../../../main/core/clocks/reminder-due';

const hour = 3_600_000;
const deadlineMs = Date.parse('2026-11-05T12:00:00.000Z');
const clock = (overrides: Partial<DeadlineClock> = {}): DeadlineClock => ({
  deadlineMs,
  doneLeadHours: null,
  scale: 1,
  ...overrides,
});
const hoursLeft = (h: number) => deadlineMs - h * hour;

describe('dueLeadHours', () => {
  it('has nothing due more than 72 hours out', () => {
    expect(dueLeadHours(clock(), hoursLeft(72) - 1)).toBeNull();
  });

  it('makes each lead due at exactly its time before the deadline', () => {
    expect(dueLeadHours(clock(), hoursLeft(72))).toBe(72);
    expect(dueLeadHours(clock({ doneLeadHours: 72 }), hoursLeft(24))).toBe(24);
    expect(dueLeadHours(clock({ doneLeadHours: 24 }), hoursLeft(4))).toBe(4);
  });

  it('has nothing due a millisecond before the next lead once the previous one is done', () => {
    expect(dueLeadHours(clock({ doneLeadHours: 72 }), hoursLeft(24) - 1)).toBeNull();
    expect(dueLeadHours(clock({ doneLeadHours: 24 }), hoursLeft(4) - 1)).toBeNull();
  });

  it('raises each lead once: nothing is due again after it is done', () => {
    expect(dueLeadHours(clock({ doneLeadHours: 72 }), hoursLeft(30))).toBeNull();
    expect(dueLeadHours(clock({ doneLeadHours: 4 }), hoursLeft(1))).toBeNull();
  });

  it('gives a deadline first seen late only the nearest lead reached, not all it passed', () => {
    expect(dueLeadHours(clock(), hoursLeft(10))).toBe(24);
    expect(dueLeadHours(clock(), hoursLeft(3))).toBe(4);
    expect(dueLeadHours(clock({ doneLeadHours: 72 }), hoursLeft(2))).toBe(4);
  });

  it('has nothing due once the deadline has passed, or at the deadline itself', () => {
    expect(dueLeadHours(clock(), deadlineMs)).toBeNull();
    expect(dueLeadHours(clock(), deadlineMs + hour)).toBeNull();
  });

  it('shrinks the leads by the story speed of a faster source', () => {
    // At speed 3600 a 24-hour lead is 24 s before the deadline.
    expect(dueLeadHours(clock({ scale: 3600, doneLeadHours: 72 }), deadlineMs - 24_000)).toBe(24);
    expect(dueLeadHours(clock({ scale: 3600, doneLeadHours: 72 }), deadlineMs - 24_001)).toBeNull();
  });
});

describe('nextDueMs', () => {
  it('is the next lead ahead', () => {
    expect(nextDueMs(clock(), hoursLeft(100))).toBe(hoursLeft(72));
    expect(nextDueMs(clock({ doneLeadHours: 72 }), hoursLeft(72))).toBe(hoursLeft(24));
    expect(nextDueMs(clock({ doneLeadHours: 24 }), hoursLeft(10))).toBe(hoursLeft(4));
  });

  it('is the farthest lead not yet reached when one is due now', () => {
    expect(nextDueMs(clock(), hoursLeft(72))).toBe(hoursLeft(24));
  });

  it('is null once the last lead is done or passed', () => {
    expect(nextDueMs(clock({ doneLeadHours: 4 }), hoursLeft(3))).toBeNull();
    expect(nextDueMs(clock(), hoursLeft(2))).toBeNull();
  });
});
