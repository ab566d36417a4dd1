// Crash safety: `flagwatch serve` is killed (SIGKILL, no chance to clean up) at random moments
// while it writes as fast as a client can make it, again and again on one data folder. After
// every kill each store file still parses, nothing is moved aside as damaged, and every change
// the host had acknowledged is there. The writes: settings, new appeals and their autosaves, and
// Seller Support contacts; meanwhile the demo, at high speed, writes the inbox, the history and
// the deadline reminders it raises.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { connectContractClient, type ContractClient } from './support/contract-client';
import { startFlagwatch, type FlagwatchProcess } from './support/flagwatch-process';
import { expect, test } from './support/test';

const kills = 50;

/** Writes until the host dies; returns what the host acknowledged. */
async function writeUntilKilled(
  client: ContractClient,
  interval: { value: number },
  appeals: Set<string>,
  contacts: Set<string>,
) {
  for (;;) {
    try {
      const next = (interval.value % 600) + 1;
      await client.api.invoke('settings.update', { pollIntervalMinutes: next });
      interval.value = next;
      const { appeal } = await client.api.invoke('appeals.create', { language: 'en' });
      appeals.add(appeal.id);
      await client.api.invoke('appeals.autosave', {
        id: appeal.id,
        content: { ...appeal.versions[0]!.content, rootCauses: [{ id: 'rc', text: 'x'.repeat(2_000), why: [] }] },
      });
      const caseId = `case-${appeals.size}-${Math.random().toString(36).slice(2)}`;
      const logged = await client.api.invoke('support.recordContact', {
        at: new Date().toISOString(),
        channel: 'phone',
        caseId,
        note: 'Asked about the appeal.',
        notificationId: null,
        confirmed: false,
      });
      if (logged.recorded) contacts.add(caseId);
    } catch {
      return;
    }
  }
}

test(`the host killed ${kills} times in the middle of writes loses nothing it acknowledged`, async ({
  dataDir,
  stopAfter,
}) => {
  test.setTimeout(180_000);
  const acknowledged = { value: 30 };
  const appeals = new Set<string>();
  const contacts = new Set<string>();
  const start = async () => stopAfter(await startFlagwatch({ dataDir, demoSpeed: 3600 }));
  let host: FlagwatchProcess = await start();

  for (let kill = 0; kill < kills; kill++) {
    const client = await connectContractClient(host.pageUrl);
    // What the last run acknowledged is all there, and no store was found damaged.
    expect(await client.api.invoke('recoveries.get', {})).toEqual([]);
    const settings = await client.api.invoke('settings.get', {});
    // The change in flight at the kill may or may not have landed; every earlier one has.
    expect([acknowledged.value, (acknowledged.value % 600) + 1]).toContain(settings.pollIntervalMinutes);
    acknowledged.value = settings.pollIntervalMinutes;
    const saved = new Set((await client.api.invoke('appeals.list', {})).map((a) => a.id));
    for (const id of appeals) expect(saved.has(id), `appeal ${id}`).toBe(true);
    const logged = new Set((await client.api.invoke('support.contacts', {})).map((c) => c.caseId));
    for (const caseId of contacts) expect(logged.has(caseId), `contact ${caseId}`).toBe(true);

    const writing = writeUntilKilled(client, acknowledged, appeals, contacts);
    await new Promise((resolve) => setTimeout(resolve, 30 + Math.random() * 300));
    await host.kill();
    await writing;
    client.close();
    await expectEveryStoreParses(dataDir);
    host = await start();
  }
  expect(appeals.size).toBeGreaterThan(kills);
  expect(contacts.size).toBeGreaterThan(kills / 2);
  await host.stop();
  // The stores written on the way, the new ones included, were there to be killed mid-write.
  expect(await readdir(dataDir)).toEqual(
    expect.arrayContaining(['settings.json', 'appeals.json', 'support-contacts.json', 'inbox.json', 'reminders.json']),
  );
});

async function expectEveryStoreParses(dataDir: string): Promise<void> {
  const files = await readdir(dataDir);
  expect(files.filter((f) => /corrupt|damaged|\.bad/i.test(f))).toEqual([]);
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    const text = await readFile(path.join(dataDir, file), 'utf8');
    expect(() => JSON.parse(text), file).not.toThrow();
  }
}
