// Every store file of a data folder, damaged every way a disk or a downgrade can leave it
// (corrupt bytes, cut short, empty, written by a newer Flagwatch): the app still starts and
// answers, the file is moved aside byte for byte, its last good copy comes back, the window is
// told (recoveries.get), and neither the damaged file nor its backup is overwritten. The mailbox
// files, not opened by the hosts yet, are damaged the same ways in damaged-mailbox-files.test.ts.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../../main/adapters/clock/system-clock';
import { memorySecrets } from '../../../main/adapters/secrets/memory-secrets';
import Conf from 'conf';
import { backupPathOf } from '../../../main/adapters/store/backup';
import { openDocumentStore } from '../../../main/adapters/store/document-store';
import { digestSpec } from '../../../main/adapters/store/documents';
import { remindersSpec } from '../../../main/adapters/store/reminders-document';
import type { FlagwatchApp } from '../../../main/app/flagwatch-app';
import type { Secrets } from '../../../main/app/ports';
import { composeApp } from '../../../main/compose/compose-app';
import { startFakeSpApi, type FakeSpApi } from '../../support/fake-spapi/fake-spapi-server';
import { accountSaveRequestFor, fakeSeller } from '../../support/fake-spapi/test-world';
import { quietHostParts } from '../../support/host-parts';

const seller = fakeSeller();
let amazon: FakeSpApi;
/** A data folder after two runs of the app: every store file written, every backup refreshed. */
let template: string;
let accountId: string;
let appealId: string;
const folders: string[] = [];

function open(dataDir: string, secrets: Secrets = memorySecrets()): FlagwatchApp {
  return composeApp(
    { dataDir, source: 'demo', demoSeed: 7 },
    quietHostParts({ clock: systemClock, secrets, systemLanguages: ['en'] }),
  );
}

/** Asks for what each lazily opened store holds, so every file of the folder is opened. */
async function touchEveryStore(app: FlagwatchApp): Promise<void> {
  await app.handlers['inbox.get']({});
  await app.handlers['metrics.latest']({});
  await app.handlers['today.get']({});
  await app.handlers['appeals.list']({});
  await app.handlers['appeals.get']({ id: appealId });
  await app.handlers['support.contacts']({});
}

beforeAll(async () => {
  amazon = await startFakeSpApi({ sellers: [seller], reportProcessingMs: 0 });
  amazon.seedReport(seller.sellerId, { marketplaceIds: seller.marketplaceIds, createdAt: new Date() });
  template = mkdtempSync(path.join(tmpdir(), 'flagwatch-damage-template-'));
  const secrets = memorySecrets();
  const first = open(template, secrets);
  const account = await first.handlers['accounts.save'](accountSaveRequestFor(seller, amazon));
  accountId = account.id;
  await first.handlers['settings.update']({ demoSpeed: 60 });
  await first.refreshNow();
  const workspace = await first.handlers['appeals.create']({});
  appealId = workspace.appeal.id;
  const content = workspace.appeal.versions.at(-1)!.content;
  await first.handlers['appeals.autosave']({ id: appealId, content });
  await first.handlers['support.recordContact']({
    at: new Date().toISOString(),
    channel: 'chat',
    caseId: '1234567890',
    note: 'Asked which invoices Amazon needs.',
    notificationId: null,
    confirmed: false,
  });
  await first.stop();
  // A digest is recorded once a day is over; this folder's day is not, so it is recorded here.
  openDocumentStore({ ...digestSpec, dataDir: template, StoreClass: Conf }).write({
    lastSentDay: '2026-11-01',
    visitedDays: ['2026-10-31', '2026-11-01'],
  });
  // A reminder is recorded only once a deadline nears; one is recorded here the way it would be.
  openDocumentStore({ ...remindersSpec, dataDir: template, StoreClass: Conf }).write({
    raised: { 'n-with-deadline': { deadline: '2026-11-28T00:00:00.000Z', leadHours: 24 } },
  });
  // The second run opens each file cleanly, which is when its backup is taken.
  const second = open(template, secrets);
  await touchEveryStore(second);
  await second.stop();
});

afterAll(async () => {
  await amazon.close();
  for (const folder of [template, ...folders]) rmSync(folder, { recursive: true, force: true });
});

/** The store files by name; an account's memory is named after the account's id. */
const stores = [
  'settings',
  'summary',
  'digest',
  'inbox',
  'history',
  'appeals',
  'appeal-drafts',
  'accounts',
  'spapi-state-<account>',
  'demo',
  'support-contacts',
  'reminders',
];
const fileName = (store: string) => `${store.replace('<account>', accountId)}.json`;

const damages: [string, (good: string) => string][] = [
  ['corrupt', () => '\u0000\u00ff{{ not json at all'],
  ['truncated', (good) => good.slice(0, Math.floor(good.length / 2))],
  ['empty', () => ''],
  ['from a newer Flagwatch', (good) => good.replace(/"schemaVersion":\d+/, '"schemaVersion":99')],
];

describe('the seed folder', () => {
  it('holds every store file and its backup', () => {
    const files = readdirSync(template);
    for (const store of stores) {
      expect(files).toContain(fileName(store));
      expect(files).toContain(backupPathOf(fileName(store)));
    }
  });
});

describe.each(damages)('a %s store file', (_, damage) => {
  it.each(stores)('%s: moved aside, backup restored, user told, app running', async (store) => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'flagwatch-damage-'));
    folders.push(dataDir);
    cpSync(template, dataDir, { recursive: true });
    const file = path.join(dataDir, fileName(store));
    const backupBefore = readFileSync(backupPathOf(file), 'utf8');
    const damaged = damage(readFileSync(file, 'utf8'));
    writeFileSync(file, damaged);

    const app = open(dataDir);
    await touchEveryStore(app);
    const recoveries = await app.handlers['recoveries.get']({});
    expect(app.status().error).toBeNull();
    await app.stop();

    expect(recoveries).toEqual([
      { file, movedTo: expect.any(String), restoredFromBackup: true, message: expect.any(String) },
    ]);
    const [recovery] = recoveries;
    expect(recovery?.message).toMatch(/^Flagwatch could not use your .+ file because /);
    expect(readFileSync(recovery!.movedTo, 'utf8')).toBe(damaged);
    expect(readFileSync(backupPathOf(file), 'utf8')).toBe(backupBefore);
    // The file in use again is a good store file (the app may have written to it since).
    const inUse = JSON.parse(readFileSync(file, 'utf8')) as { schemaVersion: number; document: unknown };
    expect(inUse.schemaVersion).toBe((JSON.parse(backupBefore) as { schemaVersion: number }).schemaVersion);
    expect(inUse.document).toBeTypeOf('object');
  });
});
