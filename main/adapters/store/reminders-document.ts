// reminders.json as a store file: for each open notification with a deadline, the reminders
// already raised, written before one is shown so that not even a crash makes it come twice.
import { z } from 'zod';
import type { RemindersDocument } from '../../app/ports';
import { IsoDateSchema } from '../../core/schema';
import type { DocumentSpec } from './documents';

export const RemindersDocumentSchema = z.object({
  raised: z.record(z.string(), z.object({ deadline: IsoDateSchema, leadHours: z.number().positive() })),
}) satisfies z.ZodType<RemindersDocument>;

export const remindersSpec: DocumentSpec<RemindersDocument> = {
  name: 'reminders',
  label: 'clocks.store.label',
  startsOver: 'clocks.store.startsOver',
  schema: RemindersDocumentSchema,
  defaults: { raised: {} },
};
