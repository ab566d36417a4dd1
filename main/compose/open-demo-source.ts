// The demo source as a host runs it: its story continues across restarts because where it stands
// is kept in demo.json beside the other stores.
import { openDocumentStore } from '../adapters/store/document-store';
import type { DocumentSpec } from '../adapters/store/documents';
import type { Source } from '../app/ports';
import { DemoDocumentSchema, resumeDemoSource, type DemoDocument } from '../sources/demo';
import type { SourceContext } from './source-context';

export const demoSpec: DocumentSpec<DemoDocument> = {
  name: 'demo',
  label: 'store.demo.label',
  startsOver: 'store.demo.startsOver',
  schema: DemoDocumentSchema,
  defaults: { story: null },
};

export function openDemoSource(context: SourceContext): Source {
  const store = openDocumentStore({ ...demoSpec, StoreClass: context.StoreClass, dataDir: context.dataDir });
  context.recoveries?.note(store);
  if (store.recovery) context.logger.warn(store.recovery.message, { file: store.recovery.file });
  return resumeDemoSource({
    store,
    clock: context.clock,
    seed: context.demoSeed,
    speed: context.demoSpeed ?? context.settings.demoSpeed,
    t: context.translator,
  });
}
