// Reads a report fixture from tests/fixtures/spapi/ (see its README for where each comes from).
import { readFileSync } from 'node:fs';

export type ReportFixture =
  'official-example' | 'observed-de' | 'at-risk-deactivated' | 'warned-unknown-enums' | 'sparse' | 'three-marketplaces';

export function reportFixture(name: ReportFixture): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../../fixtures/spapi/${name}.json`, import.meta.url), 'utf8'));
}
