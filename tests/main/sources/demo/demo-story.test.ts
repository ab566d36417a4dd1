import { describe, expect, it } from 'vitest';
import { DEFAULT_DEMO_SEED, demoStoryFor, type DemoStory } from '../../../../main/sources/demo/demo-story';
import { simulatedClock } from '../../../../main/sources/demo/simulated-clock';

const t0 = new Date('2026-11-02T09:00:00.000Z');
const later = new Date('2026-11-02T10:00:00.000Z');

function simulatedAt(story: DemoStory, wall: Date): number {
  return simulatedClock(
    { wall: new Date(story.origin.wall), simulated: new Date(story.origin.simulated) },
    story.speed,
  ).simulatedAt(wall);
}

describe('demoStoryFor', () => {
  it('starts a story at now on a fresh data folder, with the default seed unless one is asked for', () => {
    expect(demoStoryFor(null, { speed: 1 }, t0)).toEqual({
      seed: DEFAULT_DEMO_SEED,
      startedAt: t0.toISOString(),
      origin: { wall: t0.toISOString(), simulated: t0.toISOString() },
      speed: 1,
    });
    expect(demoStoryFor(null, { seed: 9, speed: 60 }, t0)).toMatchObject({ seed: 9, speed: 60 });
  });

  it('continues the stored story unchanged when the same (or no) seed and the same speed are asked for', () => {
    const story = demoStoryFor(null, { seed: 5, speed: 3600 }, t0);
    expect(demoStoryFor(story, { speed: 3600 }, later)).toBe(story);
    expect(demoStoryFor(story, { seed: 5, speed: 3600 }, later)).toBe(story);
  });

  it('starts a new story when another seed is asked for', () => {
    const story = demoStoryFor(null, { seed: 5, speed: 3600 }, t0);
    expect(demoStoryFor(story, { seed: 6, speed: 3600 }, later)).toEqual({
      seed: 6,
      startedAt: later.toISOString(),
      origin: { wall: later.toISOString(), simulated: later.toISOString() },
      speed: 3600,
    });
  });

  it('re-anchors at a new speed so simulated time neither jumps now nor stops afterwards', () => {
    const fast = demoStoryFor(null, { speed: 3600 }, t0);
    const slow = demoStoryFor(fast, { speed: 2 }, later);
    expect(slow.startedAt).toBe(fast.startedAt);
    expect(slow.speed).toBe(2);
    expect(simulatedAt(slow, later)).toBe(simulatedAt(fast, later));
    // One hour at 3600 is 150 days of story; one more second at speed 2 adds two.
    expect(simulatedAt(slow, later) - t0.getTime()).toBe(3600 * 3_600_000);
    expect(simulatedAt(slow, new Date(later.getTime() + 1000)) - simulatedAt(slow, later)).toBe(2000);
  });
});
