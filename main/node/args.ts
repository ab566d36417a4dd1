// The command line: `flagwatch serve|check [options]`, parsed strictly. Anything unknown or
// malformed is a UsageError that names the problem and carries the help text to show with it,
// both in the command line's language.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Translator } from '../core/i18n/translator';
import { IsoDateSchema } from '../core/schema';
import { sourceNames } from '../compose/source-registry';
import { commandUsage, mainUsage, type CommandName } from './usage';

export const DEFAULT_PORT = 4780;
export const DEFAULT_SOURCE = 'demo';
/** The settings schema's ceiling for the demo clock. */
export const MAX_DEMO_SPEED = 10_000;
/** A simulated day in one second: faster, and a check could not keep up with its own schedule. */
export const MAX_CLOCK_SPEED = 86_400;
/** `check --timeout`: a check longer than two hours is a stuck one, not a slow one. */
export const MAX_CHECK_MINUTES = 120;

export interface SourceOptions {
  source: string;
  dataDir?: string;
  demoSeed?: number;
  demoSpeed?: number;
}

/** For demos and tests: the app runs on a simulated clock instead of the system's. */
export interface SimulatedClockOptions {
  start: Date;
  speed: number;
}

export interface ServeOptions extends SourceOptions {
  port: number;
  clock?: SimulatedClockOptions;
}

export interface DigestOptions {
  json: boolean;
  dataDir?: string;
}

export interface CheckOptions extends SourceOptions {
  json: boolean;
  /** A downloaded seller performance report to read instead of polling a source. */
  reportFile?: string;
  /** How long the check may take before it gives up (default: check-deadline.ts). */
  timeoutMinutes?: number;
}

export type CommandLine =
  | { command: 'help'; text: string }
  | { command: 'serve'; options: ServeOptions }
  | { command: 'check'; options: CheckOptions }
  | { command: 'digest'; options: DigestOptions }
  /** `flagwatch appeal …`: parsed by its own command (appeal-args.ts), in the reader's language. */
  | { command: 'appeal'; argv: string[] }
  /** `flagwatch appeals …`: the saved appeals (appeals-args.ts). */
  | { command: 'appeals'; argv: string[] }
  /** `flagwatch notice …`: parsed by its own command (notice-parse.ts). */
  | { command: 'notice'; argv: string[] };

export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
  }
}

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

