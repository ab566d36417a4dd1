// The appeal record as plain text: what "Copy as text" puts on the clipboard, to paste into an
// email or a Seller Support case. No markup at all: a heading is a line of its own.
import type { RecordDocument } from './record-document';

export function recordPlainText(record: RecordDocument): string {
  const blocks = [record.title, record.facts.map((fact) => `${fact.label}: ${fact.value}`).join('\n')];
  for (const section of record.sections) blocks.push([section.heading, ...section.paragraphs].join('\n\n'));
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

/** Whether any text of the record needs a Chinese, Japanese or Korean font. */
export function recordNeedsCjk(record: RecordDocument): boolean {
  return cjk.test(recordPlainText(record));
}

const cjk = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u;
