// The case summary a seller pastes into a Seller Support contact or reads out on a call-back: the
// account, marketplace and notification, its ASINs and dates, the appeal attempts so far with
// Amazon's answers, what was already done, and earlier Support contacts. Plain text in the
// reader's language; Amazon's and the seller's own words stay as written.
import type { Appeal } from '../appeal/appeal-schema';
import { attemptsSummary } from '../appeal/attempts';
import { currentVersion } from '../appeal/versions';
import { marketplaceNameAndCode } from '../catalog/marketplace-name';
import type { Translator } from '../i18n/translator';
import type { PerformanceNotification } from '../schema';
import type { SupportContact } from './contact-log';

export interface CaseFacts {
  notification: PerformanceNotification | null;
  accountName: string | null;
  /** The appeal for it, when there is one. */
  appeal: Appeal | null;
  /** Earlier contacts about the same notification, oldest first. */
  contacts: readonly SupportContact[];
}

export function caseSummary({ notification, accountName, appeal, contacts }: CaseFacts, t: Translator): string {
  const content = appeal === null ? null : currentVersion(appeal).content;
  const marketplaceId = notification?.marketplaceId ?? appeal?.marketplaceId ?? null;
  const asins = notification?.asins.length ? notification.asins : (content?.amazon.asins ?? []);
  const deadline = notification?.deadline ?? content?.amazon.deadline ?? null;
  const lines = [t.t('support.summary.title')];
  const line = (key: Parameters<Translator['t']>[0], value: string | null | undefined) => {
    if (value !== null && value !== undefined && value.trim() !== '') lines.push(t.t(key, { value }));
  };
  line('support.summary.account', accountName ?? notification?.accountId ?? appeal?.accountId);
  line('support.summary.marketplace', marketplaceId === null ? null : marketplaceNameAndCode(marketplaceId, t));
  line('support.summary.notification', notification?.title ?? null);
  line('support.summary.policy', notification?.policy ?? content?.amazon.policy);
  line('support.summary.asins', asins.join(', '));
  line('support.summary.received', notification ? t.date(notification.occurredAt, 'dateTime') : null);
  line('support.summary.deadline', deadline === null ? null : t.date(deadline, 'dateTime'));

  if (appeal !== null && content !== null) {
    const used = attemptsSummary(appeal);
    lines.push(t.t('support.summary.attempts', { used: used.used, limit: used.limit }));
    appeal.attempts.forEach((attempt, index) => {
      const channel = attempt.channel === null ? '' : ` · ${t.t(`appeal.channel.${attempt.channel}`)}`;
      const answer =
        attempt.answer === null
          ? t.t('support.summary.noAnswer')
          : `${t.t(`appeal.answer.${attempt.answer.kind}`)} (${t.date(attempt.answer.at, 'date')})`;
      lines.push(
        `  ${t.t('support.summary.attempt', { number: index + 1, when: t.date(attempt.at, 'date') })}${channel}: ${answer}`,
      );
    });
    const done = content.actions.filter((action) => action.text.trim() !== '');
    if (done.length > 0) {
      lines.push(t.t('support.summary.done'));
      for (const action of done) {
        const date = action.date.trim() === '' ? '' : ` (${action.date.trim()})`;
        lines.push(`  - ${action.text.trim().replace(/\s*\n\s*/g, ' ')}${date}`);
      }
    }
  } else {
    lines.push(t.t('support.summary.noAppeal'));
  }

  if (contacts.length > 0) {
    lines.push(t.t('support.summary.contacts'));
    for (const contact of contacts) {
      const parts = [t.date(contact.at, 'date'), t.t(`support.channel.${contact.channel}`)];
      if (contact.caseId.trim() !== '') parts.push(t.t('support.summary.caseId', { caseId: contact.caseId.trim() }));
      lines.push(`  - ${parts.join(' · ')}`);
    }
  }
  return lines.join('\n');
}
