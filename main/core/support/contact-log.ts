// The local log of Seller Support contacts: channel, when, Amazon's case id and a note, and the
// notification it was about. Amazon has deactivated an account for "excessive or duplicate
// contacts", so a new contact about a notification already raised within the configured days is
// warned about before it is recorded.
import { z } from 'zod/mini';
import { IsoDateSchema } from '../schema';

export const contactChannels = ['email', 'phone', 'chat'] as const;
export const ContactChannelSchema = z.enum(contactChannels);
export type ContactChannel = z.infer<typeof ContactChannelSchema>;

export const SupportContactSchema = z.object({
  id: z.string().check(z.minLength(1)),
  at: IsoDateSchema,
  channel: ContactChannelSchema,
  /** Amazon's case id, as given; empty when there is none yet. */
  caseId: z.string().check(z.maxLength(200)),
  note: z.string().check(z.maxLength(10_000)),
  /** Null for a contact about no one notification. */
  notificationId: z.nullable(z.string().check(z.minLength(1))),
  accountId: z.nullable(z.string().check(z.minLength(1))),
  marketplaceId: z.nullable(z.string().check(z.minLength(1))),
});
export type SupportContact = z.infer<typeof SupportContactSchema>;

/** Default for the setting: warn about a repeat contact within this many days. */
export const defaultRepeatContactDays = 7;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The latest contact about this notification less than `days` days before `now`, or null. A
 * contact about no notification never counts as a repeat.
 */
export function recentContact(
  contacts: readonly SupportContact[],
  notificationId: string | null,
  now: Date,
  days: number,
): SupportContact | null {
  if (notificationId === null) return null;
  let latest: SupportContact | null = null;
  for (const contact of contacts) {
    if (contact.notificationId !== notificationId) continue;
    const age = now.getTime() - Date.parse(contact.at);
    if (age >= days * dayMs) continue;
    if (latest === null || contact.at > latest.at) latest = contact;
  }
  return latest;
}
