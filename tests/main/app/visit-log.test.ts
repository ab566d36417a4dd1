// The days the seller looked, written once a day: a second visit the same day costs no write.
import { describe, expect, it } from 'vitest';
import type { DigestDocument } from '../../../main/app/ports';
import { createVisitLog } from '../../../main/app/visit-log';
import { createFakeClock } from '../../support/fake-clock';
import { memoryDocument } from '../../support/memory-stores';

const day = 24 * 3_600_000;

function setup() {
  const clock = createFakeClock(new Date(2026, 10, 2, 12));
  const store = memoryDocument<DigestDocument>({ lastSentDay: '2026-11-01', visitedDays: [] });
  return { clock, store, log: createVisitLog(store, clock) };
}

describe('visit log', () => {
  it('records today once, however often the seller looks', () => {
    const { store, log } = setup();
    log.record();
    log.record();
    expect(store.writes).toBe(1);
    expect(store.read()).toEqual({ lastSentDay: '2026-11-01', visitedDays: ['2026-11-02'] });
  });

  it('records each new day and counts the days in a row', async () => {
    const { clock, store, log } = setup();
    expect(log.daysInARow()).toBe(0);
    log.record();
    await clock.advance(day);
    log.record();
    expect(store.writes).toBe(2);
    expect(log.daysInARow()).toBe(2);
    await clock.advance(2 * day);
    expect(log.daysInARow()).toBe(0);
  });
});
