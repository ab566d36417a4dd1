// The electronegativity step of CI: offline, it passes on the project's Electron code and fails,
// naming each finding, on a window made the unsafe way.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const wrapper = path.join(root, 'scripts', 'electronegativity.mjs');

function scan(...inputs: string[]) {
  const result = spawnSync(process.execPath, [wrapper, ...inputs], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('scripts/electronegativity.mjs', () => {
  it("passes on the project's Electron host, preload and page", () => {
    const { status, out, err } = scan();
    expect(err).toBe('');
    expect(out).toMatch(/^electronegativity: \d+ findings, 0 failing HIGH, 0 files not scanned$/m);
    expect(status).toBe(0);
  });

  it('fails on a window without isolation or navigation limits, naming each HIGH finding', () => {
    const { status, out, err } = scan('tests/lint/fixtures/electronegativity');
    expect(status).toBe(1);
    expect(out).toContain('2 failing HIGH');
    expect(err.split('\n').filter(Boolean)).toEqual([
      'HIGH finding not listed as a false positive: LIMIT_NAVIGATION_GLOBAL_CHECK at N/A:0',
      'HIGH finding not listed as a false positive: CONTEXT_ISOLATION_JS_CHECK at electronegativity/unsafe-window.ts:6',
    ]);
  });
});
