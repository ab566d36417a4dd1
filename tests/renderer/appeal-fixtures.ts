// Saved appeals for renderer tests, written out as the host stores them.
import type { Appeal, AppealContent, Attempt } from '../../preload/contract';
import { hoursFromNow } from './fixtures';

export function someContent(overrides: Partial<AppealContent> = {}): AppealContent {
  return {
    amazon: {
      text: 'Your account has a high Order Defect Rate.',
      policy: '',
      asins: [],
      metric: 'orderDefectRate.mfn',
      noticeAt: hoursFromNow(-48),
      deadline: null,
    },
    rootCauses: [{ id: 'rc-1', text: 'Our carrier missed pickups in March.', why: [''] }],
    actions: [],
    preventions: [],
    evidence: {},
    ...overrides,
  };
}

/** An appeal with one version per content given (oldest first) and the attempts given. */
export function anAppeal(
  contents: AppealContent[],
  overrides: Partial<Pick<Appeal, 'id' | 'notificationId' | 'attempts'>> = {},
): Appeal {
  const savedAt = (index: number) => hoursFromNow(-40 + index);
  return {
    id: 'appeal-1',
    notificationId: null,
    accountId: null,
    marketplaceId: null,
    language: 'en',
    createdAt: savedAt(0),
    updatedAt: savedAt(contents.length - 1),
    versions: contents.map((content, index) => ({ n: index + 1, savedAt: savedAt(index), content })),
    attempts: [],
    ...overrides,
  };
}

export function anAttempt(version: number, text: string, answer: Attempt['answer'] = null): Attempt {
  return { at: hoursFromNow(-30), channel: 'account-health', text, attachments: [], version, answer };
}

export const rejected = (text = 'Your plan does not name the root cause.'): Attempt['answer'] => ({
  kind: 'rejected',
  text,
  at: hoursFromNow(-20),
});
