// The commands added since the first contract fuzzing (notices, metric history, exports, the
// host, backups, Seller Support) get payloads close to valid ones: a valid payload with one part
// replaced by anything, removed, added to, or made hostile text. Random payloads (as in
// dispatch.fuzz.test.ts) are refused at the door; these reach the handlers. Every answer is an
// envelope; a refused payload is refused plainly, naming the command; an accepted one answers
// what the contract says, or fails in words, never with a program error.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDataFolder } from '../../../main/adapters/store/data-folder';
import { dispatchCommand } from '../../../main/app/dispatch';
import { createFlagwatchApp } from '../../../main/app/service';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { parseNotice } from '../../../main/core/notice/parse-notice';
import { commands, type CommandName } from '../../../preload/contract';
import { US } from '../../support/fixtures';
import { receivedAt, sampleNotice } from '../core/notice/fixtures';
import { testAppDependencies } from '../../support/app-dependencies';
import { expectEnvelopeRefusingInvalid } from './support/envelope-checks';

const english = translatorFor('en');
const dataDir = mkdtempSync(path.join(tmpdir(), 'flagwatch-fuzz-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const folder = createDataFolder({ dataDir, appVersion: '1.0.0' });
const parsed = parseNotice({ text: sampleNotice('en-inauthentic-listings-removed'), receivedAt });
if (!parsed.ok) throw new Error('the sample notice no longer parses');

/** One valid payload per command under test. */
const valid: Partial<Record<CommandName, unknown>> = {
  'notice.parse': { text: sampleNotice('en-account-deactivated') },
  'notice.add': { notice: parsed.notice, accountId: 'acct-1', marketplaceId: US },
  'metrics.history': { accountId: 'acct-1', marketplaceId: US, metric: 'orderDefectRate', days: 30 },
  'appeals.export': { id: 'appeal-1', format: 'md' },
  'host.get': {},
  'backup.create': {},
  'backup.restore': { text: folder.backup(new Date('2026-11-26T19:30:00.000Z')).text },
  'support.recordContact': {
    at: '2026-11-26T19:30:00.000Z',
    channel: 'chat',
    caseId: '1234567890',
    note: 'Asked about the appeal.',
    notificationId: null,
    confirmed: false,
  },
  'support.caseSummary': { notificationId: 'n_1' },
  'support.contacts': {},
  'today.get': {},
};
const names = Object.keys(valid) as CommandName[];

const hostileText = fc.constantFrom(
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'https://sellercentral.amazon.com.evil.example/',
  '\u0000',
  '\ud800',
  '\u202e',
  'x'.repeat(20_000),
  '',
  '__proto__',
  'constructor',
);

/** Every place in a JSON value a mutation can reach: [] is the whole value. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...at, key]))];
}

type Mutation =
  | { kind: 'none' }
  | { kind: 'replace'; with: unknown }
  | { kind: 'remove' }
  | { kind: 'add'; key: string; value: unknown }
  | { kind: 'hostile'; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.anything({ maxDepth: 2, withNullPrototype: true }).map((v) => ({ kind: 'replace' as const, with: v })),
  fc.constant({ kind: 'remove' as const }),
  fc
    .tuple(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 }))
    .map(([key, value]) => ({ kind: 'add' as const, key, value })),
  hostileText.map((text) => ({ kind: 'hostile' as const, text })),
);

function mutated(payload: unknown, where: number, change: Mutation): unknown {
  const copy = structuredClone(payload);
  const paths = pathsOf(copy);
  const target = paths[where % paths.length]!;
  if (change.kind === 'none') return copy;
  if (target.length === 0) {
    if (change.kind === 'replace') return change.with;
    if (change.kind === 'hostile') return change.text;
    if (change.kind === 'add' && copy && typeof copy === 'object')
      (copy as Record<string, unknown>)[change.key] = change.value;
    return copy;
  }
  const parent = target
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy) as Record<string | number, unknown>;
  const key = target.at(-1)!;
  if (change.kind === 'replace') parent[key] = change.with;
  else if (change.kind === 'remove') delete parent[key];
  else if (change.kind === 'hostile') parent[key] = change.text;
  else if (parent[key] && typeof parent[key] === 'object')
    (parent[key] as Record<string, unknown>)[change.key] = change.value;
  return copy;
}

const programError =
  /TypeError|ReferenceError|RangeError|Cannot read propert|is not a function|is not iterable|undefined|\[object Object\]/;

describe('the newer commands under fuzzing', () => {
  it('answer 10,000 near-valid payloads with an envelope: refused plainly, or answered as the contract says', async () => {
    const { handlers } = createFlagwatchApp(testAppDependencies({ dataFolder: folder }));
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.nat(), mutation, async (command, where, change) => {
        const request = mutated(valid[command], where, change);
        const envelope = await dispatchCommand(handlers, command, request, english);
        if (expectEnvelopeRefusingInvalid(command, request, envelope)) return;
        reached.add(command);
        if (envelope.ok) {
          expect(commands[command].response.safeParse(envelope.value).success, command).toBe(true);
          return;
        }
        expect(['failed', 'not-found']).toContain(envelope.error.code);
        expect(envelope.error.message).not.toBe('');
        expect(envelope.error.message).not.toMatch(programError);
      }),
      { numRuns: 10_000, interruptAfterTimeLimit: 60_000, seed: 20261127 },
    );
    // Every command's handler was reached, not only its schema.
    expect([...reached].sort()).toEqual([...names].sort());
  }, 90_000);
});
