// Amazon's performance notice, from the text of an email or of a paste, into its fields. Pure:
// the same text and arrival time give the same answer. It never invents: every ASIN, policy,
// action and deadline it returns is spelled out in the text.
import { findAsins } from './asins';
import { findDeadline } from './deadline';
import { recogniseLanguage } from './notice-languages';
import type { NoticeGroup, NoticeLanguage, NoticePatterns } from './notice-patterns';
import { normaliseNoticeText, unwrap } from './normalise-text';
import { isAmazonSender } from './sender-domains';
import { findSellerCentralLinks } from './seller-central-links';

export type { NoticeGroup, NoticeLanguage } from './notice-patterns';

export interface ParsedNotice {
  title: string;
  metricGroup: NoticeGroup;
  policy: string | null;
  asins: string[];
  /** ISO 8601, only when the text states one. */
  deadline: string | null;
  /**
   * When the text states a date rather than a period: its day ('YYYY-MM-DD'). The day ends in the
   * marketplace's own time, known once the notice is placed (deadlineIn); until then `deadline`
   * is its end in UTC.
   */
  deadlineDay: string | null;
  /** The words that stated it. */
  deadlineText: string | null;
  requiredAction: string | null;
  language: NoticeLanguage;
  /** Seller Central links found. */
  links: string[];
  /** The notice's text, normalised. */
  text: string;
}

/** Why a text is not taken as a notice. */
export type NoticeRejection = 'empty' | 'not-from-amazon' | 'not-a-notice';

export type NoticeParse = { ok: true; notice: ParsedNotice } | { ok: false; reason: NoticeRejection };

export interface NoticeInput {
  text: string;
  subject?: string;
  from?: string;
  /** When it arrived (ISO): periods such as "within 7 days" count from here. */
  receivedAt: string;
}

const titleLength = 200;
/** A "Subject:" line near the top of a pasted email gives the title when no subject comes with it. */
const subjectLine = /^(?:subject|betreff|件名|主题|主旨)\s*[:：]\s*(.+)$/im;
const replyPrefix = /^(?:(?:re|fwd?|aw|wg|tr|転送|返信|回复|转发)\s*[:：]\s*)+/i;

export function parseNotice(input: NoticeInput): NoticeParse {
  const text = normaliseNoticeText(input.text);
  const subject = unwrap(normaliseNoticeText(input.subject ?? '') || (subjectLine.exec(text)?.[1] ?? '')).replace(
    replyPrefix,
    '',
  );
  if (text === '' && subject === '') return { ok: false, reason: 'empty' };
  if (input.from !== undefined && input.from.trim() !== '' && !isAmazonSender(input.from)) {
    return { ok: false, reason: 'not-from-amazon' };
  }
  const { patterns, score } = recogniseLanguage(text, subject);
  if (score === 0) return { ok: false, reason: 'not-a-notice' };

  const whole = `${subject}\n${text}`;
  const deadline = findDeadline(text, patterns, input.receivedAt);
  return {
    ok: true,
    notice: {
      title: subject || titleOf(text, patterns),
      metricGroup: patterns.groups.find((rule) => rule.pattern.test(whole))?.group ?? 'policy-compliance',
      policy: firstMatch(whole, patterns.policies),
      asins: findAsins(whole),
      deadline: deadline?.at ?? null,
      deadlineDay: deadline?.day ?? null,
      deadlineText: deadline?.text ?? null,
      requiredAction: requiredActionOf(text, patterns),
      language: patterns.language,
      links: findSellerCentralLinks(text),
      text,
    },
  };
}

/** The first sentence of the first paragraph once greetings and mail headers are taken off, shortened to a title's length. */
function titleOf(text: string, patterns: NoticePatterns): string {
  for (const paragraph of text.split(/\n\s*\n/)) {
    const lines = paragraph.split('\n').map((line) => withoutGreeting(line.trim(), patterns));
    const sentence = sentencesOf(lines.join('\n'))[0];
    if (sentence !== undefined)
      return sentence.length <= titleLength ? sentence : `${sentence.slice(0, titleLength - 1).trimEnd()}…`;
  }
  return '';
}

function withoutGreeting(line: string, patterns: NoticePatterns): string {
  for (const greeting of patterns.greetings) {
    const match = greeting.exec(line);
    if (match) return line.slice(match[0].length).trim();
  }
  return line;
}

/** A paragraph's sentences, hard wraps undone; a full stop after a digit (30. November) ends none. */
function sentencesOf(paragraph: string): string[] {
  return unwrap(paragraph)
    .split(/(?<=[^\d\s][.!?])\s+|(?<=[。！？])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  let best: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = match;
  }
  return best === null ? null : best[0].replace(/\s+/g, ' ');
}

/** The first sentence that asks the seller to act (a heading asking "what do I need to do?" is not one). */
function requiredActionOf(text: string, patterns: NoticePatterns): string | null {
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const sentence of sentencesOf(paragraph)) {
      if (/[?？]$/.test(sentence)) continue;
      if (patterns.actions.some((a) => a.test(sentence))) return sentence;
    }
  }
  return null;
}
