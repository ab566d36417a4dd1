// The command line: `flagwatch serve|check [options]`, parsed strictly. Anything unknown or
// malformed is a UsageError that names the problem and carries the help text to show with it.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { sourceNames } from '../compose/source-registry';
import { commandUsage, mainUsage, type CommandName } from './usage';

export const DEFAULT_PORT = 4780;
export const DEFAULT_SOURCE = 'demo';
/** The settings schema's ceiling for the demo clock. */
export const MAX_DEMO_SPEED = 10_000;

export interface SourceOptions {
  source: string;
  dataDir?: string;
  demoSeed?: number;
  demoSpeed?: number;
}

export interface ServeOptions extends SourceOptions {
  port: number;
}

export interface CheckOptions extends SourceOptions {
  json: boolean;
  /** A downloaded seller performance report to read instead of polling a source. */
  reportFile?: string;
}

export type CommandLine =
  | { command: 'help'; text: string }
  | { command: 'serve'; options: ServeOptions }
  | { command: 'check'; options: CheckOptions }
  /** `flagwatch appeal …`: parsed by its own command (appeal-args.ts), in the reader's language. */
  | { command: 'appeal'; argv: string[] };

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
  serve: { ...sourceOptionSpecs, port: { type: 'string' } },
  check: { ...sourceOptionSpecs, json: { type: 'boolean' }, 'report-file': { type: 'string' } },
} as const satisfies Record<CommandName, OptionSpecs>;

/** `defaultDataDir` only appears in help texts; the caller resolves the real default. */
export function parseCommandLine(argv: readonly string[], defaultDataDir: string): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command', mainUsage());
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help', text: mainUsage() };
  if (first === 'appeal') return { command: 'appeal', argv: rest };
  if (first !== 'serve' && first !== 'check') {
    const what = first.startsWith('-') ? `unknown option '${first}'` : `unknown command "${first}"`;
    throw new UsageError(what, mainUsage());
  }
  const usage = commandUsage(first, defaultDataDir);
  const values = parseStrict(optionSpecs[first], rest, usage);
  if (values.help) return { command: 'help', text: usage };

  const number = (name: string, read: (text: string) => number | undefined, expected: string) => {
    const text = values[name];
    if (typeof text !== 'string') return undefined;
    const value = read(text);
    if (value === undefined) throw new UsageError(`--${name} must be ${expected}, not "${text}"`, usage);
    return value;
  };
  const sourceName = stringValue(values.source) ?? DEFAULT_SOURCE;
  if (!sourceNames().includes(sourceName)) {
    throw new UsageError(`unknown source "${sourceName}": choose one of ${sourceNames().join(', ')}`, usage);
  }
  const source: SourceOptions = {
    source: sourceName,
    dataDir: nonEmpty(values['data-dir'], 'data-dir', usage),
    demoSeed: number('demo-seed', (t) => integerIn(t, 0, Number.MAX_SAFE_INTEGER), 'a whole number of 0 or more'),
    demoSpeed: number(
      'demo-speed',
      (t) => positiveUpTo(t, MAX_DEMO_SPEED),
      `a number above 0 and at most ${MAX_DEMO_SPEED}`,
    ),
  };
  if (first === 'serve') {
    const port = number('port', (t) => integerIn(t, 0, 65_535), 'a whole number from 0 to 65535') ?? DEFAULT_PORT;
    return { command: 'serve', options: { ...source, port } };
  }
  const reportFile = nonEmpty(values['report-file'], 'report-file', usage);
  return {
    command: 'check',
    options: { ...source, json: values.json === true, ...(reportFile === undefined ? {} : { reportFile }) },
  };
}

function parseStrict(
  options: OptionSpecs,
  args: string[],
  usage: string,
): Record<string, string | boolean | undefined> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | boolean | undefined
    >;
  } catch (error) {
    // Node's messages already name the option ("Unknown option '--x'"); keep them, lower-cased.
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1), usage);
  }
}

function stringValue(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonEmpty(value: string | boolean | undefined, name: string, usage: string): string | undefined {
  const text = stringValue(value);
  if (text !== undefined && text.trim() === '') throw new UsageError(`--${name} must not be empty`, usage);
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
