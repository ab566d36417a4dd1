// The morning digest put into words, in the translator's language: one title and a few short
// lines, the same text the desktop notification shows and `flagwatch digest` prints. A click
// opens the Today view.
import { timeLeft } from '../badge';
import { marketplaceById } from '../catalog/marketplaces';
import { describeTarget, formatValue, metricName } from '../catalog/metric-text';
import type { Translator } from '../i18n/translator';
import type { PlannedNotification } from '../notify/plan';
import type { Account } from '../schema';
import type { DigestSummary } from './digest-summary';

/** More metrics than this close to their target become "and N more". */
export const nearTargetLines = 3;

export function digestNotification(
  summary: DigestSummary,
  accounts: readonly Account[],
  t: Translator,
): PlannedNotification {
  const names = new Map(accounts.map((a) => [a.id, a.name]));
  const where = (accountId: string | null, marketplaceId: string | null) =>
    [accountId && (names.get(accountId) ?? accountId), marketplaceId && marketplaceById(marketplaceId).code]
      .filter(Boolean)
      .join(' · ');
  const lines: string[] = [];
  if (summary.allClear) lines.push(t.t('digest.body.allClear'));
  for (const { group, open, unread } of summary.groups) {
    lines.push(t.t('digest.group', { group: t.t(`group.${group}`), open, unread }));
  }
  const urgent = summary.mostUrgent;
  if (urgent) {
    const left = timeLeft(urgent.msLeft, t);
    lines.push(
      t.t('digest.mostUrgent', { title: urgent.title, where: where(urgent.accountId, urgent.marketplaceId), left }),
    );
  }
  for (const m of summary.nearTarget.slice(0, nearTargetLines)) {
    lines.push(
      t.t('digest.nearTarget', {
        metric: metricName(m.metric, t),
        value: formatValue(m.unit, m.value, t),
        target: describeTarget(m.unit, m.target, t),
        headroom: formatValue(m.unit, m.headroom, t),
        where: where(m.accountId, m.marketplaceId),
      }),
    );
  }
  if (summary.nearTarget.length > nearTargetLines)
    lines.push(t.t('digest.nearTarget.more', { count: summary.nearTarget.length - nearTargetLines }));
  if (summary.awaitingAnswer.length > 0) lines.push(t.t('digest.awaiting', { count: summary.awaitingAnswer.length }));

  const open = summary.groups.reduce((sum, g) => sum + g.open, 0);
  const unread = summary.groups.reduce((sum, g) => sum + g.unread, 0);
  return {
    title: summary.allClear ? t.t('digest.title.allClear') : t.t('digest.title.open', { open, unread }),
    body: lines.join('\n'),
    urgency: 'normal',
    notificationId: null,
    opens: 'today',
  };
}
