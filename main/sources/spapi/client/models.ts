// Response shapes of the Reports API 2021-06-30 operations, after Amazon's official model. Loose
// on purpose: unknown fields pass through, enums are open strings and what Amazon sometimes omits
// is optional. The Listings Items and Sellers shapes live with their rules in ../listings/types.
import { z } from 'zod';

export const reportSchema = z.looseObject({
  reportId: z.string(),
  reportType: z.string(),
  processingStatus: z.string(),
  createdTime: z.string(),
  marketplaceIds: z.array(z.string()).optional(),
  reportDocumentId: z.string().optional(),
  processingStartTime: z.string().optional(),
  processingEndTime: z.string().optional(),
});
export type Report = z.infer<typeof reportSchema>;

export const createReportResponseSchema = z.looseObject({ reportId: z.string() });

export const getReportsResponseSchema = z.looseObject({
  reports: z.array(reportSchema),
  nextToken: z.string().optional(),
});
export type GetReportsResponse = z.infer<typeof getReportsResponseSchema>;

export const reportDocumentSchema = z.looseObject({
  reportDocumentId: z.string(),
  url: z.string(),
  compressionAlgorithm: z.string().optional(),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
