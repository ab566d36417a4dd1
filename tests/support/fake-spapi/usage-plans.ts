// The fake SP-API's own rate limits: Amazon's usage plans as its models state them (read from
// tests/fixtures/spapi/usage-plans.json) and its own bookkeeping of who may call when. Nothing
// here comes from the client's rate table or token-bucket code, so when the client's idea of a
// limit drifts from Amazon's, the fake throttles it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface UsagePlan {
  /** Requests per second added back. */
  rate: number;
  /** Requests that may be made at once. */
  burst: number;
}

const UsagePlansSchema = z.object({
  operations: z.record(z.string(), z.object({ rate: z.number().positive(), burst: z.number().int().positive() })),
});

/** Operation id → usage plan, as Amazon's models give them. */
export const amazonUsagePlans: Readonly<Record<string, UsagePlan>> = UsagePlansSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/spapi/usage-plans.json', import.meta.url), 'utf8')),
).operations;

/**
 * Admission per caller and operation. Each key remembers when its allowance was last counted
 * and how many whole-or-partial requests it held then; a request is let through if at least one
 * full request has built up by now.
 */
export function createAdmission(plans: Readonly<Record<string, UsagePlan>>) {
  const ledgers = new Map<string, { heldAtMs: number; allowance: number }>();
  return {
    /** true: serve it; false: answer 429. */
    admit(caller: string, operation: string, nowMs: number): boolean {
      const plan = plans[operation];
      if (!plan) throw new Error(`the fake SP-API has no usage plan for ${operation}`);
      const key = `${caller}\u0000${operation}`;
      const ledger = ledgers.get(key) ?? { heldAtMs: nowMs, allowance: plan.burst };
      const builtUp = ((nowMs - ledger.heldAtMs) * plan.rate) / 1000;
      const allowance = Math.min(plan.burst, ledger.allowance + Math.max(0, builtUp));
      const heldAtMs = Math.max(ledger.heldAtMs, nowMs);
      // Amazon counts whole requests; a sliver short (float rounding) still counts as one.
      const admitted = allowance >= 1 - 1e-9;
      ledgers.set(key, { heldAtMs, allowance: admitted ? allowance - 1 : allowance });
      return admitted;
    },
  };
}
