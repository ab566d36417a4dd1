// An email source as a host opens it: the real notice parser, the reading progress in its own
// file of the data folder, against a real Dovecot on loopback. Amazon's notice arrives with its
// ASINs and deadline; the order mail next to it does not; a second opening reads nothing again.
import Conf from 'conf';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemClock } from '../../../main/adapters/clock/system-clock';
import type { NoticeIntake, NoticeOrigin } from '../../../main/app/notice-intake';
import type { Secrets } from '../../../main/app/ports';
import { mailboxSecretKey } from '../../../main/core/mailbox/mailbox-config';
import type { ParsedNotice } from '../../../main/core/notice/parse-notice';
import { emailSourceStateSpec, openEmailSource, removeEmailSourceState } from '../../../main/compose/open-email-source';
import { mailboxOn, startDovecot, testPassword, type DovecotServer } from '../sources/email/support/dovecot';
import { plainTextMail } from '../sources/email/support/seed-messages';

let server: DovecotServer;
let dataDir: string;

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../../fixtures/notices', name), 'utf8');

beforeAll(async () => {
  server = await startDovecot();
  dataDir = mkdtempSync(path.join(tmpdir(), 'flagwatch-email-compose-'));
  server.deliver(
    'Junk',
    plainTextMail({
      from: 'Amazon <seller-notification@amazon.com>',
      subject: 'Policy Warning',
      body: fixture('en-policy-warning-single-paragraph.txt'),
      messageId: 'pw.1@amazon.com',
    }),
  );
  server.deliver(
    'INBOX',
    plainTextMail({
      from: 'Shop <orders@shop.example>',
      subject: 'Your order',
      body: fixture('not-a-notice-order.txt'),
      messageId: 'o.1@x',
    }),
  );
}, 30_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function open(intake: NoticeIntake) {
  const config = mailboxOn(server, { id: 'box/1' });
  const values: Record<string, string> = { [mailboxSecretKey(config.id)]: testPassword };
  const secrets: Secrets = {
    get: async (key) => values[key],
    set: async () => undefined,
    delete: async () => undefined,
  };
  return openEmailSource(
    { dataDir, StoreClass: Conf },
    {
      config,
      secrets,
      intake,
      clock: systemClock,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      connection: { trustedCertificates: [server.certificate] },
    },
  );
}

it('hands the parsed notice to the intake, keeps its progress in its own file, and changes no mail', async () => {
  const before = server.digest();
  const added: { notice: ParsedNotice; origin: NoticeOrigin }[] = [];
  const intake: NoticeIntake = {
    add: async (notice, origin) => {
      added.push({ notice, origin });
      return { id: 'n1', created: true, linked: false };
    },
  };
  await open(intake).syncOnce();
  expect(added).toHaveLength(1);
  expect(added[0]!.notice.asins).toEqual(['B0B5JN6Y2Q']);
  expect(added[0]!.notice.deadline).toMatch(/^2026-11-30/);
  expect(added[0]!.origin).toMatchObject({ kind: 'email', accountId: 'acc1', marketplaceId: 'ATVPDKIKX0DER' });

  const file = path.join(dataDir, `${emailSourceStateSpec('box/1').name}.json`);
  expect(path.basename(file)).toBe('email-state-box_1.json');
  expect(existsSync(file)).toBe(true);
  const tallies = await open(intake).syncOnce();
  expect(tallies.map((t) => t.read)).toEqual([0, 0]);
  expect(server.digest()).toBe(before);

  removeEmailSourceState({ dataDir }, 'box/1');
  expect(existsSync(file)).toBe(false);
}, 30_000);
