// `flagwatch notice parse` in-process: the fields in the reader's language or as JSON with fixed
// keys, the exit codes, standard input. The built bin is run in tests/e2e/notice.spec.ts.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliHost } from '../../../main/node/cli-host';
import { runCli } from '../../../main/node/run-cli';

const fixtures = fileURLToPath(new URL('../../fixtures/notices/', import.meta.url));
const now = new Date('2026-11-20T10:00:00.000Z');

/** Only what `notice parse` uses is real; the rest would fail loudly if it were used. */
function testHost(env: Record<string, string> = { LANG: 'en_US.UTF-8', TZ: 'UTC' }, stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const unused = () => {
    throw new Error('notice parse must not use this');
  };
  const host = {
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
    env,
    platform: 'linux',
    home: '/nonexistent',
    rendererDir: '/nonexistent',
    clock: { now: () => now, schedule: unused },
    logger: { info: unused, warn: unused, error: unused },
    desktopNotifier: { show: unused },
    stopRequested: unused,
    onSleepSignal: unused,
    ...(stdin === undefined ? {} : { readStdin: () => Promise.resolve(stdin) }),
  } as unknown as CliHost;
  return { host, out, err };
}

describe('flagwatch notice parse', () => {
  it('prints the JSON keys scripts rely on, and nothing else, exiting 0', async () => {
    const t = testHost();
    expect(await runCli(['notice', 'parse', `${fixtures}de-produktfaelschung.txt`, '--json'], t.host)).toBe(0);
    expect(t.err).toEqual([]);
    const json = JSON.parse(t.out.join('\n'));
    expect(Object.keys(json)).toEqual([
      'title',
      'metricGroup',
      'policy',
      'asins',
      'deadline',
      'deadlineText',
      'requiredAction',
      'language',
      'links',
      'deadlineDay',
    ]);
    expect(json).toMatchObject({
      metricGroup: 'policy-compliance',
      asins: ['B0C9XZ4LQ1', 'B0BRW27MN8'],
      deadline: '2026-12-07T10:00:00.000Z',
      deadlineText: 'innerhalb von 17 Tagen',
      language: 'de',
    });
  });

  it('counts periods from --received', async () => {
    const t = testHost();
    const file = `${fixtures}ja-shinsei.txt`;
    expect(await runCli(['notice', 'parse', file, '--json', '--received', '2026-11-01T00:00:00Z'], t.host)).toBe(0);
    expect(JSON.parse(t.out.join('\n')).deadline).toBe('2026-11-08T00:00:00.000Z');
  });

  it('prints the fields with labels in Chinese under LANG=zh_CN, Amazon’s words as written', async () => {
    const t = testHost({ LANG: 'zh_CN.UTF-8' });
    expect(await runCli(['notice', 'parse', `${fixtures}en-policy-warning-single-paragraph.txt`], t.host)).toBe(0);
    const output = t.out.join('\n');
    expect(output).toContain('标题: Policy Warning: We removed the listing B0B5JN6Y2Q');
    expect(output).toContain('指标类别: 政策合规性');
    // A stated date is given as its day: where the day ends depends on the marketplace.
    expect(output).toContain('截止时间: 2026年11月30日 (原文：by November 30, 2026)');
    expect(output).toContain('通知的语言: 英语');
  });

  it('says "none" for what the notice does not state', async () => {
    const t = testHost();
    expect(await runCli(['notice', 'parse', `${fixtures}en-late-shipment-no-deadline.txt`], t.host)).toBe(0);
    expect(t.out.join('\n')).toContain('Deadline: (none)');
  });

  it('reads standard input with -', async () => {
    const t = testHost(undefined, 'Policy Warning\n\nWe removed B0B5JN6Y2Q.');
    expect(await runCli(['notice', 'parse', '-', '--json'], t.host)).toBe(0);
    expect(JSON.parse(t.out.join('\n')).asins).toEqual(['B0B5JN6Y2Q']);
  });

  it('exits 1 with the reason when the text is not a performance notice', async () => {
    const t = testHost();
    expect(await runCli(['notice', 'parse', `${fixtures}not-a-notice-order.txt`, '--json'], t.host)).toBe(1);
    expect(t.out).toEqual([]);
    expect(t.err).toEqual([
      'flagwatch notice parse: Not a performance notification: This text does not look like an Amazon performance notification.',
    ]);
  });

  it('exits 1 when the file cannot be read', async () => {
    const t = testHost();
    expect(await runCli(['notice', 'parse', `${fixtures}missing.txt`], t.host)).toBe(1);
    expect(t.err[0]).toMatch(/Could not read .*missing\.txt: no such file/);
  });

  it.each([
    [['notice']],
    [['notice', 'read', 'x']],
    [['notice', 'parse']],
    [['notice', 'parse', 'a', 'b']],
    [['notice', 'parse', 'a', '--bogus']],
    [['notice', 'parse', 'a', '--received', 'soon']],
  ])('exits 2 with the usage for %j', async (argv) => {
    const t = testHost();
    expect(await runCli(argv, t.host)).toBe(2);
    expect(t.err.join('\n')).toContain('Usage: flagwatch notice parse FILE|- [options]');
  });

  it('prints its help with --help, exiting 0', async () => {
    const t = testHost();
    expect(await runCli(['notice', 'parse', '--help'], t.host)).toBe(0);
    expect(t.out.join('\n')).toContain('--received DATE');
  });
});
