// The plan-of-action checker: runs the rules of checker-rules.ts over a plan and returns findings,
// each with its rule id, where it is (UTF-16 offsets into the plan's text), and catalogue keys for
// what it is, what to do and why. Deterministic and pure: the same plan always gives the same
// findings in the same order, so they can be compared across versions.
import type { MessageKey } from '../i18n/catalogue';
import type { Translator } from '../i18n/translator';
import type { PlanLanguage } from './appeal-schema';
import { checkerRules, specifics, type CheckerRule, type Patterns, type RuleId, type Scope } from './checker-rules';
import type { PlanBlock, PlanDocument, PlanStep } from './plan-blocks';
import { detectPlanLanguage, textLength } from './plan-language';
import { closestPrevious } from './similarity';

export type FindingValues = Readonly<Record<string, string | number>>;

export interface Finding {
  rule: RuleId;
  /** UTF-16 offsets into the plan's text; equal when the finding is about something missing. */
  start: number;
  end: number;
  /** The part of the plan it concerns; null for the plan as a whole. */
  step: PlanStep | null;
  /** The block it concerns (a root cause's or an action's id), when it concerns one. */
  blockId: string | null;
  severity: CheckerRule['severity'];
  messageKey: MessageKey;
  suggestionKey: MessageKey;
  whyKey: MessageKey;
  /** The message's arguments: `phrase`, `asin`, `count`/`min`/`max`, `similarity` (a fraction). */
  values: FindingValues;
}

export interface CheckInput {
  plan: PlanDocument;
  /** The notification's ASINs, each to be mentioned in the plan. */
  asins?: readonly string[];
  /** Texts submitted before (oldest first); the plan must not be a near copy of any. */
  previous?: readonly string[];
  /** Detected from the text when absent. */
  language?: PlanLanguage;
}

export interface CheckResult {
  language: PlanLanguage;
  /** Ordered by position, then by rule order. */
  findings: Finding[];
}

export function checkPlan(input: CheckInput, rules: readonly CheckerRule[] = checkerRules): CheckResult {
  const language = input.language ?? detectPlanLanguage(input.plan.text);
  const context: Context = { ...input, language };
  const findings = rules.flatMap((rule) => findingsOf(rule, context));
  const order = new Map(rules.map((rule, index) => [rule.id, index]));
  findings.sort((a, b) => a.start - b.start || order.get(a.rule)! - order.get(b.rule)! || a.end - b.end);
  return { language, findings };
}

/** A finding in words, in the reader's language. */
export function describeFinding(finding: Finding, t: Translator): { message: string; suggestion: string; why: string } {
  const values = { ...finding.values };
  if (typeof values.similarity === 'number') values.similarity = t.percent(values.similarity, 0);
  return {
    message: t.t(finding.messageKey, values),
    suggestion: t.t(finding.suggestionKey, values),
    why: t.t(finding.whyKey, values),
  };
}

interface Context extends CheckInput {
  language: PlanLanguage;
}

/** A stretch of the text a rule judges: a block, or the whole text when the plan has no parts. */
type Region = Pick<PlanBlock, 'start' | 'end'> & { step: PlanStep | null; id: string | null };

