// The appeal's steps as one plain-text document that pastes cleanly into Amazon's form: a heading
// per part, numbered items, details on indented lines; no markdown, no tables. Step 1 (Amazon's
// own text) is the seller's reference and is not sent back. Headings and labels come from the
// translator of the plan's language, not the app's.
import type { Translator } from '../i18n/translator';
import type { AppealContent } from './appeal-schema';
import { evidenceChecklist } from './evidence-checklist';
import type { PlanBlock, PlanDocument, PlanStep } from './plan-blocks';

const indent = '   ';

export function assemblePlan(content: AppealContent, t: Translator): PlanDocument {
  const parts: string[] = [];
  const blocks: PlanBlock[] = [];
  let length = 0;
  const write = (text: string) => {
    parts.push(text);
    length += text.length;
  };
  const section = (
    heading: string,
    items: readonly { id: string; lines: string[]; rootCauseId?: string | null }[],
    step: PlanStep,
    numbered: boolean,
  ) => {
    if (items.length === 0) return;
    if (length > 0) write('\n\n');
    write(heading);
    items.forEach((entry, index) => {
      write(`\n${numbered ? `${index + 1}. ` : '- '}`);
      const start = length;
      // A line break inside an item stays inside it: the following lines are indented under its marker.
      write(entry.lines.join('\n').replace(/\n+/g, `\n${indent}`));
      blocks.push({
        step,
        id: entry.id,
        start,
        end: length,
        ...(entry.rootCauseId === undefined ? {} : { rootCauseId: entry.rootCauseId }),
      });
    });
  };
  // One line of the details given; none given makes an empty line, which the item's filter drops.
  const details = (...fields: (string | false)[]) =>
    fields.filter((field): field is string => field !== false).join(t.t('appeal.plan.separator'));
  const filled = (text: string) => text.trim() !== '';

  const rootCauses = content.rootCauses.filter((cause) => filled(cause.text) || cause.why.some(filled));
  const causeNumber = new Map<string | null, number>(rootCauses.map((cause, index) => [cause.id, index + 1]));
  section(
    t.t('appeal.plan.rootCauses'),
    rootCauses.map((cause) => ({
      id: cause.id,
      lines: [cause.text.trim(), ...cause.why.filter(filled).map((why) => `- ${why.trim()}`)].filter(filled),
    })),
    'rootCauses',
    true,
  );
  section(
    t.t('appeal.plan.actions'),
    content.actions
      .filter((action) => [action.text, action.date, action.owner, action.evidence].some(filled))
      .map((action) => {
        const number = causeNumber.get(action.rootCauseId);
        return {
          id: action.id,
          rootCauseId: action.rootCauseId,
          lines: [
            action.text.trim(),
            details(
              filled(action.date) && t.t('appeal.plan.date', { date: action.date.trim() }),
              filled(action.owner) && t.t('appeal.plan.owner', { owner: action.owner.trim() }),
              filled(action.evidence) && t.t('appeal.plan.evidenceOf', { evidence: action.evidence.trim() }),
            ),
            ...(number === undefined ? [] : [t.t('appeal.plan.answers', { number })]),
          ].filter(filled),
        };
      }),
    'actions',
    true,
  );
  section(
    t.t('appeal.plan.preventions'),
    content.preventions
      .filter((prevention) =>
        [prevention.text, prevention.owner, prevention.frequency, prevention.measure].some(filled),
      )
      .map((prevention) => ({
        id: prevention.id,
        lines: [
          prevention.text.trim(),
          details(
            filled(prevention.owner) && t.t('appeal.plan.owner', { owner: prevention.owner.trim() }),
            filled(prevention.frequency) && t.t('appeal.plan.frequency', { frequency: prevention.frequency.trim() }),
            filled(prevention.measure) && t.t('appeal.plan.measure', { measure: prevention.measure.trim() }),
          ),
        ].filter(filled),
      })),
    'preventions',
    true,
  );
  section(
    t.t('appeal.plan.evidence'),
    evidenceChecklist(content.amazon.metric).flatMap((entry) => {
      const gathered = content.evidence[entry.id];
      if (!gathered?.done) return [];
      const note = gathered.note.trim();
      const label = t.t(entry.labelKey);
      return [{ id: entry.id, lines: [note === '' ? label : t.t('appeal.plan.evidenceItem', { label, note })] }];
    }),
    'evidence',
    false,
  );
  return { text: parts.join(''), blocks };
}
