// A plan that arrives as plain text (a file for `flagwatch appeal check`, or a paste) located as
// well as it can be: headings in English or Chinese open its parts, and list items or paragraphs
// under them are its blocks. A text without recognised headings has no blocks; the checker then
// judges it as a whole.
import type { PlanBlock, PlanDocument, PlanStep } from './plan-blocks';

/** Heading wordings per part, matched against a whole line without its numbering and colon. */
const headings: Readonly<Record<PlanStep, RegExp>> = {
  rootCauses:
    /^(?:(?:the )?root[- ]causes?(?: analysis)?|(?:the )?causes? of the (?:issue|problem)s?|why (?:it|this) happened|根本原因(?:分析)?|问题原因|原因分析)$/i,
  actions:
    /^(?:(?:corrective |immediate )?actions?(?: (?:we have |already )?taken)?|corrective (?:actions?|measures?)|steps (?:already )?taken|what we (?:have )?(?:done|changed)|已采取的(?:纠正)?措施|纠正措施|整改措施)$/i,
  preventions:
    /^(?:prevent(?:ive|ative) (?:measures?|steps|actions?)|steps to prevent (?:recurrence|this from happening again)|prevention|预防措施|防范措施|预防再次发生的措施)$/i,
  evidence: /^(?:evidence(?: attached)?|supporting documents?|attachments?|(?:随附的)?证明材料|附件)$/i,
};

const headingDecoration = /^[\s#*_]*(?:(?:\d{1,2}|[IVX]{1,4}|[一二三四五六七八九十]{1,2})[.)、．]\s*)?|[\s*_:：]*$/g;
const listMarker = /^\s*(?:\d{1,3}[.)、．]|[-*•·]|[（(]\d{1,3}[)）])\s*/;

function headingOf(line: string): PlanStep | null {
  if (line.length > 80) return null;
  const bare = line.replace(headingDecoration, '');
  for (const [step, pattern] of Object.entries(headings) as [PlanStep, RegExp][]) if (pattern.test(bare)) return step;
  return null;
}

export function parsePlanText(text: string): PlanDocument {
  const blocks: PlanBlock[] = [];
  let step: PlanStep | null = null;
  let open: PlanBlock | null = null;
  let count = 0;
  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const heading = line.trim() === '' ? null : headingOf(line);
    if (heading) {
      close();
      step = heading;
      count = 0;
    } else if (line.trim() === '') {
      close();
    } else if (step) {
      const marker = listMarker.exec(line);
      const contentStart = lineStart + (marker ? marker[0].length : line.length - line.trimStart().length);
      const contentEnd = lineStart + line.trimEnd().length;
      if (marker || !open) {
        close();
        open = { step, id: String(++count), start: contentStart, end: contentEnd };
      } else {
        (open as PlanBlock).end = contentEnd;
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  close();
  return { text, blocks };
}
