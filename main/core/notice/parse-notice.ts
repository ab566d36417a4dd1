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
const replyPrefix = /^(?:(?:re|fwd?|aw|wg|tr|転送|返信|回复|转发)\s*[:：]\s*)+/i;

export function parseNotice(input: NoticeInput): NoticeParse {
  const text = normaliseNoticeText(input.text);
  const subject = unwrap(normaliseNoticeText(input.subject ?? '')).replace(replyPrefix, '');
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
      deadlineText: deadline?.text ?? null,
      requiredAction: requiredActionOf(text, patterns),
      language: patterns.language,
      links: findSellerCentralLinks(text),
      text,
    },
  };
}

/** The first sentence of the first paragraph that is not a greeting or a mail header, shortened to a title's length. */
function titleOf(text: string, patterns: NoticePatterns): string {
  const paragraphs = text.split(/\n\s*\n/).flatMap((p) => {
    const lines = p.split('\n').filter((l) => !patterns.greetings.some((g) => g.test(l.trim())));
    return lines.length > 0 ? [unwrap(lines.join('\n'))] : [];
  });
  const first = paragraphs.find((p) => p !== '') ?? unwrap(text);
  const sentence = first.split(/(?<=[.!?])\s+|(?<=[。！？])/)[0] ?? first;
  return sentence.length <= titleLength ? sentence : `${sentence.slice(0, titleLength - 1).trimEnd()}…`;
}

function firstMatch(text: string, patterns: readonly RegExp[]): string | null {
  let best: RegExpExecArray | null = null;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (best === null || match.index < best.index)) best = match;
  }
  return best === null ? null : best[0].replace(/\s+/g, ' ');
}

/** The first sentence that asks the seller to act, its hard wraps undone. */
function requiredActionOf(text: string, patterns: NoticePatterns): string | null {
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const sentence of unwrap(paragraph).split(/(?<=[.!?])\s+|(?<=[。！？])/)) {
      if (patterns.actions.some((a) => a.test(sentence))) return sentence.trim();
    }
  }
  return null;
}
