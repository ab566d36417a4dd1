import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../main/core/i18n/catalogues';
import { DEFAULT_PORT, parseCommandLine, UsageError } from '../../../main/node/args';

const DATA_DIR = '/home/me/.local/share/flagwatch';
const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const parse = (...argv: string[]) => parseCommandLine(argv, DATA_DIR, en);

function usageError(argv: string[], t = en): UsageError {
  try {
    parseCommandLine(argv, DATA_DIR, t);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`expected a usage error for ${argv.join(' ')}`);
}

describe('parseCommandLine', () => {
  it('gives serve its defaults: port 4780, the demo source, the default data folder', () => {
    expect(DEFAULT_PORT).toBe(4780);
    expect(parse('serve')).toEqual({
      command: 'serve',
      options: { port: 4780, source: 'demo', dataDir: undefined, demoSeed: undefined, demoSpeed: undefined },
    });
  });

  it('reads every serve option, in both --name value and --name=value forms', () => {
    expect(
      parse('serve', '--port', '0', '--data-dir', '/tmp/fw', '--source=demo', '--demo-speed', '3600', '--demo-seed=42'),
    ).toEqual({
      command: 'serve',
      options: { port: 0, dataDir: '/tmp/fw', source: 'demo', demoSpeed: 3600, demoSeed: 42 },
    });
    expect(parse('serve', '--demo-speed', '0.5')).toMatchObject({ options: { demoSpeed: 0.5 } });
  });

  it('reads check and its --json switch', () => {
    expect(parse('check')).toMatchObject({ command: 'check', options: { json: false, source: 'demo' } });
    expect(parse('check', '--json', '--demo-seed', '7')).toMatchObject({
      command: 'check',
      options: { json: true, demoSeed: 7 },
    });
  });

  it('reads check --timeout as whole minutes from 1 to 120, and leaves it out when not given', () => {
    expect(parse('check', '--timeout', '1')).toMatchObject({ options: { timeoutMinutes: 1 } });
    expect(parse('check', '--timeout=120')).toMatchObject({ options: { timeoutMinutes: 120 } });
    expect((parse('check') as { options: object }).options).not.toHaveProperty('timeoutMinutes');
    for (const bad of ['0', '121', '1.5', 'soon', '-3']) {
      expect(usageError(['check', `--timeout=${bad}`]).message).toBe(
        `--timeout must be a whole number of minutes from 1 to 120, not "${bad}"`,
      );
    }
    expect(usageError(['serve', '--timeout=5']).message).toBe("unknown option '--timeout'");
  });

  it('answers --help with the help of the command asked about, naming its options and the default data folder', () => {
    const serveHelp = parse('serve', '--help');
    expect(serveHelp.command).toBe('help');
    const serveText = (serveHelp as { text: string }).text;
    expect(serveText).toMatch(/^Usage: flagwatch serve/);
    expect(serveText).toContain('--port N');
    expect(serveText).toContain(`(default: ${DATA_DIR})`);
    const checkText = (parse('check', '-h') as { text: string }).text;
    expect(checkText).toMatch(/^Usage: flagwatch check/);
    expect(checkText).toContain('--json');
    expect(checkText).toContain('raises no desktop notifications');
    expect(checkText).not.toContain('--port');
    for (const argv of [['--help'], ['-h'], ['help']]) {
      expect((parse(...argv) as { text: string }).text).toMatch(/^Usage: flagwatch <command>/);
    }
  });

  it('refuses a missing or unknown command with the general usage', () => {
    expect(usageError([])).toMatchObject({
      message: 'missing command',
      usage: expect.stringMatching(/^Usage: flagwatch <command>/),
    });
    expect(usageError(['start'])).toMatchObject({
      message: 'unknown command "start"',
      usage: expect.stringMatching(/^Usage: flagwatch <command>/),
    });
    expect(usageError(['--port', '1'])).toMatchObject({ message: "unknown option '--port'" });
  });

  it("refuses unknown options, missing values and stray arguments with that command's usage", () => {
    const cases: Array<[string[], string]> = [
      [['serve', '--prot', '1'], "unknown option '--prot'"],
      [['serve', '--json'], "unknown option '--json'"],
      [['check', '--port', '1'], "unknown option '--port'"],
      [['serve', '--port'], "option '--port <value>' argument missing"],
      [['check', 'now'], "unexpected argument 'now'"],
      [['check', '--json=yes'], "option '--json' does not take an argument"],
    ];
    for (const [argv, message] of cases) {
      const error = usageError(argv);
      expect(error.message, argv.join(' ')).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(error.usage).toMatch(new RegExp(`^Usage: flagwatch ${argv[0]}`));
    }
  });

  it('refuses values out of range, saying what is expected', () => {
    for (const port of ['-1', '65536', 'http', '80.5', '']) {
      expect(usageError(['serve', `--port=${port}`]).message).toBe(
        `--port must be a whole number from 0 to 65535, not "${port}"`,
      );
    }
    for (const speed of ['0', '10001', 'fast', '-2', '1e3']) {
      expect(usageError(['serve', `--demo-speed=${speed}`]).message).toBe(
        `--demo-speed must be a number above 0 and at most 10000, not "${speed}"`,
      );
    }
    expect(usageError(['check', '--demo-seed=-3']).message).toBe(
      '--demo-seed must be a whole number of 0 or more, not "-3"',
    );
    expect(usageError(['check', '--data-dir', ' ']).message).toBe('--data-dir must not be empty');
  });

  it('refuses an unknown source, listing the known ones', () => {
    expect(usageError(['check', '--source', 'imap']).message).toBe(
      'unknown source "imap": choose one of demo, none, spapi',
    );
  });
});

