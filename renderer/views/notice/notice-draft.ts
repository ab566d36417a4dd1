// A parsed notice as the form edits it (ASINs as one line of text, the deadline in local time
// for a datetime-local field) and back, checked against the contract's schema, with each
// problem in our words next to its field.
import type { ParsedNotice } from '../../../preload/contract';
import type { Message } from '../../i18n/message';

export interface NoticeDraft {
  title: string;
  metricGroup: ParsedNotice['metricGroup'];
  policy: string;
  asins: string;
  /** "YYYY-MM-DDTHH:mm" in local time, or empty for none. */
  deadline: string;
  requiredAction: string;
}

export type NoticeField = 'title' | 'asins' | 'deadline';

export function draftOf(notice: ParsedNotice): NoticeDraft {
  return {
    title: notice.title,
    metricGroup: notice.metricGroup,
    policy: notice.policy ?? '',
    asins: notice.asins.join(', '),
    deadline: notice.deadline === null ? '' : localInputValue(new Date(notice.deadline)),
    requiredAction: notice.requiredAction ?? '',
  };
}

/** The notice as corrected; the deadline's words are kept only while the deadline is the one they stated. */
export function noticeOf(parsed: ParsedNotice, draft: NoticeDraft): ParsedNotice {
  const unchanged = draft.deadline === (parsed.deadline === null ? '' : localInputValue(new Date(parsed.deadline)));
  const deadline = draft.deadline === '' ? null : unchanged ? parsed.deadline : isoOf(draft.deadline);
  return {
    ...parsed,
    title: draft.title.trim(),
    metricGroup: draft.metricGroup,
    policy: draft.policy.trim() || null,
    asins: [...new Set(draft.asins.split(/[\s,，、]+/).filter((a) => a !== ''))],
    deadline,
    deadlineText: unchanged ? parsed.deadlineText : null,
    requiredAction: draft.requiredAction.trim() || null,
  };
}

export function problemsOf(parsed: ParsedNotice, draft: NoticeDraft): Partial<Record<NoticeField, Message>> {
  const notice = noticeOf(parsed, draft);
  const problems: Partial<Record<NoticeField, Message>> = {};
  if (notice.title === '') problems.title = { key: 'notice.invalid.title' };
  const wrong = notice.asins.filter((a) => !/^[A-Z0-9]{10}$/.test(a));
  if (wrong.length > 0) problems.asins = { key: 'notice.invalid.asins', values: { asins: wrong.join(', ') } };
  if (draft.deadline !== '' && notice.deadline === '') problems.deadline = { key: 'notice.invalid.deadline' };
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
