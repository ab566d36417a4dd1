// Where the demo's story stands, kept in the data folder so a restart continues the same story
// instead of starting a new one: its seed, its time zero, and how simulated time maps to wall
// time (re-anchored when the speed changes, so the story never jumps).
import { z } from 'zod';
import { IsoDateSchema } from '../../core/schema';
import { simulatedClock } from './simulated-clock';

export const DemoStorySchema = z.object({
  seed: z.number().int().nonnegative(),
  startedAt: IsoDateSchema,
  /** A wall time and where simulated time stood then; with `speed`, where it stands at any time. */
  origin: z.object({ wall: IsoDateSchema, simulated: IsoDateSchema }),
  speed: z.number().positive(),
});
export type DemoStory = z.infer<typeof DemoStorySchema>;

export const DEFAULT_DEMO_SEED = 1;

export interface DemoRequest {
  /** Asked for on the command line; another seed than the stored one starts a new story. */
  seed?: number;
  speed: number;
}

export function demoStoryFor(previous: DemoStory | null, request: DemoRequest, now: Date): DemoStory {
  const seed = request.seed ?? previous?.seed ?? DEFAULT_DEMO_SEED;
  if (previous === null || seed !== previous.seed) {
    const at = now.toISOString();
    return { seed, startedAt: at, origin: { wall: at, simulated: at }, speed: request.speed };
  }
  if (request.speed === previous.speed) return previous;
  // The story ran on at the old speed until now; from now on it runs at the new one.
  const clock = simulatedClock(
    { wall: new Date(previous.origin.wall), simulated: new Date(previous.origin.simulated) },
    previous.speed,
  );
  const origin = { wall: now.toISOString(), simulated: new Date(clock.simulatedAt(now)).toISOString() };
  return { ...previous, origin, speed: request.speed };
}