const sourceOptionSpecs = {
  'data-dir': { type: 'string' },
  source: { type: 'string' },
  'demo-seed': { type: 'string' },
  'demo-speed': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

const optionSpecs = {
  serve: {
    ...sourceOptionSpecs,
    port: { type: 'string' },
    'clock-start': { type: 'string' },
    'clock-speed': { type: 'string' },
  },
  check: {
    ...sourceOptionSpecs,
    json: { type: 'boolean' },
    'report-file': { type: 'string' },
    timeout: { type: 'string' },
  },
  digest: { 'data-dir': { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
} as const satisfies Record<CommandName, OptionSpecs>;

/** `defaultDataDir` only appears in help texts; the caller resolves the real default. */
export function parseCommandLine(argv: readonly string[], defaultDataDir: string, t: Translator): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(t.t('cli.args.missingCommand'), mainUsage(t));
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help', text: mainUsage(t) };
  if (first === 'appeal') return { command: 'appeal', argv: rest };
  if (first === 'appeals') return { command: 'appeals', argv: rest };
  if (first === 'notice') return { command: 'notice', argv: rest };
  if (first !== 'serve' && first !== 'check' && first !== 'digest') {
    const what = first.startsWith('-')
      ? t.t('cli.args.unknownOption', { option: first })
      : t.t('cli.args.unknownCommand', { command: first });
    throw new UsageError(what, mainUsage(t));
  }
  const usage = commandUsage(first, defaultDataDir, t);
  const values = parseStrict(optionSpecs[first], rest, usage, t);
  if (values.help) return { command: 'help', text: usage };

  const number = (option: string, read: (text: string) => number | undefined, expected: string) => {
    const text = values[option];
    if (typeof text !== 'string') return undefined;
    const value = read(text);
    if (value === undefined) throw new UsageError(t.t('cli.args.badValue', { option, expected, value: text }), usage);
    return value;
  };
  if (first === 'digest') {
    return {
      command: 'digest',
      options: { json: values.json === true, dataDir: nonEmpty(values['data-dir'], 'data-dir', usage, t) },
    };
  }
  const sourceName = stringValue(values.source) ?? DEFAULT_SOURCE;
  if (!sourceNames().includes(sourceName)) {
    const sources = sourceNames().join(', ');
    throw new UsageError(t.t('cli.args.unknownSource', { source: sourceName, sources }), usage);
  }
  const source: SourceOptions = {
    source: sourceName,
    dataDir: nonEmpty(values['data-dir'], 'data-dir', usage, t),
    demoSeed: number('demo-seed', (text) => integerIn(text, 0, Number.MAX_SAFE_INTEGER), t.t('cli.args.expected.seed')),
    demoSpeed: number(
      'demo-speed',
      (text) => positiveUpTo(text, MAX_DEMO_SPEED),
      // Written out: a grouped "10,000" would not be what the option accepts.
      t.t('cli.args.expected.speed', { max: String(MAX_DEMO_SPEED) }),
    ),
  };
  if (first === 'serve') {
    const port = number('port', (text) => integerIn(text, 0, 65_535), t.t('cli.args.expected.port')) ?? DEFAULT_PORT;
    const start = number(
      'clock-start',
      (text) => (IsoDateSchema.safeParse(text.trim()).success ? Date.parse(text) : undefined),
      t.t('digest.args.expected.clockStart'),
    );
    const speed = number(
      'clock-speed',
      (text) => positiveUpTo(text, MAX_CLOCK_SPEED),
      t.t('cli.args.expected.speed', { max: String(MAX_CLOCK_SPEED) }),
    );
    if (speed !== undefined && start === undefined) throw new UsageError(t.t('digest.args.clockSpeedAlone'), usage);
    const clock = start === undefined ? {} : { clock: { start: new Date(start), speed: speed ?? 1 } };
    return { command: 'serve', options: { ...source, port, ...clock } };
  }
  const reportFile = nonEmpty(values['report-file'], 'report-file', usage, t);
  const timeoutMinutes = number(
    'timeout',
    (text) => integerIn(text, 1, MAX_CHECK_MINUTES),
    t.t('cli.args.expected.minutes', { max: MAX_CHECK_MINUTES }),
  );
  return {
    command: 'check',
    options: {
      ...source,
      json: values.json === true,
      ...(reportFile === undefined ? {} : { reportFile }),
      ...(timeoutMinutes === undefined ? {} : { timeoutMinutes }),
    },
  };
}

function parseStrict(
  options: OptionSpecs,
  args: string[],
  usage: string,
  t: Translator,
): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    throw new UsageError(parseArgsProblem(error, t), usage);
  }
}

/** Node's parseArgs errors in the command line's language: they name the option in quotes. */
function parseArgsProblem(error: unknown, t: Translator): string {
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1];
  const code = (error as { code?: unknown }).code;
  if (quoted !== undefined) {
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t.t('cli.args.unknownOption', { option: quoted });
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
      return t.t('cli.args.unexpectedArgument', { argument: quoted });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const key = /does not take/.test(message) ? 'cli.args.takesNoValue' : 'cli.args.missingValue';
      return t.t(key, { option: quoted });
    }
  }
  // A message this version of Node words differently: shown as Node put it, lower-cased.
  return message.charAt(0).toLowerCase() + message.slice(1);
}

function stringValue(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(
  value: string | boolean | undefined,
  option: string,
  usage: string,
  t: Translator,
): string | undefined {
  const text = stringValue(value);
  if (text !== undefined && text.trim() === '') throw new UsageError(t.t('cli.args.empty', { option }), usage);
  return text;
}

function integerIn(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

function positiveUpTo(text: string, max: number): number | undefined {
  if (!/^\d*\.?\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value > 0 && value <= max ? value : undefined;
}
