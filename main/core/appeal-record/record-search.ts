// Search over the saved appeals: every word typed must appear somewhere in what the list shows of
// an appeal (title, account, marketplace, status, id), in any case and width. The text to search
// is built once per list, so a keystroke only scans strings.

/** What a search compares: folded once, when the list is built. */
export function searchable(parts: readonly (string | null | undefined)[]): string {
  return fold(parts.filter((part): part is string => typeof part === 'string').join('\n'));
}

/** The items whose searchable text holds every word of `query`; all of them for an empty query. */
export function matching<T>(items: readonly T[], text: (item: T) => string, query: string): T[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = text(item);
    return words.every((word) => haystack.includes(word));
  });
}

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}
