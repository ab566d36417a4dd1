import { describe, expect, it } from 'vitest';
import type { AppealContent } from '../../../../main/core/appeal/appeal-schema';
import { assemblePlan } from '../../../../main/core/appeal/assemble-plan';
import { checkPlan } from '../../../../main/core/appeal/checker';
import { parsePlanText } from '../../../../main/core/appeal/plan-sections';
import { appealReadiness, describeReason, textReadiness } from '../../../../main/core/appeal/readiness';
import { translatorFor } from '../../../../main/core/i18n/catalogues';
import { content } from './fixtures';

const en = translatorFor('en');

function readinessOf(steps: AppealContent) {
  const plan = assemblePlan(steps, en);
  return appealReadiness(steps, plan, checkPlan({ plan, asins: steps.amazon.asins }));
}

const complete = content({
  amazon: {
    text: 'Your late shipment rate is 6%.',
    policy: '',
    asins: ['B0AAAAAAAA'],
    metric: 'lateShipmentRate',
    noticeAt: null,
    deadline: null,
  },
  rootCauses: [
    {
      id: 'rc1',
      text: 'From 2026-02-20 the handling time of 14 SKUs, including B0AAAAAAAA, was set to 1 day while our warehouse picks once a day at 16:00, so 23 orders shipped a day late between 2026-02-20 and 2026-03-01.',
      why: [
        'The setting was copied from a supplier’s template when the SKUs were created on 2026-02-20, and nobody compared it with the pick schedule.',
      ],
    },
  ],
  actions: [
    {
      id: 'a1',
      text: 'Set the handling time of all 14 SKUs to 2 days and checked each listing page afterwards.',
      date: '2026-03-01',
      owner: 'Li Wei, operations manager',
      evidence: 'Screenshots of the shipping settings before and after',
      rootCauseId: 'rc1',
    },
  ],
  preventions: [
    {
      id: 'p1',
      text: 'Compare the handling time of every SKU with the pick schedule and log the check in the operations sheet.',
      owner: 'Li Wei',
      frequency: 'Every Monday',
      measure: 'Share of orders shipped on time, reviewed monthly; no SKU under 2 days',
    },
  ],
  evidence: {
    handlingTime: { done: true, note: 'settings screenshots' },
    carrierScans: { done: true, note: '' },
    changeRecords: { done: true, note: '' },
  },
});

