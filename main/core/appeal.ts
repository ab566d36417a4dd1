// A saved appeal (plan of action) as stored on disk. The editor and the attempt rules build on
// this record; the foundation only needs it to persist and load appeals safely.
import { z } from 'zod';

export const AppealStatusSchema = z.enum(['draft', 'submitted', 'accepted', 'rejected']);

export const AppealSchema = z.object({
  id: z.string().min(1),
  notificationId: z.string().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  status: AppealStatusSchema,
  rootCauses: z.string(),
  actionsTaken: z.string(),
  prevention: z.string(),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Appeal = z.infer<typeof AppealSchema>;
