// A settings file as an older Flagwatch left it: only the fields that version knew, stamped with
// its format number, so a test shows what opening it today adds and what it keeps.
import Conf from 'conf';
import { z } from 'zod';
import { openDocumentStore } from '../../../../main/adapters/store/document-store';
import { settingsSpec } from '../../../../main/adapters/store/documents';

export function writeOldSettingsFile(dataDir: string, format: number, settings: object): void {
  openDocumentStore<{ settings: object }>({
    name: settingsSpec.name,
    label: settingsSpec.label,
    startsOver: settingsSpec.startsOver,
    schema: z.object({ settings: z.object({}).passthrough() }),
    defaults: { settings },
    // A document's format is its store's migrations plus one: these do nothing but set it.
    migrations: Array.from({ length: format - 1 }, () => (document: unknown) => document),
    dataDir,
    StoreClass: Conf,
  }).write({ settings });
}