function findingsOf(rule: CheckerRule, context: Context): Finding[] {
  const { plan } = context;
  const test = rule.test;
  const finding = (
    start: number,
    end: number,
    region: Region | null,
    values: FindingValues = {},
    variant = '',
  ): Finding => {
    // A finding in the whole text still belongs to the part it falls in, when there is one.
    const owner = region?.step ? region : blockAround(plan.blocks, start, end);
    return {
      rule: rule.id,
      start,
      end,
      step: owner?.step ?? null,
      blockId: owner?.id ?? null,
      severity: rule.severity,
      messageKey: `checker.${rule.id}${variant}.message` as MessageKey,
      suggestionKey: `checker.${rule.id}${variant}.suggestion` as MessageKey,
      whyKey: `checker.${rule.id}.why` as MessageKey,
      values,
    };
  };
  const phrase = (start: number, end: number, region: Region | null) =>
    finding(start, end, region, { phrase: plan.text.slice(start, end) });

  switch (test.kind) {
    case 'phrases':
      return regionsOf(plan, test.scope).flatMap((region) =>
        matchesIn(plan.text, region, test.patterns, rule.languages).map(([s, e]) => phrase(s, e, region)),
      );
    case 'phrases-without-specifics':
      return regionsOf(plan, test.scope).flatMap((region) =>
        matchesIn(plan.text, region, test.patterns, rule.languages)
          .filter(([s, e]) => !hasSpecifics(sentenceAround(plan.text, region, s, e)))
          .map(([s, e]) => phrase(s, e, region)),
      );
    case 'promises-only':
      return regionsOf(plan, test.scope).flatMap((region) => {
        const text = plan.text.slice(region.start, region.end);
        if (rule.languages.some((language) => test.done[language].some((done) => done.test(text)))) return [];
        return matchesIn(plan.text, region, test.promises, rule.languages).map(([s, e]) => phrase(s, e, region));
      });
    case 'no-specifics':
      return regionsOf(plan, test.scope)
        .filter((region) => !hasSpecifics(plan.text.slice(region.start, region.end)))
        .map((region) => finding(region.start, region.end, region));
    case 'root-cause-without-action':
      return unansweredRootCauses(plan.blocks).map((block) => finding(block.start, block.end, regionOf(block)));
    case 'asin-not-mentioned': {
      const upper = plan.text.toUpperCase();
      const asins = [...new Set((context.asins ?? []).map((asin) => asin.trim().toUpperCase()).filter(Boolean))];
      return asins.filter((asin) => !upper.includes(asin)).map((asin) => finding(0, 0, null, { asin }));
    }
    case 'length': {
      const count = textLength(plan.text, context.language);
      const min = test.min[context.language];
      const max = test.max[context.language];
      if (count < min) return [finding(0, plan.text.length, null, { count, min }, '.short')];
      if (count > max) return [finding(0, plan.text.length, null, { count, max }, '.long')];
      return [];
    }
    case 'near-copy': {
      const closest = closestPrevious(plan.text, context.previous ?? [], test, context.language);
      return closest
        ? [finding(0, plan.text.length, null, { similarity: closest.similarity, attempt: closest.index + 1 })]
        : [];
    }
  }
}

function blockAround(blocks: readonly PlanBlock[], start: number, end: number): Region | null {
  const block = end > start ? blocks.find((b) => b.start <= start && end <= b.end) : undefined;
  return block ? regionOf(block) : null;
}

function regionOf(block: PlanBlock): Region {
  return { start: block.start, end: block.end, step: block.step, id: block.id };
}

function regionsOf(plan: PlanDocument, scope: Scope): Region[] {
  if (scope === 'plan' || plan.blocks.length === 0) return [{ start: 0, end: plan.text.length, step: null, id: null }];
  return plan.blocks.filter((block) => scope.includes(block.step)).map(regionOf);
}

/** Each pattern's matches inside the region, as [start, end]; a match overlapping an earlier one is dropped. */
function matchesIn(
  text: string,
  region: Region,
  patterns: Patterns,
  languages: readonly PlanLanguage[],
): [number, number][] {
  const slice = text.slice(region.start, region.end);
  const found: [number, number][] = [];
  for (const language of languages)
    for (const pattern of patterns[language])
      for (const match of slice.matchAll(pattern))
        if (match[0].length > 0) found.push([region.start + match.index, region.start + match.index + match[0].length]);
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: [number, number][] = [];
  for (const match of found) if (kept.length === 0 || match[0] >= kept.at(-1)![1]) kept.push(match);
  return kept;
}

const sentenceEnd = /[.!?。！？\n]/;

/** The sentence holding [start, end), within its region. */
function sentenceAround(text: string, region: Region, start: number, end: number): string {
  let from = start;
  while (from > region.start && !sentenceEnd.test(text[from - 1]!)) from--;
  let to = end;
  while (to < region.end && !sentenceEnd.test(text[to]!)) to++;
  return text.slice(from, to);
}

function hasSpecifics(text: string): boolean {
  return specifics.some((pattern) => pattern.test(text));
}

/**
 * Root causes no action answers. When actions carry their links (an assembled plan), a root cause
 * is answered by an action linked to it; in plain text the links are unknown, so only a plan with
 * no action at all leaves its root causes unanswered.
 */
function unansweredRootCauses(blocks: readonly PlanBlock[]): PlanBlock[] {
  const actions = blocks.filter((block) => block.step === 'actions');
  const linked = actions.filter((action) => action.rootCauseId !== undefined);
  if (actions.length > 0 && linked.length === 0) return [];
  const answered = new Set(linked.map((action) => action.rootCauseId));
  return blocks.filter((block) => block.step === 'rootCauses' && !answered.has(block.id));
}
