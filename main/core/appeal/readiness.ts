// How ready a plan is to submit, per step and overall: not ready (something Amazon requires is
// missing, or a blocking finding), needs work (advice from the checker, details not filled in),
// or ready. Each level comes with its reasons, as catalogue keys with their arguments.
import type { MessageKey } from '../i18n/catalogue';
import type { Translator } from '../i18n/translator';
import type { AppealContent } from './appeal-schema';
import type { CheckResult, Finding } from './checker';
import { missingEvidence } from './evidence-checklist';
import type { PlanDocument, PlanStep } from './plan-blocks';

export const readinessLevels = ['not-ready', 'needs-work', 'ready'] as const;
export type ReadinessLevel = (typeof readinessLevels)[number];

/** The guided steps that can be judged, and the plan as a whole. */
export type ReadinessArea = 'amazon' | PlanStep | 'plan';

export interface ReadinessReason {
  level: Exclude<ReadinessLevel, 'ready'>;
  key: MessageKey;
  values?: Readonly<Record<string, number>>;
}

export interface AreaReadiness {
  level: ReadinessLevel;
  reasons: ReadinessReason[];
}

export interface Readiness {
  overall: ReadinessLevel;
  /** The areas that could be judged: every step for an appeal; for plain text, the parts found. */
  areas: Partial<Record<ReadinessArea, AreaReadiness>>;
}

/** An appeal's readiness: its steps' contents, its assembled plan and the checker's result. */
export function appealReadiness(content: AppealContent, plan: PlanDocument, check: CheckResult): Readiness {
  const filled = (text: string) => text.trim() !== '';
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  const rootCauses = plan.blocks.filter((block) => block.step === 'rootCauses').length;
  const actions = content.actions.filter((action) => filled(action.text));
  const preventions = content.preventions.filter((prevention) => filled(prevention.text));
  const missing = missingEvidence(content.amazon.metric, content.evidence).length;
  const gaps: Record<Exclude<ReadinessArea, 'plan'>, (ReadinessReason | false)[]> = {
    amazon: [!filled(content.amazon.text) && { level: 'not-ready', key: 'checker.gap.amazonText' }],
    rootCauses: [rootCauses === 0 && { level: 'not-ready', key: 'checker.gap.noRootCause' }],
    actions: [
      actions.length === 0 && { level: 'not-ready', key: 'checker.gap.noAction' },
      countReason(
        'checker.gap.actionDetails',
        count(actions, (a) => ![a.date, a.owner, a.evidence].every(filled)),
      ),
      countReason(
        'checker.gap.actionLink',
        count(actions, (a) => a.rootCauseId === null),
      ),
    ],
    preventions: [
      preventions.length === 0 && { level: 'not-ready', key: 'checker.gap.noPrevention' },
      countReason(
        'checker.gap.preventionDetails',
        count(preventions, (p) => ![p.owner, p.frequency, p.measure].every(filled)),
      ),
    ],
    evidence: [countReason('checker.gap.evidence', missing)],
  };
  return readinessOf(gaps, check.findings);
}

/**
 * A plain-text plan's readiness: its parts when it has headings (each must have content), and
 * the checker's findings.
 */
export function textReadiness(plan: PlanDocument, check: CheckResult): Readiness {
  if (plan.blocks.length === 0) return readinessOf({}, check.findings);
  const has = (step: PlanStep) => plan.blocks.some((block) => block.step === step);
  return readinessOf(
    {
      rootCauses: [!has('rootCauses') && { level: 'not-ready', key: 'checker.gap.noRootCause' }],
      actions: [!has('actions') && { level: 'not-ready', key: 'checker.gap.noAction' }],
      preventions: [!has('preventions') && { level: 'not-ready', key: 'checker.gap.noPrevention' }],
    },
    check.findings,
  );
}

export function describeReason(reason: ReadinessReason, t: Translator): string {
  return t.t(reason.key, reason.values);
}

function countReason(key: MessageKey, count: number): ReadinessReason | false {
  return count > 0 && { level: 'needs-work', key, values: { count } };
}

function readinessOf(
  gaps: Partial<Record<ReadinessArea, (ReadinessReason | false)[]>>,
  findings: readonly Finding[],
): Readiness {
  const areas: Partial<Record<ReadinessArea, AreaReadiness>> = {};
  const areaOf = (finding: Finding): ReadinessArea => finding.step ?? 'plan';
  const names = new Set<ReadinessArea>([...(Object.keys(gaps) as ReadinessArea[]), ...findings.map(areaOf), 'plan']);
  for (const area of names) {
    const reasons = (gaps[area] ?? []).filter((reason): reason is ReadinessReason => reason !== false);
    const own = findings.filter((finding) => areaOf(finding) === area);
    if (own.length > 0) {
      const blocking = own.some((finding) => finding.severity === 'blocker');
      reasons.push({
        level: blocking ? 'not-ready' : 'needs-work',
        key: 'checker.gap.findings',
        values: { count: own.length },
      });
    }
    areas[area] = { level: worst(reasons.map((reason) => reason.level)), reasons };
  }
  return { overall: worst(Object.values(areas).map((area) => area.level)), areas };
}

function worst(levels: readonly ReadinessLevel[]): ReadinessLevel {
  return readinessLevels.find((level) => levels.includes(level)) ?? 'ready';
}
