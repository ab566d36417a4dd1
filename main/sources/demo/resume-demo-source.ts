// The demo source resumed from where its story stands: the host hands in the store that keeps it
// (demo.json beside the other stores), so a restart continues the same story.
import { z } from 'zod';
import type { Clock, DocumentStore, Source } from '../../app/ports';
import type { Translator } from '../../core/i18n/translator';
import { createDemoSource } from './demo-source';
import { DemoStorySchema, demoStoryFor } from './demo-story';

export const DemoDocumentSchema = z.object({ story: DemoStorySchema.nullable() });
export type DemoDocument = z.infer<typeof DemoDocumentSchema>;

export interface DemoResumeOptions {
  store: DocumentStore<DemoDocument>;
  clock: Clock;
  /** From the command line; each overrides what the store remembers. */
  seed?: number;
  speed: number;
  /** The language of the demo's texts; English when absent. */
  t?: Translator;
}

export function resumeDemoSource({ store, clock, seed, speed, t }: DemoResumeOptions): Source {
  const previous = store.read().story;
  const story = demoStoryFor(previous, { seed, speed }, clock.now());
  if (story !== previous) store.write({ story });
  return createDemoSource({
    seed: story.seed,
    speed: story.speed,
    clock,
    startedAt: new Date(story.startedAt),
    resumeFrom: { wall: new Date(story.origin.wall), simulated: new Date(story.origin.simulated) },
    t,
  });
}
