// `flagwatch appeal`: runs the plan-of-action checker on a plain-text plan and prints its
// findings and readiness, in the language of LANG (or as JSON). What the checker finds is the
// output, never a failure: exit 0 whatever it finds, 1 only when a file cannot be read, 2 for a
// wrong command line. Contacts no one and saves nothing.
import { readFile } from 'node:fs/promises';
import { checkPlan, describeFinding } from '../core/appeal/checker';
import { parsePlanText } from '../core/appeal/plan-sections';
import { normalisePastedText } from '../core/appeal/plain-text';
import { textReadiness, describeReason, type Readiness } from '../core/appeal/readiness';
import { translatorFor } from '../core/i18n/catalogues';
import { matchLocale, posixLanguages } from '../core/i18n/locales';
import type { Translator } from '../core/i18n/translator';
import { parseAppealCommandLine, type AppealCheckOptions } from './appeal-args';
import { UsageError } from './args';
import type { CliHost } from './cli-host';

export async function runAppeal(argv: readonly string[], host: Pick<CliHost, 'out' | 'err' | 'env'>): Promise<number> {
  const t = translatorFor(matchLocale(posixLanguages(host.env)));
  let line;
  try {
    line = parseAppealCommandLine(argv, t);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    host.err(`flagwatch appeal: ${error.message}\n\n${error.usage}`);
    return 2;
  }
  if (line.command === 'help') {
    host.out(line.text);
    return 0;
  }
  let texts: { plan: string; previous: string[] };
  try {
    texts = await readPlans(line.options, t);
  } catch (error) {
    host.err(`flagwatch appeal check: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  host.out(appealCheckOutput(texts.plan, { ...line.options, previous: texts.previous }, t));
  return 0;
}

/** The checker's findings and readiness for `text`, as the command prints them. */
export function appealCheckOutput(text: string, options: Omit<AppealCheckOptions, 'file'>, t: Translator): string {
  const plan = parsePlanText(text);
  const check = checkPlan({ plan, asins: options.asins, previous: options.previous });
  const readiness = textReadiness(plan, check);
  if (options.json) {
    const findings = check.findings.map((finding) => {
      const { message, suggestion } = describeFinding(finding, t);
      return { rule: finding.rule, start: finding.start, end: finding.end, message, suggestion };
    });
    return JSON.stringify({ findings, readiness }, null, 2);
  }
  const lines = [t.t('checker.cli.readiness', { level: t.t(`checker.readiness.${readiness.overall}`) })];
  lines.push(...readinessReasons(readiness, t));
  lines.push(
    '',
    check.findings.length === 0
      ? t.t('checker.cli.noFindings')
      : t.t('checker.cli.findings', { count: check.findings.length }),
  );
  for (const finding of check.findings) {
    const { message, suggestion } = describeFinding(finding, t);
    const { line, column } = lineAndColumn(text, finding.start);
    lines.push(`- ${t.t('checker.cli.finding', { rule: finding.rule, line, column, message })}`);
    lines.push(`  ${t.t('checker.cli.suggestion', { suggestion })}`);
  }
  return lines.join('\n');
}

function readinessReasons(readiness: Readiness, t: Translator): string[] {
  return Object.entries(readiness.areas).flatMap(([area, judged]) =>
    judged.reasons.map(
      (reason) => `  ${t.t(`checker.step.${area as keyof Readiness['areas']}`)}: ${describeReason(reason, t)}`,
    ),
  );
}

/** 1-based line and column (in UTF-16 code units, like the offsets) of an offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

async function readPlans(options: AppealCheckOptions, t: Translator): Promise<{ plan: string; previous: string[] }> {
  const read = async (file: string) => {
    try {
      return normalisePastedText(await readFile(file, 'utf8'));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      throw new Error(t.t('checker.cli.cannotRead', { file, reason }), { cause: error });
    }
  };
  return { plan: await read(options.file), previous: await Promise.all(options.previous.map(read)) };
}
