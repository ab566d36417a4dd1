// Which metric and group of the inbox a notice is about, from the same pattern data the parser
// used. A group the seller corrected wins over what the words suggest.
import type { MetricGroup } from '../schema';
import { noticeLanguages } from './notice-languages';
import type { NoticeGroup } from './notice-patterns';
import type { ParsedNotice } from './parse-notice';

const inboxGroups: Record<NoticeGroup, MetricGroup> = {
  'customer-service': 'customerService',
  'policy-compliance': 'policyCompliance',
  shipping: 'shipping',
  account: 'account',
};

export function inboxGroupOf(group: NoticeGroup): MetricGroup {
  return inboxGroups[group];
}

/** The catalog metric the notice names, or null when its words name none of its group's metrics. */
export function noticeMetric(notice: Pick<ParsedNotice, 'language' | 'metricGroup' | 'title' | 'text'>): string | null {
  const patterns = noticeLanguages.find((p) => p.language === notice.language);
  const whole = `${notice.title}\n${notice.text}`;
  const rule = patterns?.groups.find((r) => r.group === notice.metricGroup && r.pattern.test(whole));
  return rule?.metric ?? null;
}