describe('appealReadiness', () => {
  it('is ready when every step is filled in and the checker finds nothing', () => {
    const readiness = readinessOf(complete);
    expect(readiness.overall).toBe('ready');
    expect(Object.keys(readiness.areas).sort()).toEqual([
      'actions',
      'amazon',
      'evidence',
      'plan',
      'preventions',
      'rootCauses',
    ]);
  });

  it('gives the plan as a whole no reasons of its own when nothing stands against it', () => {
    expect(readinessOf(complete).areas.plan).toEqual({ level: 'ready', reasons: [] });
  });

  it('names each missing step with its own reason', () => {
    const readiness = readinessOf(content({ amazon: { ...complete.amazon, text: '' } }));
    const keys = (area: 'amazon' | 'rootCauses' | 'actions' | 'preventions') =>
      readiness.areas[area]?.reasons.map((r) => [r.level, r.key]);
    expect(keys('amazon')).toEqual([['not-ready', 'checker.gap.amazonText']]);
    expect(keys('rootCauses')).toEqual([['not-ready', 'checker.gap.noRootCause']]);
    expect(keys('actions')).toEqual([['not-ready', 'checker.gap.noAction']]);
    expect(keys('preventions')).toEqual([['not-ready', 'checker.gap.noPrevention']]);
  });

  it('counts only root causes as root causes, and only filled-in actions and measures', () => {
    const blank = readinessOf({
      ...complete,
      rootCauses: [],
      actions: [{ ...complete.actions[0]!, text: '  ', rootCauseId: null }],
      preventions: [{ ...complete.preventions[0]!, text: '' }],
    });
    expect(blank.areas.rootCauses?.reasons.map((r) => r.key)).toContain('checker.gap.noRootCause');
    expect(blank.areas.actions?.reasons.map((r) => r.key)).toEqual(['checker.gap.noAction']);
    expect(blank.areas.preventions?.reasons.map((r) => r.key)).toEqual(['checker.gap.noPrevention']);
  });

  it('names the prevention details a measure lacks', () => {
    const readiness = readinessOf({ ...complete, preventions: [{ ...complete.preventions[0]!, owner: ' ' }] });
    expect(readiness.areas.preventions?.reasons.map((r) => describeReason(r, en))).toEqual([
      describeReason({ level: 'needs-work', key: 'checker.gap.preventionDetails', values: { count: 1 } }, en),
    ]);
  });

  it('is not ready in a step where one of several findings blocks', () => {
    const readiness = readinessOf({
      ...complete,
      rootCauses: [{ ...complete.rootCauses[0]!, text: `${complete.rootCauses[0]!.text} It was not our fault.` }],
      actions: [{ ...complete.actions[0]!, rootCauseId: null }],
    });
    const findings = readiness.areas.rootCauses?.reasons.find((r) => r.key === 'checker.gap.findings');
    expect(findings).toEqual({ level: 'not-ready', key: 'checker.gap.findings', values: { count: 2 } });
  });

  it('is not ready without Amazon’s text, a root cause, an action or a preventive measure', () => {
    const readiness = readinessOf(content({ amazon: { ...complete.amazon, text: ' ' } }));
    expect(readiness.overall).toBe('not-ready');
    expect(readiness.areas.amazon?.reasons.map((r) => describeReason(r, en))).toEqual([
      'Paste Amazon’s exact text of the notification',
    ]);
    expect(readiness.areas.rootCauses?.level).toBe('not-ready');
    expect(readiness.areas.actions?.reasons.map((r) => r.key)).toContain('checker.gap.noAction');
    expect(readiness.areas.preventions?.level).toBe('not-ready');
  });

  it('needs work when details are missing: an action’s owner, its link, a measure, evidence', () => {
    const readiness = readinessOf({
      ...complete,
      actions: [
        { ...complete.actions[0]!, owner: '', rootCauseId: null },
        { ...complete.actions[0]!, id: 'a2', rootCauseId: 'rc1' },
      ],
      preventions: [{ ...complete.preventions[0]!, measure: '' }],
      evidence: {},
    });
    expect(readiness.areas.actions?.level).toBe('needs-work');
    expect(readiness.areas.actions?.reasons.map((r) => describeReason(r, en))).toEqual([
      '1 action lacks a date, an owner or evidence',
      '1 action is not linked to a root cause',
    ]);
    expect(readiness.areas.preventions?.level).toBe('needs-work');
    expect(readiness.areas.evidence?.reasons.map((r) => describeReason(r, en))).toEqual([
      '3 evidence items not gathered yet',
    ]);
    expect(readiness.overall).toBe('needs-work');
  });

  it('is not ready when a blocking finding stands: a root cause without an action', () => {
    const readiness = readinessOf({ ...complete, actions: [{ ...complete.actions[0]!, rootCauseId: null }] });
    expect(readiness.areas.rootCauses?.level).toBe('not-ready');
    expect(readiness.overall).toBe('not-ready');
  });

  it('counts advice findings against the step they are in', () => {
    const readiness = readinessOf({
      ...complete,
      rootCauses: [{ ...complete.rootCauses[0]!, text: `${complete.rootCauses[0]!.text} It was not our fault.` }],
    });
    expect(readiness.areas.rootCauses).toEqual({
      level: 'needs-work',
      reasons: [{ level: 'needs-work', key: 'checker.gap.findings', values: { count: 1 } }],
    });
  });
});

describe('textReadiness', () => {
  it('judges the parts a plain-text plan has, and says which are missing', () => {
    const plan = parsePlanText(
      'Root causes\n1. On 2026-03-01 the handling time was 1 day.\n\nActions taken\n1. On 2026-03-02 Li Wei set it to 2 days.',
    );
    const readiness = textReadiness(plan, checkPlan({ plan }));
    expect(readiness.areas.preventions?.reasons.map((r) => r.key)).toEqual(['checker.gap.noPrevention']);
    expect(readiness.areas.rootCauses?.reasons.map((r) => r.key)).not.toContain('checker.gap.noRootCause');
    expect(readiness.areas.actions?.reasons.map((r) => r.key)).not.toContain('checker.gap.noAction');
    expect(readiness.overall).toBe('not-ready');
  });

  it('says which of root causes and actions a plain-text plan lacks', () => {
    const plan = parsePlanText('Preventive measures\n1. Every Monday Li Wei compares the handling times.');
    const readiness = textReadiness(plan, checkPlan({ plan }));
    expect(readiness.areas.rootCauses?.reasons[0]).toEqual({ level: 'not-ready', key: 'checker.gap.noRootCause' });
    expect(readiness.areas.actions?.reasons[0]).toEqual({ level: 'not-ready', key: 'checker.gap.noAction' });
    expect(readiness.areas.preventions?.reasons.map((r) => r.key)).not.toContain('checker.gap.noPrevention');
  });

  it('judges a text without parts on its findings only', () => {
    const plan = parsePlanText('We removed it.');
    const readiness = textReadiness(plan, checkPlan({ plan }));
    expect(Object.keys(readiness.areas)).toEqual(['plan']);
    expect(readiness.overall).toBe('needs-work');
  });
});
