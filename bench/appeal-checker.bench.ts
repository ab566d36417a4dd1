// Target (issue 7): the plan-of-action checker on a 5,000-word plan takes ≤ 30 ms median.
// Run: npx tsx bench/appeal-checker.bench.ts
import type { AppealContent } from '../main/core/appeal/appeal-schema';
import { assemblePlan } from '../main/core/appeal/assemble-plan';
import { checkPlan } from '../main/core/appeal/checker';
import { emptyContent } from '../main/core/appeal/new-appeal';
import { parsePlanText } from '../main/core/appeal/plan-sections';
import { appealReadiness } from '../main/core/appeal/readiness';
import { textLength } from '../main/core/appeal/plan-language';
import { translatorFor } from '../main/core/i18n/catalogues';
import { measure, row } from './measure';

// A long plan for an order-defect notification: many root causes, each answered by dated,
// owned actions with evidence, then preventive measures; with some of the phrases the rules
// look for, so findings are produced as they would be on a real draft.
const asins = Array.from({ length: 12 }, (_, i) => `B0${String(i).padStart(8, '0')}`);
const sentences = [
  'Between 2026-01-{d} and 2026-02-{d} order 113-{o}-7654321 for ASIN {asin} was shipped two days after the promised date because the picker worked from a printed list that was updated only each morning.',
  'The warehouse team lead, Li Wei, confirmed on 2026-03-0{d} that {n} units of {asin} were stored in two locations and the second location was not on the list.',
  'Human error in the stock count meant that the listing showed {n} units available while only a few were on the shelf.',
  'We take this matter very seriously and the carrier was late on several days in February.',
  'Each affected buyer received a full refund within 24 hours and a message explaining the delay, as the refund report for order 113-{o}-7654321 shows.',
];
const fill = (template: string, i: number) =>
  template
    .replace(/\{d\}/g, String((i % 9) + 1))
    .replace(/\{o\}/g, String(1_000_000 + i))
    .replace(/\{n\}/g, String(10 + (i % 40)))
    .replace(/\{asin\}/g, asins[i % asins.length]!);
const paragraph = (i: number, count: number) =>
  Array.from({ length: count }, (_, k) => fill(sentences[(i + k) % sentences.length]!, i * 7 + k)).join(' ');

const content: AppealContent = {
  ...emptyContent(),
  amazon: {
    text: 'Your Order Defect Rate is above 1%.',
    policy: '',
    asins,
    metric: 'orderDefectRate.mfn',
    noticeAt: null,
    deadline: null,
  },
  rootCauses: Array.from({ length: 12 }, (_, i) => ({
    id: `rc${i}`,
    text: paragraph(i, 8),
    why: [paragraph(i + 1, 2)],
  })),
  actions: Array.from({ length: 24 }, (_, i) => ({
    id: `a${i}`,
    text:
      i % 5 === 0 ? 'We will review the pick list every morning and we plan to train the team.' : paragraph(i + 3, 2),
    date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    owner: 'Li Wei, warehouse team lead',
    evidence: 'Screenshots of the updated pick list and the refund report',
    rootCauseId: `rc${i % 12}`,
  })),
  preventions: Array.from({ length: 10 }, (_, i) => ({
    id: `p${i}`,
    text: paragraph(i + 5, 2),
    owner: 'Zhang Min, operations manager',
    frequency: 'Every Monday',
    measure: 'Late shipment rate under 1% each week, reviewed monthly',
  })),
  evidence: { orderIds: { done: true, note: 'the 57 order IDs, listed in the attached sheet' } },
};

const t = translatorFor('en');
const plan = assemblePlan(content, t);
const previous = assemblePlan({ ...content, rootCauses: content.rootCauses.slice(1) }, t).text;
const words = textLength(plan.text, 'en');
const text = parsePlanText(plan.text);

const findings = checkPlan({ plan, asins, previous: [previous] }).findings.length;
const assembled = measure(
  `${words.toLocaleString('en')}-word plan from the editor: check (${findings} findings, 12 ASINs, 1 earlier attempt) + readiness`,
  300,
  () => void appealReadiness(content, plan, checkPlan({ plan, asins, previous: [previous] })),
);
const plain = measure(
  `the same plan as plain text (\`appeal check\`): find its parts + check`,
  300,
  () => void checkPlan({ plan: parsePlanText(text.text), asins, previous: [previous] }),
);
const assemble = measure(
  `assemble the ${words.toLocaleString('en')}-word plan from its steps`,
  300,
  () => void assemblePlan(content, t),
);
console.log([row(assembled, 30), row(plain, 30), row(assemble, 30)].join('\n'));
