// Appeals as the first data format stored them (one text per part, a stored status), and how
// each becomes a guided appeal: its texts become one root cause, one action and one preventive
// measure; a submission becomes an attempt (its channel and exact text unknown), with Amazon's
// answer when the status held one. Nothing the seller wrote is dropped.
import { z } from 'zod/mini';
import type { Appeal, Attempt } from './appeal-schema';
import { emptyContent } from './new-appeal';
import { detectPlanLanguage } from './plan-language';

export const LegacyAppealSchema = z.object({
  id: z.string().check(z.minLength(1)),
  notificationId: z.string().check(z.minLength(1)),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  status: z.enum(['draft', 'submitted', 'accepted', 'rejected']),
  rootCauses: z.string(),
  actionsTaken: z.string(),
  prevention: z.string(),
  submittedAt: z.nullable(z.iso.datetime({ offset: true })),
});
export type LegacyAppeal = z.infer<typeof LegacyAppealSchema>;

export function appealFromLegacy(legacy: LegacyAppeal): Appeal {
  const blank = emptyContent();
  const filled = (text: string) => text.trim() !== '';
  const content = {
    ...blank,
    rootCauses: filled(legacy.rootCauses) ? [{ id: 'rc-1', text: legacy.rootCauses, why: [] }] : [],
    actions: filled(legacy.actionsTaken)
      ? [
          {
            id: 'action-1',
            text: legacy.actionsTaken,
            date: '',
            owner: '',
            evidence: '',
            rootCauseId: filled(legacy.rootCauses) ? 'rc-1' : null,
          },
        ]
      : [],
    preventions: filled(legacy.prevention)
      ? [{ id: 'prevention-1', text: legacy.prevention, owner: '', frequency: '', measure: '' }]
      : [],
  };
  const allText = [legacy.rootCauses, legacy.actionsTaken, legacy.prevention].filter(filled).join('\n\n');
  const submitted = legacy.status !== 'draft' || legacy.submittedAt !== null;
  const attempt: Attempt = {
    at: legacy.submittedAt ?? legacy.updatedAt,
    channel: null,
    text: allText,
    attachments: [],
    version: 1,
    answer:
      legacy.status === 'accepted' || legacy.status === 'rejected'
        ? { kind: legacy.status, text: '', at: legacy.updatedAt }
        : null,
  };
  return {
    id: legacy.id,
    notificationId: legacy.notificationId,
    accountId: null,
    marketplaceId: null,
    language: detectPlanLanguage(allText),
    createdAt: legacy.createdAt,
    updatedAt: legacy.updatedAt,
    versions: [{ n: 1, savedAt: legacy.updatedAt, content }],
    attempts: submitted ? [attempt] : [],
  };
}

/** The appeals store's migration from data format 1: every appeal as a guided appeal. */
export function migrateLegacyAppeals(document: unknown): { appeals: Appeal[] } {
  const { appeals } = z.object({ appeals: z.array(LegacyAppealSchema) }).parse(document);
  return { appeals: appeals.map(appealFromLegacy) };
}
