import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../main/node/run-cli';
import type { CliHost } from '../../../main/node/cli-host';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'flagwatch-appeal-'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Only what `appeal check` uses is real; the rest would fail loudly if it were used. */
function testHost(env: Record<string, string> = { LANG: 'en_US.UTF-8' }) {
  const out: string[] = [];
  const err: string[] = [];
  const unused = () => {
    throw new Error('appeal check must not use this');
  };
  const host = {
    out: (text: string) => out.push(text),
    err: (text: string) => err.push(text),
    env,
    platform: 'linux',
    home: root,
    rendererDir: root,
    clock: { now: unused },
    logger: { info: unused, warn: unused, error: unused },
    desktopNotifier: { show: unused },
    stopRequested: unused,
  } as unknown as CliHost;
  return { host, out, err };
}

async function planFile(name: string, text: string): Promise<string> {
  const file = path.join(root, name);
  await writeFile(file, text);
  return file;
}

const plan = 'Root causes\r\n1. It was human error.\r\n\r\nActions taken\r\n1. We will train the team.\r\n';

describe('flagwatch appeal check', () => {
  it('prints findings with rule, line, column and suggestion, and the readiness, exiting 0', async () => {
    const file = await planFile('plan.txt', plan);
    const t = testHost();
    expect(await runCli(['appeal', 'check', file], t.host)).toBe(0);
    expect(t.err).toEqual([]);
    const [output] = t.out;
    expect(output).toMatch(/^Readiness: Not ready\n/);
    expect(output).toContain('  Preventive measures: Add at least one preventive measure');
    expect(output).toContain('- vague-root-cause at line 2, column 11: “human error” does not say what went wrong');
    expect(output).toContain(
      '- future-only-actions at line 5, column 4: This action is a promise (“We will”), not something already done',
    );
    expect(output).toContain('  Suggestion: Describe what you have done');
  });

  it('prints JSON with UTF-16 offsets into the plan as read (line ends made LF)', async () => {
    const file = await planFile('plan-json.txt', plan);
    const t = testHost();
    expect(await runCli(['appeal', 'check', file, '--json', '--asins', 'B0AAAAAAAA, B0BBBBBBBB'], t.host)).toBe(0);
    const result = JSON.parse(t.out[0]!) as {
      findings: { rule: string; start: number; end: number; message: string; suggestion: string }[];
      readiness: { overall: string };
    };
    const normalised = plan.replace(/\r\n/g, '\n');
    const vague = result.findings.find((f) => f.rule === 'vague-root-cause')!;
    expect(normalised.slice(vague.start, vague.end)).toBe('human error');
    expect(Object.keys(vague)).toEqual(['rule', 'start', 'end', 'message', 'suggestion']);
    expect(result.findings.filter((f) => f.rule === 'asin-not-addressed').map((f) => f.message)).toEqual([
      'ASIN B0AAAAAAAA from the notification is not mentioned',
      'ASIN B0BBBBBBBB from the notification is not mentioned',
    ]);
    expect(result.readiness.overall).toBe('not-ready');
  });

  it('warns about a near copy of a plan given with --previous', async () => {
    const file = await planFile('again.txt', plan);
    const previous = await planFile('before.txt', plan.toUpperCase());
    const t = testHost();
    expect(await runCli(['appeal', 'check', file, '--previous', previous, '--json'], t.host)).toBe(0);
    expect(JSON.parse(t.out[0]!).findings.map((f: { rule: string }) => f.rule)).toContain('near-copy');
  });

  it('speaks Chinese when LANG says so', async () => {
    const file = await planFile('zh.txt', '根本原因\n1. 人为失误。\n');
    const t = testHost({ LANG: 'zh_CN.UTF-8' });
    expect(await runCli(['appeal', 'check', file], t.host)).toBe(0);
    expect(t.out[0]).toMatch(/^就绪程度：尚未就绪\n/);
    expect(t.out[0]).toContain('vague-root-cause（第 2 行第 4 列）：“人为失误”没有说明具体哪里出了问题');
  });

  it('says when nothing is found', async () => {
    const file = await planFile(
      'empty-ok.txt',
      Array.from({ length: 130 }, (_, i) => `On 2026-03-0${(i % 9) + 1} we removed ${i} units.`).join(' '),
    );
    const t = testHost();
    expect(await runCli(['appeal', 'check', file], t.host)).toBe(0);
    expect(t.out[0]).toBe('Readiness: Ready\n\nNo findings.');
  });

  it('exits 1 with one clear line when a file cannot be read', async () => {
    const t = testHost();
    const missing = path.join(root, 'nope.txt');
    expect(await runCli(['appeal', 'check', missing], t.host)).toBe(1);
    expect(t.out).toEqual([]);
    expect(t.err).toEqual([`flagwatch appeal check: cannot read ${missing}: no such file`]);
    const file = await planFile('ok.txt', plan);
    const t2 = testHost();
    expect(await runCli(['appeal', 'check', file, '--previous', missing], t2.host)).toBe(1);
  });

  it('exits 2 on a wrong command line, with the usage', async () => {
    for (const argv of [
      ['appeal'],
      ['appeal', 'check'],
      ['appeal', 'write'],
      ['appeal', 'check', 'a', 'b'],
      ['appeal', 'check', 'a', '--bogus'],
    ]) {
      const t = testHost();
      expect(await runCli(argv, t.host), argv.join(' ')).toBe(2);
      expect(t.err[0]).toMatch(/^flagwatch appeal: .+\n\nUsage: flagwatch appeal check FILE/);
    }
  });

  it('prints its help and exits 0', async () => {
    const t = testHost();
    expect(await runCli(['appeal', 'check', '--help'], t.host)).toBe(0);
    expect(t.out[0]).toMatch(/^Usage: flagwatch appeal check FILE/);
  });
});
