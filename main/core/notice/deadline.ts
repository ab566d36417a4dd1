// The deadline a notice states, and only one it states: a period counted from when the notice
// arrived ("within 17 days", 本日より7日以内, innerhalb von 7 Tagen) or a date in the notice's
// own way of writing dates. Periods that look back ("invoices from the last 365 days") or that
// time Amazon's own reply ("we usually respond within 48 hours") are not deadlines.
import type { NoticePatterns } from './notice-patterns';
import { numberOf } from './numbers';

export interface StatedDeadline {
  /** ISO 8601; a stated date counts to the end of that day in UTC until its marketplace is known. */
  at: string;
  /** A stated date's day ('YYYY-MM-DD'), which ends in the marketplace's own time; null for a period. */
  day: string | null;
  /** The words that stated it, hard wraps undone. */
  text: string;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const sentenceEnd = /[.!?。！？]\s|[。！？]|\n\s*\n/g;
const fullWidthZero = '０'.charCodeAt(0);

interface Found {
  index: number;
  deadline: StatedDeadline;
}

export function findDeadline(text: string, patterns: NoticePatterns, receivedAt: string): StatedDeadline | null {
  const received = Date.parse(receivedAt);
  let best: Found | null = null;
  const consider = (index: number, deadline: StatedDeadline | null): void => {
    if (deadline && (best === null || index < best.index)) best = { index, deadline };
  };

  for (const { pattern, unit } of patterns.relativeDeadlines) {
    for (const match of text.matchAll(globalOf(pattern))) {
      if (!stated(text, match.index, patterns)) continue;
      const n = numberOf(match.groups?.n ?? '', patterns.numberWords);
      if (n === null || n <= 0 || n > 366 || Number.isNaN(received)) continue;
      consider(match.index, {
        at: new Date(addPeriod(received, n, unit)).toISOString(),
        day: null,
        text: wordsOf(match[0]),
      });
    }
  }
  for (const pattern of patterns.explicitDeadlines) {
    for (const match of text.matchAll(globalOf(pattern))) {
      if (!stated(text, match.index, patterns)) continue;
      const at = dateOf(match.groups ?? {}, patterns);
      if (at !== null) consider(match.index, { at, day: at.slice(0, 10), text: wordsOf(match[0]) });
    }
  }
  return (best as Found | null)?.deadline ?? null;
}

/** A period is the seller's deadline unless it looks back or times Amazon's own reply. */
function stated(text: string, index: number, patterns: NoticePatterns): boolean {
  if (patterns.lookBack.test(text.slice(Math.max(0, index - 24), index))) return false;
  return !patterns.amazonTiming.test(sentenceAround(text, index));
}

function sentenceAround(text: string, index: number): string {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(sentenceEnd)) {
    const after = match.index + match[0].length;
    if (after <= index) start = after;
    else {
      end = match.index;
      break;
    }
  }
  return text.slice(start, end);
}

function addPeriod(from: number, n: number, unit: 'days' | 'business-days' | 'hours'): number {
  if (unit === 'hours') return from + n * HOUR_MS;
  if (unit === 'days') return from + n * DAY_MS;
  let at = from;
  for (let left = n; left > 0;) {
    at += DAY_MS;
    const weekday = new Date(at).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return at;
}

function dateOf(groups: Record<string, string | undefined>, patterns: NoticePatterns): string | null {
  const year = digits(groups.year);
  const day = digits(groups.day);
  const month = groups.monthName
    ? patterns.monthNames[groups.monthName.slice(0, 3).toLowerCase()]
    : digits(groups.month);
  if (year === null || day === null || month === undefined || month === null) return null;
  if (year < 2000 || year > 2999) return null;
  const at = Date.UTC(year, month - 1, day, 23, 59, 59);
  const date = new Date(at);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString();
}

function digits(written: string | undefined): number | null {
  if (written === undefined) return null;
  const ascii = written.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - fullWidthZero));
  return /^\d+$/.test(ascii) ? Number(ascii) : null;
}

function wordsOf(match: string): string {
  return match.replace(/\s+/g, ' ').trim();
}

const globals = new WeakMap<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  return global;
}