describe('parseCommandLine in Simplified Chinese', () => {
  it('gives the help texts in Chinese, with option names and the data folder as they are', () => {
    const text = (parseCommandLine(['check', '--help'], DATA_DIR, zh) as { text: string }).text;
    expect(text).toMatch(/^用法：flagwatch check \[选项\]/);
    expect(text).toContain('--json            以 JSON 打印 {groups: [{group, label, unread, notifications}], badge}');
    expect(text).toContain(`（默认：${DATA_DIR}）`);
  });

  it('names each mistake in Chinese', () => {
    expect(usageError([], zh).message).toBe('缺少命令');
    expect(usageError(['start'], zh).message).toBe('未知命令“start”');
    expect(usageError(['serve', '--prot', '1'], zh).message).toBe('未知选项“--prot”');
    expect(usageError(['serve', '--port'], zh).message).toBe('选项“--port <value>”缺少值');
    expect(usageError(['check', '--json=yes'], zh).message).toBe('选项“--json”不接受值');
    expect(usageError(['check', 'now'], zh).message).toBe('多余的参数“now”');
    expect(usageError(['serve', '--port=http'], zh).message).toBe(
      '--port 必须是介于 0 到 65535 之间的整数，而不是“http”',
    );
    expect(usageError(['check', '--source', 'imap'], zh).message).toBe('未知来源“imap”：请从 demo, none, spapi 中选择');
    expect(usageError(['check', '--data-dir', ' '], zh).usage).toMatch(/^用法：flagwatch check/);
  });
});

describe('parseCommandLine: digest and the simulated clock', () => {
  it('reads digest with --json and --data-dir, and nothing about sources', () => {
    expect(parse('digest')).toEqual({ command: 'digest', options: { json: false, dataDir: undefined } });
    expect(parse('digest', '--json', '--data-dir', '/tmp/fw')).toEqual({
      command: 'digest',
      options: { json: true, dataDir: '/tmp/fw' },
    });
    expect(usageError(['digest', '--source', 'demo']).message).toBe("unknown option '--source'");
  });

  it('gives digest its own help, naming the JSON keys', () => {
    const help = parse('digest', '--help') as { text: string };
    expect(help.text).toContain('Usage: flagwatch digest');
    expect(help.text).toContain(
      '{generatedAt, groups: [{group, open, unread}], mostUrgent, nearTarget, awaitingAnswer, allClear}',
    );
    expect(help.text).toContain(DATA_DIR);
  });

  it('runs serve on a simulated clock from --clock-start, at --clock-speed', () => {
    expect(parse('serve', '--clock-start', '2026-11-02T08:30:00+08:00', '--clock-speed', '3600')).toMatchObject({
      options: { clock: { start: new Date('2026-11-02T00:30:00Z'), speed: 3600 } },
    });
    expect(parse('serve', '--clock-start', '2026-11-02T08:30:00Z')).toMatchObject({ options: { clock: { speed: 1 } } });
    expect(parse('serve')).not.toHaveProperty('options.clock');
  });

  it('refuses a start without its offset, a speed out of range, and a speed without a start', () => {
    expect(usageError(['serve', '--clock-start', '2026-11-02 08:30']).message).toBe(
      '--clock-start must be an ISO 8601 date and time with its offset, like 2026-11-02T08:30:00Z, not "2026-11-02 08:30"',
    );
    expect(usageError(['serve', '--clock-start', '2026-11-02T08:30:00Z', '--clock-speed', '86401']).message).toBe(
      '--clock-speed must be a number above 0 and at most 86400, not "86401"',
    );
    expect(usageError(['serve', '--clock-speed', '60']).message).toBe('--clock-speed needs --clock-start');
  });

  it('documents the clock options under serve’s help, as for demos and tests', () => {
    const help = parse('serve', '--help') as { text: string };
    expect(help.text).toContain('For demos and tests only:');
    expect(help.text).toContain('--clock-start T');
  });
});
