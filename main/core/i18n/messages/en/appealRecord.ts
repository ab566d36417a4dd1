// The appeal record kept offline, in the Appeals view: its search, and exporting or copying an
// appeal. The exported files' words and `flagwatch appeals` are the host's (host/appealRecord.ts).
export const appealRecord = {
  'appealRecord.search.label': 'Search appeals',
  'appealRecord.search.hint': 'Title, account, marketplace, status or id',
  'appealRecord.search.count': '{shown, plural, =0 {No appeal matches} one {# appeal} other {# appeals}} of {total}',
  'appealRecord.search.noMatch': 'No saved appeal matches “{query}”.',
  'appealRecord.showMore': 'Show {count} more',
  'appealRecord.export.heading': 'Keep a copy',
  'appealRecord.export.markdown': 'Download as Markdown',
  'appealRecord.export.pdf': 'Download as PDF',
  'appealRecord.export.copy': 'Copy as text',
  'appealRecord.export.copied': 'The appeal is on the clipboard.',
  'appealRecord.export.ready': '{file} is ready: your browser saves it to its downloads folder.',
  'appealRecord.action.export': 'export the appeal',
  'appealRecord.action.copy': 'copy the appeal',
} as const;
