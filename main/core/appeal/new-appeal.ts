// A new appeal: blank, or started from a notification so step 1 (what Amazon said) is filled in
// from the source. Linking a blank appeal to its notification later fills the same fields.
import type { PerformanceNotification } from '../schema';
import type { AmazonStep, Appeal, AppealContent, PlanLanguage } from './appeal-schema';
import { currentContent, saveVersion } from './versions';

export function emptyContent(): AppealContent {
  return {
    amazon: { text: '', policy: '', asins: [], metric: null, noticeAt: null, deadline: null },
    rootCauses: [],
    actions: [],
    preventions: [],
    evidence: {},
  };
}

export interface NewAppealInput {
  id: string;
  /** ISO date-time of creation. */
  now: string;
  language: PlanLanguage;
  notification?: PerformanceNotification;
}

/** Version 1 holds the starting content, so every appeal has a current version. */
export function newAppeal({ id, now, language, notification }: NewAppealInput): Appeal {
  const blank = emptyContent();
  const content = notification ? { ...blank, amazon: amazonStepFrom(notification, blank.amazon) } : blank;
  return {
    id,
    notificationId: notification?.id ?? null,
    accountId: notification?.accountId ?? null,
    marketplaceId: notification?.marketplaceId ?? null,
    language,
    createdAt: now,
    updatedAt: now,
    versions: [{ n: 1, savedAt: now, content }],
    attempts: [],
  };
}

/** Links the appeal to its notification and takes step 1 from it, as a new version. */
export function linkNotification(appeal: Appeal, notification: PerformanceNotification, now: string): Appeal {
  const content = currentContent(appeal);
  const linked = saveVersion(appeal, { ...content, amazon: amazonStepFrom(notification, content.amazon) }, now);
  return {
    ...linked,
    notificationId: notification.id,
    accountId: notification.accountId,
    marketplaceId: notification.marketplaceId,
    updatedAt: now,
  };
}

/** What Amazon said, from the notification; what the seller already pasted or typed is kept. */
function amazonStepFrom(notification: PerformanceNotification, typed: AmazonStep): AmazonStep {
  return {
    text: typed.text.trim() === '' ? notification.text : typed.text,
    policy: typed.policy.trim() === '' ? (notification.policy ?? '') : typed.policy,
    asins: [...new Set([...typed.asins, ...notification.asins])],
    metric: notification.metric,
    noticeAt: notification.occurredAt,
    deadline: notification.deadline ?? typed.deadline,
  };
}
