// What the window sees of appeals: a summary per appeal for lists, the whole appeal with its
// unsaved draft for the workspace, and what recording a submission answers. Schemas, so the
// contract validates them like every other payload.
import { z } from 'zod/mini';
import { IsoDateSchema } from '../schema';
import { AppealContentSchema, AppealSchema, PlanLanguageSchema } from './appeal-schema';

export const appealStatuses = ['draft', 'submitted', 'info-requested', 'rejected', 'accepted'] as const;
export const AppealStatusSchema = z.enum(appealStatuses);

export const AppealSummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  notificationId: z.nullable(z.string()),
  accountId: z.nullable(z.string()),
  marketplaceId: z.nullable(z.string()),
  /** The linked notification's title, or the first words of what Amazon said; empty for a blank appeal. */
  title: z.string(),
  language: PlanLanguageSchema,
  status: AppealStatusSchema,
  attemptsUsed: z.int().check(z.nonnegative()),
  attemptLimit: z.int().check(z.positive()),
  /** The appeal clock's deadline (Amazon's, or the 17-day window). */
  deadline: IsoDateSchema,
  updatedAt: IsoDateSchema,
});
export type AppealSummary = z.infer<typeof AppealSummarySchema>;

/** Typing autosaved since the last version: a crash loses at most the last second of it. */
export const AppealDraftSchema = z.object({ content: AppealContentSchema, savedAt: IsoDateSchema });
export type AppealDraft = z.infer<typeof AppealDraftSchema>;

export const AppealWorkspaceSchema = z.object({ appeal: AppealSchema, draft: z.nullable(AppealDraftSchema) });
export type AppealWorkspace = z.infer<typeof AppealWorkspaceSchema>;

export const SubmissionWarningSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('near-copy'), attempt: z.int().check(z.positive()), similarity: z.number() }),
  z.object({ kind: z.literal('appeal-button-used') }),
  z.object({ kind: z.literal('attempts-used-up') }),
  z.object({ kind: z.literal('already-accepted') }),
]);

/** Recording a submission: warned about first, recorded once the seller confirms (or when nothing warns). */
export const SubmissionOutcomeSchema = z.object({
  recorded: z.boolean(),
  warnings: z.array(SubmissionWarningSchema),
  workspace: AppealWorkspaceSchema,
});
export type SubmissionOutcome = z.infer<typeof SubmissionOutcomeSchema>;
