// A parsed notice as the form edits it (ASINs as one line of text, the deadline in local time
// for a datetime-local field) and back, checked against the contract's schema, with each
// problem in our words next to its field. A deadline the seller leaves as stated follows the
// marketplace chosen: a stated date ends in that marketplace's own time.
import { deadlineIn } from '../../../main/core/notice/deadline-in';
import type { ParsedNotice } from '../../../preload/contract';
import type { Message } from '../../i18n/message';

export interface NoticeDraft {
  title: string;
  metricGroup: ParsedNotice['metricGroup'];
  policy: string;
  asins: string;
  /** The seller's own "YYYY-MM-DDTHH:mm" in local time, empty for none; null: as the notice states it. */
  deadline: string | null;
  requiredAction: string;
}

export type NoticeField = 'title' | 'asins' | 'deadline';

export function draftOf(notice: ParsedNotice): NoticeDraft {
  return {
    title: notice.title,
    metricGroup: notice.metricGroup,
    policy: notice.policy ?? '',
    asins: notice.asins.join(', '),
    deadline: null,
    requiredAction: notice.requiredAction ?? '',
  };
}

/** What the deadline field shows: the seller's own, or the stated one as it ends in the marketplace chosen. */
export function deadlineFieldValue(
  parsed: ParsedNotice,
  draft: NoticeDraft,
  marketplaceId: string | undefined,
): string {
  if (draft.deadline !== null) return draft.deadline;
  const stated = marketplaceId === undefined ? parsed.deadline : deadlineIn(parsed, marketplaceId);
  return stated === null ? '' : localInputValue(new Date(stated));
}

/** The notice as corrected; the deadline's words and day are kept only while it is the one they stated. */
export function noticeOf(parsed: ParsedNotice, draft: NoticeDraft): ParsedNotice {
  const own = draft.deadline;
  const stated = own === null;
  return {
    ...parsed,
    title: draft.title.trim(),
    metricGroup: draft.metricGroup,
    policy: draft.policy.trim() || null,
    asins: [...new Set(draft.asins.split(/[\s,，、]+/).filter((a) => a !== ''))],
    deadline: stated ? parsed.deadline : own === '' ? null : isoOf(own),
    deadlineDay: stated ? parsed.deadlineDay : null,
    deadlineText: stated ? parsed.deadlineText : null,
    requiredAction: draft.requiredAction.trim() || null,
  };
}

export function problemsOf(parsed: ParsedNotice, draft: NoticeDraft): Partial<Record<NoticeField, Message>> {
  const notice = noticeOf(parsed, draft);
  const problems: Partial<Record<NoticeField, Message>> = {};
  if (notice.title === '') problems.title = { key: 'notice.invalid.title' };
  const wrong = notice.asins.filter((a) => !/^[A-Z0-9]{10}$/.test(a));
  if (wrong.length > 0) problems.asins = { key: 'notice.invalid.asins', values: { asins: wrong.join(', ') } };
  if (draft.deadline && notice.deadline === '') problems.deadline = { key: 'notice.invalid.deadline' };
  return problems;
}

function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A local "YYYY-MM-DDTHH:mm" as ISO 8601; empty text when it is not a date. */
function isoOf(local: string): string {
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? '' : at.toISOString();
}
