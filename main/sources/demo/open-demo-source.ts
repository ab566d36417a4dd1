// The demo source as the Node host runs it: its story continues across restarts because where
// it stands is kept in demo.json beside the other stores.
import { z } from 'zod';
import type { Source } from '../../app/ports';
import { openDocumentStore } from '../../adapters/store/document-store';
import { createDemoSource } from './demo-source';
import { DemoStorySchema, demoStoryFor } from './demo-story';
import type { SourceContext } from '../registry';

const DemoDocumentSchema = z.object({ story: DemoStorySchema.nullable() });

export function openDemoSource(context: SourceContext): Source {
  const store = openDocumentStore({
    StoreClass: context.StoreClass,
    dataDir: context.dataDir,
    name: 'demo',
    label: 'store.demo.label',
    startsOver: 'store.demo.startsOver',
    schema: DemoDocumentSchema,
    defaults: { story: null },
  });
  if (store.recovery) context.logger.warn(store.recovery.message, { file: store.recovery.file });
  const previous = store.read().story;
  const story = demoStoryFor(
    previous,
    { seed: context.demoSeed, speed: context.demoSpeed ?? context.settings.demoSpeed },
    context.clock.now(),
  );
  if (story !== previous) store.write({ story });
  return createDemoSource({
    seed: story.seed,
    speed: story.speed,
    clock: context.clock,
    startedAt: new Date(story.startedAt),
    resumeFrom: { wall: new Date(story.origin.wall), simulated: new Date(story.origin.simulated) },
    t: context.translator,
  });
}
