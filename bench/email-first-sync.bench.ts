// Target: the first sync of a mailbox of 10,000 messages, 200 of them Amazon notices, from a real
// IMAP server on loopback takes ≤ 30 s, with peak memory reported and bounded (bodies are fetched
// in batches within a byte budget, never the whole mailbox at once).
// Run: npx tsx bench/email-first-sync.bench.ts   (needs Debian's dovecot-imapd and openssl)
import { systemClock } from '../main/adapters/clock/system-clock';
import type { DocumentStore } from '../main/app/ports';
import { createEmailSource, emptyEmailSourceState, type EmailSourceState } from '../main/sources/email';
import { mailboxOn, startDovecot, testPassword } from '../tests/main/sources/email/support/dovecot';
import { recordingNotices } from '../tests/main/sources/email/support/fake-notices';
import { noticeMessage } from '../tests/main/sources/email/support/seed-messages';

const total = 10_000;
const notices = 200;
const targetMs = 30_000;

/** An ordinary mail of a few kilobytes: order confirmations, newsletters, replies. */
function ordinaryMail(i: number): string {
  const paragraph = `Thank you for your order ${i}. Your parcel ships soon; track it in your account. `.repeat(
    20 + (i % 40),
  );
  return [
    `From: Shop ${i % 97} <orders@shop${i % 97}.example>`,
    'To: seller@example.com',
    `Subject: Order ${i} confirmed`,
    'Date: Fri, 20 Nov 2026 07:00:00 +0000',
    `Message-ID: <order-${i}@shop.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    paragraph,
    '',
  ].join('\n');
}

const server = await startDovecot();
try {
  const every = Math.floor(total / notices);
  for (let i = 0; i < total; i += 1) {
    const folder = i % 20 === 19 ? 'Junk' : 'INBOX';
    const raw = i % every === 0 ? noticeMessage({ asin: `B0${String(i).padStart(8, '0')}` }) : ordinaryMail(i);
    server.deliver(folder, raw);
  }

  let value: EmailSourceState = structuredClone(emptyEmailSourceState);
  const state: DocumentStore<EmailSourceState> = { read: () => value, write: (next) => (value = next) };
  const recorded = recordingNotices();
  const source = createEmailSource({
    config: mailboxOn(server, { id: 'bench', accountId: 'bench' }),
    secrets: { get: async () => testPassword, set: async () => undefined, delete: async () => undefined },
    state,
    notices: recorded,
    clock: systemClock,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    connection: { trustedCertificates: [server.certificate] },
  });

  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const tallies = await source.syncOnce();
  const elapsed = performance.now() - started;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const read = tallies.reduce((sum, t) => sum + t.read, 0);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`messages read: ${read}, notices handed over: ${recorded.added.length} of ${notices}`);
  console.log('| scenario | time | target | verdict | RSS before | peak RSS |');
  console.log(
    `| first sync, ${total} messages, ${notices} notices, TLS on loopback | ${(elapsed / 1000).toFixed(1)} s | ≤ ${targetMs / 1000} s | ${
      elapsed <= targetMs && recorded.added.length === notices ? 'meets' : 'MISSES'
    } | ${mb(rssBefore)} | ${mb(peakRss)} |`,
  );
} finally {
  await server.stop();
}
