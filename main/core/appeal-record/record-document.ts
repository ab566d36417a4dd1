// An appeal as a record to keep or hand on: its facts (where it stands, for which account and
// marketplace), what Amazon said, the plan as assembled, and every attempt with exactly what was
// submitted and Amazon's answer. One structure, written out as Markdown, plain text or PDF, so
// the three never disagree. Labels follow the reader's language; the plan keeps its own.
import { assemblePlan } from '../appeal/assemble-plan';
import type { Appeal } from '../appeal/appeal-schema';
import { appealClock, appealStatus, attemptsSummary } from '../appeal/attempts';
import { currentVersion } from '../appeal/versions';
import { marketplaceNameAndCode } from '../catalog/marketplace-name';
import type { Translator } from '../i18n/translator';
import type { PerformanceNotification } from '../schema';

export interface RecordFact {
  label: string;
  value: string;
}

export interface RecordSection {
  heading: string;
  /** Each one a paragraph; line breaks inside stay. */
  paragraphs: string[];
}

export interface RecordDocument {
  title: string;
  facts: RecordFact[];
  sections: RecordSection[];
}

export interface RecordContext {
  /** The linked notification, when the inbox still has it. */
  notification?: PerformanceNotification;
  /** The account's name as the inbox knows it. */
  accountName?: string;
  /** The reader's language: labels, dates. */
  t: Translator;
  /** The plan's own language (its headings): see plan-translator. */
  planT: Translator;
}

export function appealRecord(appeal: Appeal, { notification, accountName, t, planT }: RecordContext): RecordDocument {
  const content = currentVersion(appeal).content;
  const attempts = attemptsSummary(appeal);
  const clock = appealClock(appeal, new Date(0));
  const title = notification?.title ?? firstLine(content.amazon.text) ?? t.t('appeal.blankTitle');
  const fact = (label: string, value: string | null | undefined): RecordFact[] =>
    value === null || value === undefined || value.trim() === '' ? [] : [{ label, value }];

  const facts = [
    ...fact(t.t('appealRecord.fact.status'), t.t(`appeal.status.${appealStatus(appeal)}`)),
    ...fact(
      t.t('appealRecord.fact.attempts'),
      t.t('appealRecord.attemptsUsed', { used: attempts.used, limit: attempts.limit }),
    ),
    ...fact(t.t('appealRecord.fact.deadline'), t.date(clock.deadline, 'dateTime')),
    ...fact(t.t('appealRecord.fact.account'), accountName ?? appeal.accountId),
    ...fact(
      t.t('appealRecord.fact.marketplace'),
      appeal.marketplaceId === null ? null : marketplaceNameAndCode(appeal.marketplaceId, t),
    ),
    ...fact(t.t('appealRecord.fact.policy'), content.amazon.policy),
    ...fact(t.t('appealRecord.fact.asins'), content.amazon.asins.join(', ')),
    ...fact(
      t.t('appealRecord.fact.noticeAt'),
      content.amazon.noticeAt === null ? null : t.date(content.amazon.noticeAt, 'dateTime'),
    ),
    ...fact(t.t('appealRecord.fact.created'), t.date(appeal.createdAt, 'dateTime')),
    ...fact(t.t('appealRecord.fact.updated'), t.date(appeal.updatedAt, 'dateTime')),
    ...fact(t.t('appealRecord.fact.versions'), t.number(appeal.versions.length)),
    ...fact(t.t('appealRecord.fact.id'), appeal.id),
  ];

  const sections: RecordSection[] = [];
  const amazonText = content.amazon.text.trim();
  if (amazonText !== '') sections.push({ heading: t.t('appeal.step.amazon'), paragraphs: paragraphsOf(amazonText) });
  const plan = assemblePlan(content, planT).text;
  sections.push({
    heading: t.t('appealRecord.section.plan'),
    paragraphs: plan === '' ? [t.t('appealRecord.planEmpty')] : paragraphsOf(plan),
  });
  appeal.attempts.forEach((attempt, index) => {
    const channel =
      attempt.channel === null
        ? t.t('appeal.attempt.channelUnknown')
        : t.t('appeal.attempt.channel', { channel: t.t(`appeal.channel.${attempt.channel}`) });
    const answer = attempt.answer;
    sections.push({
      heading: t.t('appealRecord.section.attempt', { number: index + 1, when: t.date(attempt.at, 'dateTime') }),
      paragraphs: [
        [channel, t.t('appealRecord.attemptVersion', { version: attempt.version })].join(' · '),
        ...(attempt.attachments.length === 0
          ? []
          : [
              t.t('appealRecord.attachments', {
                names: t.list(attempt.attachments.map((a) => `${a.name} (SHA-256 ${a.sha256})`)),
              }),
            ]),
        ...paragraphsOf(attempt.text.trim() === '' ? t.t('appealRecord.submittedEmpty') : attempt.text.trim()),
        answer === null
          ? t.t('appealRecord.noAnswer')
          : t.t('appealRecord.answer', {
              kind: t.t(`appeal.answer.${answer.kind}`),
              when: t.date(answer.at, 'dateTime'),
            }),
        ...(answer === null || answer.text.trim() === '' ? [] : paragraphsOf(answer.text.trim())),
      ],
    });
  });
  return { title, facts, sections };
}

/** Blank lines separate paragraphs; single line breaks stay inside one. */
function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

function firstLine(text: string): string | undefined {
  const line = text.trim().split('\n', 1)[0]?.trim();
  return line === '' ? undefined : line;
}
