// Hostile or broken report documents: anything at all, and Amazon's own example with random parts
// replaced. Parsing either gives a report whose snapshot passes the domain schema, or refuses
// with a ReportFormatError; nothing else is ever thrown.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../../../main/core/i18n/catalogues';
import { SnapshotSchema } from '../../../../../main/core/schema';
import { parseReport, ReportFormatError, reportToSnapshot } from '../../../../../main/sources/spapi';

const example: unknown = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../../../fixtures/spapi/official-example.json'), 'utf8'),
);

/** Every path to a value inside a JSON document. */
function paths(value: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [at];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [at, ...entries.flatMap(([key, child]) => paths(child, [...at, key]))];
}
const examplePaths = paths(example);

function replaced(document: unknown, at: Array<string | number>, value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[at.at(-1)!] = value;
  return copy;
}

function parsesOrRefuses(document: unknown): void {
  let report;
  try {
    report = parseReport(document);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportFormatError);
    return;
  }
  const snapshot = reportToSnapshot(report, {
    accountId: 'acct-1',
    at: '2026-11-02T09:00:00.000Z',
    translator: translatorFor('en'),
  });
  expect(
    SnapshotSchema.safeParse({ source: 'spapi', takenAt: '2026-11-02T09:00:00.000Z', accounts: [], ...snapshot })
      .success,
  ).toBe(true);
}

describe('parseReport under fuzzing', () => {
  it('parses or refuses 10,000 arbitrary documents', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 5, withNullPrototype: true }), (document) => parsesOrRefuses(document)),
      { numRuns: 10_000, interruptAfterTimeLimit: 30_000 },
    );
  }, 60_000);

  it("parses or refuses 10,000 variants of Amazon's own example with a part replaced", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...examplePaths),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.double(), fc.string()),
        (at, value) => parsesOrRefuses(replaced(example, at, value)),
      ),
      { numRuns: 10_000, interruptAfterTimeLimit: 30_000 },
    );
  }, 60_000);
});
