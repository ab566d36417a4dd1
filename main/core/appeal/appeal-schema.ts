// A guided appeal (plan of action) as stored: what Amazon said, the seller's root causes, actions
// and preventive measures, the evidence gathered, every saved version and every submission with
// Amazon's answer. Text fields accept any string, even empty or half-typed: what a seller types is
// never refused; the checker and the readiness say what is still missing. Status is derived
// (see attempts.ts), never stored, so it cannot disagree with the attempts.
import { z } from 'zod/mini';
import { locales } from '../i18n/locales';

const isoDate = z.iso.datetime({ offset: true });

export const PlanLanguageSchema = z.enum(locales);
export type PlanLanguage = z.infer<typeof PlanLanguageSchema>;

/** Step 1: the notification as Amazon wrote it (or as the seller pasted it). */
export const AmazonStepSchema = z.object({
  text: z.string(),
  policy: z.string(),
  asins: z.array(z.string()),
  /** The catalog metric the notification is about (`orderDefectRate.mfn`…); picks the evidence checklist. */
  metric: z.nullable(z.string()),
  /** When Amazon raised it: the 17-day clock starts here. */
  noticeAt: z.nullable(isoDate),
  /** A deadline Amazon stated; it wins over the 17-day clock. */
  deadline: z.nullable(isoDate),
});
export type AmazonStep = z.infer<typeof AmazonStepSchema>;

export const RootCauseSchema = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  /** Answers to the successive "why?" prompts, outermost first. */
  why: z.array(z.string()),
});
export type RootCause = z.infer<typeof RootCauseSchema>;

export const ActionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  /** When it was done: `YYYY-MM-DD` from a date field, or whatever was typed; checked, not refused. */
  date: z.string(),
  owner: z.string(),
  evidence: z.string(),
  /** The root cause this action answers; null until the seller links it. */
  rootCauseId: z.nullable(z.string()),
});
export type Action = z.infer<typeof ActionSchema>;

export const PreventionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  owner: z.string(),
  frequency: z.string(),
  /** How the seller will know it works. */
  measure: z.string(),
});
export type Prevention = z.infer<typeof PreventionSchema>;

/** Step 5: per checklist item id (see evidence-checklist.ts), whether it is gathered and what it is. */
export const EvidenceStateSchema = z.record(z.string(), z.object({ done: z.boolean(), note: z.string() }));
export type EvidenceState = z.infer<typeof EvidenceStateSchema>;

/** Everything the seller writes: what a version saves and what the plan is assembled from. */
export const AppealContentSchema = z.object({
  amazon: AmazonStepSchema,
  rootCauses: z.array(RootCauseSchema),
  actions: z.array(ActionSchema),
  preventions: z.array(PreventionSchema),
  evidence: EvidenceStateSchema,
});
export type AppealContent = z.infer<typeof AppealContentSchema>;

export const AppealVersionSchema = z.object({
  /** 1, 2, 3… in the order saved; never reused. */
  n: z.int().check(z.positive()),
  savedAt: isoDate,
  content: AppealContentSchema,
});
export type AppealVersion = z.infer<typeof AppealVersionSchema>;

export const submissionChannels = ['appeal-button', 'account-health', 'seller-support'] as const;
export const SubmissionChannelSchema = z.enum(submissionChannels);
export type SubmissionChannel = z.infer<typeof SubmissionChannelSchema>;

export const AttachmentSchema = z.object({
  name: z.string(),
  /** Hex SHA-256 of the file as attached, computed where files are read (never in core). */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  size: z.int().check(z.nonnegative()),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const answerKinds = ['accepted', 'rejected', 'info-requested'] as const;
export const AnswerSchema = z.object({
  kind: z.enum(answerKinds),
  /** Amazon's reply as written. */
  text: z.string(),
  at: isoDate,
});
export type Answer = z.infer<typeof AnswerSchema>;

export const AttemptSchema = z.object({
  at: isoDate,
  /** Null only for submissions recorded before Flagwatch asked for the channel. */
  channel: z.nullable(SubmissionChannelSchema),
  /** Exactly what was pasted into Amazon's form. */
  text: z.string(),
  attachments: z.array(AttachmentSchema),
  /** The version submitted. */
  version: z.int().check(z.positive()),
  answer: z.nullable(AnswerSchema),
});
export type Attempt = z.infer<typeof AttemptSchema>;

export const AppealSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Null for a blank appeal, linked to its notification later. */
  notificationId: z.nullable(z.string().check(z.minLength(1))),
  accountId: z.nullable(z.string().check(z.minLength(1))),
  marketplaceId: z.nullable(z.string().check(z.minLength(1))),
  /** The language the plan is written in: its headings follow it, not the app's language. */
  language: PlanLanguageSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
  /** Oldest first; the last one is the current content. Never empty. */
  versions: z.array(AppealVersionSchema).check(z.minLength(1)),
  attempts: z.array(AttemptSchema),
});
export type Appeal = z.infer<typeof AppealSchema>;
