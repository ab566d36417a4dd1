import { describe, expect, it } from 'vitest';
import type { DocumentStore } from '../../../../main/app/ports';
import type { DocumentSpec } from '../../../../main/adapters/store/documents';
import { storeSpecs, storesFromTable } from '../../../../main/adapters/store/stores-table';

/** Openers that only note what was asked of them, and when. */
function recordingOpeners() {
  const calls: string[] = [];
  const storeOf = <T>(spec: DocumentSpec<T>): DocumentStore<T> => ({
    read: () => spec.defaults,
    write: () => undefined,
  });
  return {
    calls,
    openers: {
      atOnce<T>(spec: DocumentSpec<T>) {
        calls.push(`now ${spec.name}`);
        return storeOf(spec);
      },
      onFirstUse<T>(spec: DocumentSpec<T>) {
        calls.push(`later ${spec.name}`);
        return () => storeOf(spec);
      },
    },
  };
}

/** The files the stores open with them, then those they open when first asked for. */
const atOnce = ['settings', 'summary', 'digest', 'reminders'];
const later = ['inbox', 'history', 'appeals', 'appeal-drafts', 'support-contacts'];

describe('the stores table', () => {
  it('opens the small files at once, then hands out the rest to open later, each group in its order', () => {
    const { calls, openers } = recordingOpeners();
    storesFromTable(openers);
    expect(calls).toEqual([...atOnce.map((name) => `now ${name}`), ...later.map((name) => `later ${name}`)]);
  });

  it('gives each key of the port the store of its own file', () => {
    const stores = storesFromTable(recordingOpeners().openers);
    expect(Object.keys(stores)).toEqual([
      'settings',
      'summary',
      'digest',
      'reminders',
      'inbox',
      'history',
      'appeals',
      'appealDrafts',
      'supportContacts',
    ]);
    expect(stores.settings.read()).toHaveProperty('settings');
    expect(stores.reminders.read()).toEqual({ raised: {} });
    expect(stores.inbox().read()).toEqual({ notifications: [], accounts: [], lastSuccessAt: null });
    expect(stores.appealDrafts().read()).toEqual({ drafts: {} });
    expect(stores.supportContacts().read()).toEqual({ contacts: [] });
  });

  it('lists every document once, in the order the stores open them', () => {
    expect(storeSpecs.map((spec) => spec.name)).toEqual([...atOnce, ...later]);
  });
});
