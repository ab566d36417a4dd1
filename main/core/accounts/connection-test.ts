// "Test connection": what the SP-API client reports (a probe), and the plain-words answer the
// seller sees for it. The client itself is a port of the app (`ConnectionTester`), so this file is pure.
import { z } from 'zod';
import { messageOf } from '../error-message';
import { IsoDateSchema } from '../schema';
import { marketplaceText, type AccountConfig } from './account-config';
import type { AccountSecrets } from './secret-names';

export const connectionFailureKinds = [
  'missing-secrets',
  'refresh-token',
  'client-credentials',
  'missing-role',
  'unreachable',
  'throttled',
  'unexpected',
] as const;
export const ConnectionFailureKindSchema = z.enum(connectionFailureKinds);
export type ConnectionFailureKind = z.infer<typeof ConnectionFailureKindSchema>;

const MarketplaceParticipationSchema = z.object({ id: z.string().min(1), participating: z.boolean() });
export type MarketplaceParticipation = z.infer<typeof MarketplaceParticipationSchema>;

/** What the client found out; `detail` (unexpected failures only) may quote Amazon's answer. */
export type ConnectionProbe =
  | { ok: true; sellerName?: string; marketplaces: MarketplaceParticipation[] }
  | { ok: false; kind: Exclude<ConnectionFailureKind, 'missing-secrets'>; detail?: string };

export const ConnectionTestResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    sellerName: z.string().optional(),
    marketplaces: z.array(MarketplaceParticipationSchema),
    message: z.string(),
  }),
  z.object({ ok: z.literal(false), kind: ConnectionFailureKindSchema, message: z.string() }),
]);
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>;

export const LastTestSchema = z.object({ at: IsoDateSchema, result: ConnectionTestResultSchema });
export type LastTest = z.infer<typeof LastTestSchema>;

const failureMessages: Record<Exclude<ConnectionFailureKind, 'unexpected'>, string> = {
  'missing-secrets':
    'The client secret and refresh token of this account are not saved. Enter both, save, then test again.',
  'refresh-token':
    "Amazon refused the refresh token: it is mistyped, or the seller revoked this app's authorization. Authorize the app again in Seller Central and paste the new refresh token.",
  'client-credentials':
    'Amazon refused the client id or client secret. Check both in Developer Central; client secrets expire every 180 days, so a new one may be due.',
  'missing-role':
    'The connection works, but the app may not read the seller performance report: give it the Selling Partner Insights role in Developer Central, then authorize it again.',
  unreachable:
    'Amazon could not be reached. Check the internet connection (and any proxy or firewall), then test again.',
  throttled: 'Amazon asked Flagwatch to slow down (too many requests). Wait a minute, then test again.',
};

export function missingSecretsResult(): ConnectionTestResult {
  return { ok: false, kind: 'missing-secrets', message: failureMessages['missing-secrets'] };
}

/** The seller's answer for a probe; secret values never reach it, even quoted in Amazon's detail. */
export function connectionTestResult(
  config: AccountConfig,
  probe: ConnectionProbe,
  secrets: AccountSecrets,
): ConnectionTestResult {
  if (!probe.ok) {
    const message =
      probe.kind === 'unexpected'
        ? `The test failed for an unexpected reason${probe.detail ? `: ${withoutSecrets(probe.detail, secrets)}` : '.'}`
        : failureMessages[probe.kind];
    return { ok: false, kind: probe.kind, message };
  }
  return {
    ok: true,
    ...(probe.sellerName ? { sellerName: probe.sellerName } : {}),
    marketplaces: probe.marketplaces,
    message: successMessage(config, probe),
  };
}

/** An error the tester threw (a bug or a network stack surprise), as an unexpected failure. */
export function thrownTestResult(error: unknown, secrets: AccountSecrets): ConnectionTestResult {
  const detail = messageOf(error);
  return {
    ok: false,
    kind: 'unexpected',
    message: `The test failed for an unexpected reason: ${withoutSecrets(detail, secrets)}`,
  };
}

function successMessage(config: AccountConfig, probe: Extract<ConnectionProbe, { ok: true }>): string {
  const selling = new Set(probe.marketplaces.filter((m) => m.participating).map((m) => m.id));
  const parts = [probe.sellerName ? `Connected to Amazon as ${probe.sellerName}.` : 'Connected to Amazon.'];
  const missing = config.marketplaceIds.filter((id) => !selling.has(id));
  const covered = config.marketplaceIds.filter((id) => selling.has(id));
  if (covered.length) parts.push(`Selling on ${covered.map(marketplaceText).join(', ')}.`);
  if (missing.length)
    parts.push(`Not selling on ${missing.map(marketplaceText).join(', ')}: Amazon will report nothing there.`);
  return parts.join(' ');
}

function withoutSecrets(text: string, secrets: AccountSecrets): string {
  return Object.values(secrets).reduce((safe, secret) => (secret ? safe.split(secret).join('[hidden]') : safe), text);
}
