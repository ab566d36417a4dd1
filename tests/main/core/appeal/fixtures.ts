// Appeals for the appeal tests, built by hand so the tests do not lean on the code they check.
import type { Appeal, AppealContent, Attempt } from '../../../../main/core/appeal/appeal-schema';

export const created = '2026-03-01T09:00:00.000Z';

export function content(overrides: Partial<AppealContent> = {}): AppealContent {
  return {
    amazon: { text: 'Your account is at risk.', policy: '', asins: [], metric: null, noticeAt: null, deadline: null },
    rootCauses: [],
    actions: [],
    preventions: [],
    evidence: {},
    ...overrides,
  };
}

export function appeal(overrides: Partial<Appeal> = {}): Appeal {
  return {
    id: 'appeal-1',
    notificationId: 'n_1',
    accountId: 'acct-1',
    marketplaceId: 'ATVPDKIKX0DER',
    language: 'en',
    createdAt: created,
    updatedAt: created,
    versions: [{ n: 1, savedAt: created, content: content() }],
    attempts: [],
    ...overrides,
  };
}

export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    at: '2026-03-02T09:00:00.000Z',
    channel: 'appeal-button',
    text: 'First plan.',
    attachments: [],
    version: 1,
    answer: null,
    ...overrides,
  };
}
