// The appeal record as Markdown, for a file the seller keeps next to their business records.
// What Amazon and the seller wrote is kept as written, but a line that Markdown would read as a
// heading, a list or a quote is escaped, so the file shows the text rather than reshaping it.
import type { RecordDocument } from './record-document';

export function recordMarkdown(record: RecordDocument): string {
  const lines = [`# ${escapeInline(record.title)}`, ''];
  for (const fact of record.facts) lines.push(`- **${escapeInline(fact.label)}:** ${escapeInline(fact.value)}`);
  for (const section of record.sections) {
    lines.push('', `## ${escapeInline(section.heading)}`);
    for (const paragraph of section.paragraphs) lines.push('', escapeBlock(paragraph));
  }
  return `${lines.join('\n')}\n`;
}

/** Each line of the text, with two trailing spaces to keep the seller's line breaks. */
function escapeBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeInline(line).replace(/^(\s*)([#>+-]|\d+[.)])(\s)/, '$1\\$2$3'))
    .join('  \n');
}

function escapeInline(text: string): string {
  return text.replace(/([\\`*_[\]<])/g, '\\$1');
}
